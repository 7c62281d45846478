import { useMemo } from 'react';
import { statusesOf, type PlanPlace, type PlanStatus } from '@core/spaces/planStatus';
import { useCurrentTime } from '../../../app/useCurrentTime';
import { useMembersInToday, useTodaysBookings, useTodaysSeriesDates } from '../../../data/liveQueries';

const REFRESH_MS = 30_000;

/**
 * Each place's status now (core/spaces/planStatus.ts) from today's bookings, today's weekly
 * dates and who is checked in, read live and looked at again every half minute, so a booking
 * that starts or ends changes its marker without a reload. Undefined while still reading.
 */
export function usePlanLive(places: readonly PlanPlace[]): ReadonlyMap<string, PlanStatus> | undefined {
  const now = useCurrentTime(REFRESH_MS);
  const bookings = useTodaysBookings();
  const deskDates = useTodaysSeriesDates('desk');
  const roomDates = useTodaysSeriesDates('room');
  const membersIn = useMembersInToday();
  return useMemo(() => {
    if (!bookings || !deskDates || !roomDates || !membersIn) return undefined;
    return statusesOf(places, { bookings: [...bookings, ...deskDates, ...roomDates], membersIn, now });
  }, [places, bookings, deskDates, roomDates, membersIn, now]);
}
