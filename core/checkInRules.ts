import { deskOpenToWalkIns } from './bookings/placeUse';
import { slotsOverlap } from './bookingRules';
import { dueAtClosing, presenceOfDay, type PresenceEvent } from './presence';
import type { Booking, Desk } from './schemas';
import { zonedEndOfDay, zonedStartOfDay, zonedTimeOnDayOf } from './time/zonedTime';

/**
 * What the kiosk decides when a member arrives or leaves. "Today" is the hub's day in the time
 * zone of hub settings, on every machine and the hub, whatever zone a machine's clock is set to.
 */

type Event = PresenceEvent;

function todaysWindow(now: Date, timeZone: string): { startsAt: string; endsAt: string } {
  return { startsAt: zonedStartOfDay(now, timeZone).toISOString(), endsAt: zonedEndOfDay(now, timeZone).toISOString() };
}

/**
 * The kiosk's check-in window, for single bookings and series dates alike (the hub holds a kiosk
 * to it, core/sync/seriesCheckIns.ts): a booking that touches the hub's today and has not ended.
 * A member who arrives early confirms a booking that starts later today.
 */
export function kioskMayConfirm(booking: Pick<Booking, 'startsAt' | 'endsAt'>, now: Date, timeZone: string): boolean {
  return slotsOverlap(booking, todaysWindow(now, timeZone)) && Date.parse(booking.endsAt) > now.getTime();
}

/** The member's confirmed booking for today (a desk before a room), earliest first. */
export function todaysBooking<B extends Booking>(bookings: readonly B[], memberId: string, now: Date, timeZone: string): B | null {
  const mine = bookings
    .filter((booking) => !booking.deleted && booking.memberId === memberId && booking.status === 'confirmed' && kioskMayConfirm(booking, now, timeZone))
    .sort((a, b) => (a.resourceKind === b.resourceKind ? a.startsAt.localeCompare(b.startsAt) : a.resourceKind === 'desk' ? -1 : 1));
  return mine[0] ?? null;
}

/** The end of a walk-in desk booking: closing time today, or the end of the day if that has passed. */
export function bookingEndToday(now: Date, closingTime: string, timeZone: string): Date {
  const closing = zonedTimeOnDayOf(now, closingTime, timeZone);
  return closing.getTime() > now.getTime() ? closing : zonedEndOfDay(now, timeZone);
}

/**
 * The member's walk-in desk booking in progress: taken at the kiosk from the moment of
 * check-in ("No booking? Take a free desk"), so booked and confirmed at its start. Checking
 * out ends it, and the desk is free again for the rest of the day; a desk booked ahead stays
 * booked, as its member may come back.
 */
export function walkInDeskInUse(bookings: readonly Booking[], memberId: string, now: Date): Booking | null {
  const at = now.getTime();
  return bookings.find((booking) => !booking.deleted && booking.memberId === memberId && booking.resourceKind === 'desk'
    && booking.status === 'confirmed' && booking.confirmedAt === booking.startsAt
    && Date.parse(booking.startsAt) < at && at < Date.parse(booking.endsAt)) ?? null;
}

/** Desks open to walk-ins (core/bookings/placeUse.ts) with no confirmed booking between now and the end of the walk-in slot. */
export function freeDesksNow(desks: readonly Desk[], bookings: readonly Booking[], now: Date, closingTime: string, timeZone: string): Desk[] {
  const slot = { startsAt: now.toISOString(), endsAt: bookingEndToday(now, closingTime, timeZone).toISOString() };
  const taken = new Set(
    bookings
      .filter((booking) => !booking.deleted && booking.status === 'confirmed' && booking.resourceKind === 'desk' && slotsOverlap(booking, slot))
      .map((booking) => booking.resourceId),
  );
  return desks
    .filter((desk) => !desk.deleted && deskOpenToWalkIns(desk) && !taken.has(desk.id))
    .sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

/** Time inside today in milliseconds: every check-in until its check-out, or until now if still in. */
export function timeSpentToday(events: readonly Event[], memberId: string, now: Date, timeZone: string): number {
  return presenceOfDay(events, now, zonedStartOfDay(now, timeZone)).get(memberId)?.timeInMs ?? 0;
}

/** When the member's current visit began, or null when they are not in. */
export function checkedInSince(events: readonly Event[], memberId: string, now: Date, timeZone: string): Date | null {
  return presenceOfDay(events, now, zonedStartOfDay(now, timeZone)).get(memberId)?.inSince ?? null;
}

/**
 * Members still in once closing time has passed today who were already in at closing time:
 * each gets an automatic check-out.
 */
export function dueForClosingCheckOut(events: readonly Event[], now: Date, closingTime: string, timeZone: string): string[] {
  return dueAtClosing(events, now, zonedTimeOnDayOf(now, closingTime, timeZone), zonedStartOfDay(now, timeZone));
}
