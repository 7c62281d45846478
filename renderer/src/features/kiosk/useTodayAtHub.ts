import { useMemo } from 'react';
import { dayCounts } from '@core/presence';
import { useDataContext } from '../../app/services';
import { useRooms, useTodaysBookings, useTodaysCheckIns } from '../../data/liveQueries';
import { roomBookingsToday } from './todaysEvents';

/** What the start screen tells a passer-by about today: numbers and rooms, never a name. */
export function useTodayAtHub() {
  const { now } = useDataContext();
  const events = useTodaysCheckIns();
  const bookings = useTodaysBookings();
  const rooms = useRooms();
  const counts = useMemo(() => (events ? dayCounts(events, now()) : undefined), [events, now]);
  const roomBookings = useMemo(() => (bookings ? roomBookingsToday(bookings, rooms ?? [], now()) : undefined), [bookings, rooms, now]);
  return { counts, roomBookings };
}
