import { useTranslation } from 'react-i18next';
import { bookingBreach, membersMayBookRoom, type BookingCheck } from '@core/bookings/bookingPolicy';
import { bookingPolicyOf } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useHubSettings, useMembersByIds, useOccupantsOf } from '../../data/liveQueries';
import { useSpaces } from '../spaces/useSpaces';
import { bookingWho, breachText, heldByText } from './breachText';
import { fieldsOfDraft, validateBookingDraft, type BookingDraft } from './bookingDraft';

export interface BookingCheckResult {
  /** Why it cannot be booked at all: another booking holds the time. */
  conflict: string | null;
  /** A member rule the booking steps outside, which a host may do (an evening, a long course). */
  memberRule: string | null;
}

/**
 * The booking as the host types it, checked at once by the rules the hub applies again: the
 * same core module (core/bookings/bookingPolicy.ts), against this machine's bookings of the place.
 */
export function useBookingCheck(bookingId: string | null, draft: BookingDraft): BookingCheckResult {
  const { t } = useTranslation();
  const format = useFormatting();
  const { now } = useDataContext();
  const settings = useHubSettings();
  const spaces = useSpaces();
  const span = Object.keys(validateBookingDraft({ ...draft, memberId: draft.memberId ?? 'unchosen', title: draft.title || 'unnamed', publicTitle: draft.publicTitle || 'unnamed' })).length === 0
    ? fieldsOfDraft(draft, { policy: bookingPolicyOf(settings), timeZone: settings.timeZone })
    : null;
  const others = useOccupantsOf(draft.resourceId, span, settings.timeZone);
  const holderIds = (others ?? []).map((other) => other.memberId ?? '').filter(Boolean);
  const holders = useMembersByIds(holderIds);
  if (!others || !span) return { conflict: null, memberRule: null };
  const policy = bookingPolicyOf(settings);
  const { timeZone } = settings;
  const candidate = { id: bookingId ?? '', status: 'confirmed' as const, ...span };
  const room = spaces.rooms.find((found) => found.id === draft.resourceId);
  const check: BookingCheck = { policy, timeZone, now: now(), bookedBy: 'host', membersMayBook: membersMayBookRoom(room), others };
  const hostBreach = bookingBreach(candidate, check);
  if (hostBreach?.code === 'bookingConflict') {
    const holder = others.find((other) => other.id === hostBreach.winnerId);
    const memberName = (memberId: string) => holders?.find((member) => member.id === memberId)?.name;
    return { conflict: holder ? heldByText(t, format, holder, bookingWho(t, holder, memberName)) : breachText(t, format, hostBreach), memberRule: null };
  }
  if (hostBreach) return { conflict: breachText(t, format, hostBreach), memberRule: null };
  const memberBreach = bookingBreach(candidate, { ...check, bookedBy: 'member' });
  return { conflict: null, memberRule: memberBreach && memberBreach.code !== 'bookingInPast' ? breachText(t, format, memberBreach) : null };
}
