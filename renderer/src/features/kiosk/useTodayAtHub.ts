import { useMemo } from 'react';
import { dayCounts } from '@core/presence';
import { zonedStartOfDay } from '@core/time/zonedTime';
import { useDataContext } from '../../app/services';
import { useHubTimeZone, useRooms, useTodaysBookings, useTodaysCheckIns } from '../../data/liveQueries';
import { roomBookingsToday } from './todaysEvents';

/** What the start screen tells a passer-by about today: numbers and rooms, never a name. */
export function useTodayAtHub() {
  const { now } = useDataContext();
  const events = useTodaysCheckIns();
  const bookings = useTodaysBookings();
  const rooms = useRooms();
  const timeZone = useHubTimeZone();
  const counts = useMemo(() => (events ? dayCounts(events, now(), zonedStartOfDay(now(), timeZone)) : undefined), [events, now, timeZone]);
  const roomBookings = useMemo(() => (bookings ? roomBookingsToday(bookings, rooms ?? [], now(), timeZone) : undefined), [bookings, rooms, now, timeZone]);
  return { counts, roomBookings };
}
