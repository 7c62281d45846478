import { useMemo } from 'react';
import { todaysBooking } from '@core/checkInRules';
import { zonedStartOfDay } from '@core/time/zonedTime';
import { foldQuery, foldText } from '@core/search/foldText';
import type { Guest, Member } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useDesks, useHubTimeZone, useMembers, useRecentGuests, useTodaysBookings, useTodaysCheckIns } from '../../data/liveQueries';
import { summarizeDay } from './daySummary';

export interface HereRow { member: Member; since: Date; deskCode: string | null }
export interface LeftRow { member: Member; firstIn: Date; lastOut: Date }
export interface GuestRow { guest: Guest; visiting: Member | null }

const MAX_MATCHES = 8;

/** Everything the host's "Today" screen shows, joined from the live queries. */
export function useTodayScreen() {
  const { now } = useDataContext();
  const { compareText } = useFormatting();
  const members = useMembers();
  const events = useTodaysCheckIns();
  const bookings = useTodaysBookings();
  const desks = useDesks();
  const guests = useRecentGuests();
  const timeZone = useHubTimeZone();

  const byId = useMemo(() => new Map((members ?? []).map((member) => [member.id, member])), [members]);

  const day = useMemo(() => {
    const summary = summarizeDay(events ?? [], now(), zonedStartOfDay(now(), timeZone));
    const deskCodes = new Map((desks ?? []).map((desk) => [desk.id, desk.code]));
    const deskOf = (memberId: string) => {
      const booking = todaysBooking(bookings ?? [], memberId, now(), timeZone);
      return booking?.resourceKind === 'desk' ? deskCodes.get(booking.resourceId) ?? null : null;
    };
    const here: HereRow[] = summary.here.flatMap(({ memberId, since }) => {
      const member = byId.get(memberId);
      return member ? [{ member, since, deskCode: deskOf(memberId) }] : [];
    });
    const left: LeftRow[] = summary.left.flatMap(({ memberId, firstIn, lastOut }) => {
      const member = byId.get(memberId);
      return member ? [{ member, firstIn, lastOut }] : [];
    });
    return { here, left, hereIds: new Set(summary.here.map((entry) => entry.memberId)) };
  }, [events, bookings, desks, byId, now, timeZone]);

  const guestRows: GuestRow[] = useMemo(
    () => (guests ?? []).map((guest) => ({ guest, visiting: guest.visitingMemberId ? byId.get(guest.visitingMemberId) ?? null : null })),
    [guests, byId],
  );

  /** Active members not in yet whose name contains every typed word, for the host's check-in. */
  const findMembersToCheckIn = (query: string): Member[] => {
    const words = foldQuery(query);
    if (words.length === 0) return [];
    return (members ?? [])
      .filter((member) => member.active && !day.hereIds.has(member.id))
      .filter((member) => { const name = foldText(member.name); return words.every((word) => name.includes(word)); })
      .sort((a, b) => compareText(a.name, b.name))
      .slice(0, MAX_MATCHES);
  };

  return {
    loading: !members || !events || !guests,
    here: day.here,
    left: day.left,
    guests: guestRows,
    findMembersToCheckIn,
  };
}
