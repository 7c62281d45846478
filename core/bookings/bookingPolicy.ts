import { z } from 'zod';
import { findConflict, type BookingSlot } from '../bookingRules';
import { addLocalDays, isoWeekdayOf, zonedDateOf, zonedInstant, type LocalDate } from '../time/zonedTime';

/**
 * The hub's booking rules, one module for every machine and the hub: a screen checks a
 * booking as the member drags it (immediate feedback in plain words), the hub checks it again
 * when it arrives and has the last word. Every day and time is the hub's, in its time zone.
 */

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Not a time of day');

export const bookingPolicySchema = z.strictObject({
  /** The days the hub is open, with its hours; a weekday not listed is closed. */
  openingHours: z.array(z.strictObject({ weekday: z.int().min(1).max(7), opens: timeOfDay, closes: timeOfDay })).max(7)
    .refine((days) => days.every((day) => day.closes > day.opens), 'A day closes after it opens')
    .refine((days) => new Set(days.map((day) => day.weekday)).size === days.length, 'Each weekday once'),
  /** Holidays and other days the hub is shut. */
  closedDates: z.array(z.iso.date()).max(400),
  /** How many days ahead a member may book (hosts may book any day). */
  maxDaysAhead: z.int().min(0).max(730),
  /** The longest room booking a member may make. */
  maxRoomMinutes: z.int().min(15).max(24 * 60),
  /** Bookings a member may hold that have not ended yet. */
  maxActivePerMember: z.int().min(1).max(500),
});
export type BookingPolicy = z.infer<typeof bookingPolicySchema>;

const weekdays = [1, 2, 3, 4, 5] as const;
export const defaultBookingPolicy: BookingPolicy = {
  openingHours: weekdays.map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
  closedDates: [],
  maxDaysAhead: 60,
  maxRoomMinutes: 240,
  maxActivePerMember: 10,
};

/** Why a booking may not be made, as a code each screen says in its reader's language. */
export type BookingBreach =
  | { code: 'bookingEndsBeforeStart' }
  | { code: 'bookingInPast' }
  | { code: 'bookingSpansDays' }
  | { code: 'hubClosed'; date: LocalDate }
  | { code: 'outsideOpeningHours'; opens: string; closes: string }
  | { code: 'bookingTooFarAhead'; days: number }
  | { code: 'bookingTooLong'; minutes: number }
  | { code: 'tooManyBookings'; max: number }
  | { code: 'roomForHostsOnly' }
  | { code: 'bookingConflict'; winnerId: string };

export interface BookingCandidate extends BookingSlot {
  resourceKind: 'desk' | 'room';
  memberId: string | null;
}

export interface BookingCheck {
  policy: BookingPolicy;
  timeZone: string;
  now: Date;
  /** A host desk books for anyone at any time; members (at the kiosk, the door) within the rules. */
  bookedBy: 'host' | 'member';
  /** For a room: whether members may book it, or hosts only. */
  membersMayBook: boolean;
  /** The confirmed bookings of the same resource, and of the same member, that may matter. */
  others: readonly (BookingSlot & { memberId: string | null })[];
}

/**
 * The first rule the candidate breaks, or null. Overlap applies to everyone; the rest are the
 * rules a member books within, which a host may step outside (an evening event, a long course).
 */
export function bookingBreach(candidate: BookingCandidate, check: BookingCheck): BookingBreach | null {
  const startMs = Date.parse(candidate.startsAt);
  const endMs = Date.parse(candidate.endsAt);
  if (!(endMs > startMs)) return { code: 'bookingEndsBeforeStart' };
  const winner = findConflict(candidate, check.others.filter((other) => other.resourceId === candidate.resourceId));
  if (winner) return { code: 'bookingConflict', winnerId: winner.id };
  if (check.bookedBy === 'host') return null;
  return timeBreach(candidate, check, startMs, endMs) ?? memberLimitBreach(candidate, check);
}

function timeBreach(candidate: BookingCandidate, check: BookingCheck, startMs: number, endMs: number): BookingBreach | null {
  const { policy, timeZone, now } = check;
  if (endMs <= now.getTime()) return { code: 'bookingInPast' };
  const date = zonedDateOf(new Date(startMs), timeZone);
  // A booking that ends at midnight still belongs to its day.
  if (zonedDateOf(new Date(endMs - 1), timeZone) !== date) return { code: 'bookingSpansDays' };
  const hours = policy.openingHours.find((day) => day.weekday === isoWeekdayOf(date));
  if (!hours || policy.closedDates.includes(date)) return { code: 'hubClosed', date };
  const opens = zonedInstant(date, hours.opens, timeZone).getTime();
  const closes = zonedInstant(date, hours.closes, timeZone).getTime();
  if (startMs < opens || endMs > closes) return { code: 'outsideOpeningHours', opens: hours.opens, closes: hours.closes };
  if (date > addLocalDays(zonedDateOf(now, timeZone), policy.maxDaysAhead)) return { code: 'bookingTooFarAhead', days: policy.maxDaysAhead };
  if (candidate.resourceKind === 'room' && endMs - startMs > policy.maxRoomMinutes * 60_000) return { code: 'bookingTooLong', minutes: policy.maxRoomMinutes };
  return null;
}

function memberLimitBreach(candidate: BookingCandidate, check: BookingCheck): BookingBreach | null {
  if (candidate.resourceKind === 'room' && !check.membersMayBook) return { code: 'roomForHostsOnly' };
  if (candidate.memberId === null) return null;
  const nowMs = check.now.getTime();
  const active = check.others.filter((other) => other.memberId === candidate.memberId && other.id !== candidate.id && other.status === 'confirmed' && Date.parse(other.endsAt) > nowMs);
  return active.length >= check.policy.maxActivePerMember ? { code: 'tooManyBookings', max: check.policy.maxActivePerMember } : null;
}
