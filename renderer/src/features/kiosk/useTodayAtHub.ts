import { useMemo } from 'react';
import { publicEventsToday } from '@core/bookings/publicEvents';
import { dayCounts } from '@core/presence';
import { zonedStartOfDay } from '@core/time/zonedTime';
import { useDataContext } from '../../app/services';
import { useHubTimeZone, useRooms, useTodaysBookings, useTodaysCheckIns, useTodaysSeriesDates } from '../../data/liveQueries';
import { roomBookingsToday } from './todaysEvents';

/** What the start screen tells a passer-by about today: numbers, rooms and public events, never a name. */
export function useTodayAtHub() {
  const { now } = useDataContext();
  const checkIns = useTodaysCheckIns();
  const singles = useTodaysBookings();
  const seriesDates = useTodaysSeriesDates('room');
  // A room's weekly booking is booked today like a single one.
  const bookings = useMemo(() => (singles && seriesDates ? [...singles, ...seriesDates] : undefined), [singles, seriesDates]);
  const rooms = useRooms();
  const timeZone = useHubTimeZone();
  const counts = useMemo(() => (checkIns ? dayCounts(checkIns, now(), zonedStartOfDay(now(), timeZone)) : undefined), [checkIns, now, timeZone]);
  const roomBookings = useMemo(() => (bookings ? roomBookingsToday(bookings, rooms ?? [], now(), timeZone) : undefined), [bookings, rooms, now, timeZone]);
  const events = useMemo(() => (bookings ? publicEventsToday(bookings, rooms ?? [], now(), timeZone) : undefined), [bookings, rooms, now, timeZone]);
  return { counts, roomBookings, events };
}
