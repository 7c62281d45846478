import { z } from 'zod';
import { findConflict, type BookingSlot } from '../bookingRules';
import { idSchema, isoDateSchema } from '../schemas/common';
import type { DeskFields } from '../schemas/place';
import { addLocalDays, isoWeekdayOf, zonedDateOf, zonedInstant } from '../time/zonedTime';
import { deskOpenToWalkIns } from './placeUse';

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

/** The hub's hours on a calendar day, or null when it is closed that day (a weekday it does not open, a closed date). */
export function openingHoursOn(date: string, policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>): { opens: string; closes: string } | null {
  const hours = policy.openingHours.find((day) => day.weekday === isoWeekdayOf(date));
  return hours && !policy.closedDates.includes(date) ? { opens: hours.opens, closes: hours.closes } : null;
}

/**
 * Why a booking may not be made, as a code and the facts a reader needs (never text), so each
 * screen says it in its reader's language. The hub stores it on the booking it rejects
 * (core/schemas/booking.ts `rejectionFromBreach`), so every field here is checked on the way in.
 */
export const bookingBreachSchema = z.discriminatedUnion('code', [
  z.strictObject({ code: z.literal('bookingEndsBeforeStart') }),
  z.strictObject({ code: z.literal('bookingInPast') }),
  z.strictObject({ code: z.literal('bookingSpansDays') }),
  z.strictObject({ code: z.literal('hubClosed'), date: isoDateSchema }),
  z.strictObject({ code: z.literal('outsideOpeningHours'), opens: timeOfDay, closes: timeOfDay }),
  z.strictObject({ code: z.literal('bookingTooFarAhead'), days: bookingPolicySchema.shape.maxDaysAhead }),
  z.strictObject({ code: z.literal('bookingTooLong'), minutes: bookingPolicySchema.shape.maxRoomMinutes }),
  z.strictObject({ code: z.literal('tooManyBookings'), max: bookingPolicySchema.shape.maxActivePerMember }),
  z.strictObject({ code: z.literal('roomForHostsOnly') }),
  /** A kiosk's walk-in on a desk that is somebody's own or out of service (core/bookings/placeUse.ts). */
  z.strictObject({ code: z.literal('deskNotOpenToWalkIns') }),
  /** The booking that holds the time instead; null only in rejections stored before the hub named it. */
  z.strictObject({ code: z.literal('bookingConflict'), winnerId: idSchema.nullable() }),
]);
export type BookingBreach = z.infer<typeof bookingBreachSchema>;
export const bookingBreachCodes = bookingBreachSchema.options.map((variant) => variant.shape.code.value);

export interface BookingCandidate extends BookingSlot {
  resourceKind: 'desk' | 'room';
  memberId: string | null;
}

/**
 * Who books decides which rules apply: a host desk books for anyone at any time; a walk-in at
 * the kiosk takes a desk open to walk-ins for today; members (at the door) book within every rule.
 */
export type BookedBy = 'host' | 'walkIn' | 'member';

export interface BookingCheck {
  policy: BookingPolicy;
  timeZone: string;
  now: Date;
  bookedBy: BookedBy;
  /** For a room: whether members may book it, or hosts only (`membersMayBookRoom`). */
  membersMayBook: boolean;
  /** For a walk-in's desk: its row, when known (a desk the machine has not heard of has no facts to break). */
  desk?: Pick<DeskFields, 'active' | 'outOfService' | 'fixedMemberId'> | null;
  /** The confirmed bookings of the same resource, and of the same member, that may matter. */
  others: readonly (BookingSlot & { memberId: string | null })[];
}

/** A room's `bookableBy` as the rules read it; rooms stored before it existed are for members too. */
export function membersMayBookRoom(room: { bookableBy?: 'members' | 'hosts' } | null | undefined): boolean {
  return room?.bookableBy !== 'hosts';
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
  if (check.bookedBy === 'walkIn') return walkInBreach(candidate, check);
  // Said first: a member who may not book the room at all needs no word about its hours.
  if (candidate.resourceKind === 'room' && !check.membersMayBook) return { code: 'roomForHostsOnly' };
  return timeBreach(candidate, check, startMs, endMs) ?? memberLimitBreach(candidate, check);
}

/** A walk-in books today's desk at the kiosk (core/sync/permissions.ts keeps it to today): only the desk can be wrong. */
function walkInBreach(candidate: BookingCandidate, check: BookingCheck): BookingBreach | null {
  if (candidate.resourceKind !== 'desk' || !check.desk) return null;
  return deskOpenToWalkIns(check.desk) ? null : { code: 'deskNotOpenToWalkIns' };
}

function timeBreach(candidate: BookingCandidate, check: BookingCheck, startMs: number, endMs: number): BookingBreach | null {
  const { policy, timeZone, now } = check;
  if (endMs <= now.getTime()) return { code: 'bookingInPast' };
  const date = zonedDateOf(new Date(startMs), timeZone);
  // A booking that ends at midnight still belongs to its day.
  if (zonedDateOf(new Date(endMs - 1), timeZone) !== date) return { code: 'bookingSpansDays' };
  const hours = openingHoursOn(date, policy);
  if (!hours) return { code: 'hubClosed', date };
  const opens = zonedInstant(date, hours.opens, timeZone).getTime();
  const closes = zonedInstant(date, hours.closes, timeZone).getTime();
  if (startMs < opens || endMs > closes) return { code: 'outsideOpeningHours', opens: hours.opens, closes: hours.closes };
  if (date > addLocalDays(zonedDateOf(now, timeZone), policy.maxDaysAhead)) return { code: 'bookingTooFarAhead', days: policy.maxDaysAhead };
  if (candidate.resourceKind === 'room' && endMs - startMs > policy.maxRoomMinutes * 60_000) return { code: 'bookingTooLong', minutes: policy.maxRoomMinutes };
  return null;
}

function memberLimitBreach(candidate: BookingCandidate, check: BookingCheck): BookingBreach | null {
  if (candidate.memberId === null) return null;
  const nowMs = check.now.getTime();
  const active = check.others.filter((other) => other.memberId === candidate.memberId && other.id !== candidate.id && other.status === 'confirmed' && Date.parse(other.endsAt) > nowMs);
  return active.length >= check.policy.maxActivePerMember ? { code: 'tooManyBookings', max: check.policy.maxActivePerMember } : null;
}

/** What the policy reads of a booking before and after a change: a stored row or a screen's booking. */
export type RuledBooking = Partial<Record<'resourceKind' | 'resourceId' | 'memberId' | 'startsAt' | 'endsAt' | 'status' | 'deleted', unknown>>;

/**
 * Whether a change asks the policy again. Only a change that asks for a slot does: a new
 * booking, another desk, room or member, a time beyond the old one, or one confirmed again. A
 * booking made within the rules of its day keeps them when a host tightens the policy later, so
 * cancelling it, checking in, the no-show release or ending it early is never refused for the
 * policy. (Overlap is another matter: it is checked whenever a booking stays confirmed.)
 */
export function bookingNeedsRules(before: RuledBooking | null | undefined, after: RuledBooking): boolean {
  if (after.deleted === true || after.status !== 'confirmed') return false;
  if (!before || before.deleted === true || before.status !== 'confirmed') return true;
  if (before.resourceKind !== after.resourceKind || before.resourceId !== after.resourceId || before.memberId !== after.memberId) return true;
  return !withinSlot(after, before);
}

/** Whether `inner` starts no earlier and ends no later than `outer` (the same slot, or a shorter part of it). */
function withinSlot(inner: RuledBooking, outer: RuledBooking): boolean {
  // A time that is not one makes NaN, which compares false: such a change is checked.
  const ms = (time: unknown) => (typeof time === 'string' ? Date.parse(time) : Number.NaN);
  return ms(inner.startsAt) >= ms(outer.startsAt) && ms(inner.endsAt) <= ms(outer.endsAt);
}
