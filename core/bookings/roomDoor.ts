import type { BookingSlot } from '../bookingRules';
import { bookingBreach, type BookingBreach, type BookingCheck } from './bookingPolicy';

/**
 * What the display beside a meeting room's door shows and offers, from the room's bookings and
 * the clock alone, so it keeps working with no hub: free, in use, or starting soon; the current
 * and next meetings; "book now" for a few lengths that never run into the next booking and
 * that the hub's booking policy allows a member (the hub checks the same rules when the booking
 * arrives, docs/sync-protocol.md Push 7), so the door never offers what the hub would reject.
 */

/** A meeting that starts within this is "starting soon". */
export const STARTING_SOON_MS = 15 * 60_000;
export const BOOK_NOW_MINUTES = [15, 30, 60] as const;
export type BookNowMinutes = (typeof BOOK_NOW_MINUTES)[number];

/** `publicEvent`: the public title a host gave a meeting (absent in older rows): the only words a door shows of it. */
export type DoorBooking = Pick<BookingSlot, 'id' | 'startsAt' | 'endsAt' | 'status'> & { confirmedAt: string | null; publicEvent?: { title: string } | null };

export interface BookNowOption {
  minutes: BookNowMinutes;
  endsAt: string;
  /** False when the next booking starts before it would end, or a rule of the policy forbids it. */
  fits: boolean;
  /** Why it does not fit (a `bookingConflict` when it runs into the next meeting); null when it fits. */
  breach: BookingBreach | null;
}

/** What the door's bookings are held to: the hub's policy and zone, and whether members may book this room. */
export type DoorRules = Pick<BookingCheck, 'policy' | 'timeZone' | 'membersMayBook'>;

export interface DoorState {
  state: 'free' | 'inUse' | 'startingSoon';
  current: DoorBooking | null;
  next: DoorBooking | null;
  /** The meetings after the current one, today and later, soonest first. */
  upcoming: DoorBooking[];
  bookNow: BookNowOption[];
  /** The policy's rule that keeps a length from being booked now (not the next meeting), for the door to say why. */
  bookNowBlockedBy: BookingBreach | null;
}

export function doorState(bookings: readonly DoorBooking[], now: Date, rules: DoorRules): DoorState {
  const nowMs = now.getTime();
  const confirmed = bookings
    .filter((booking) => booking.status === 'confirmed' && Date.parse(booking.endsAt) > nowMs)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const current = confirmed.find((booking) => Date.parse(booking.startsAt) <= nowMs) ?? null;
  const upcoming = confirmed.filter((booking) => Date.parse(booking.startsAt) > nowMs);
  const next = upcoming[0] ?? null;
  const soon = next !== null && Date.parse(next.startsAt) - nowMs <= STARTING_SOON_MS;
  const bookNow = current ? [] : BOOK_NOW_MINUTES.map((minutes) => bookNowOption(minutes, now, confirmed, rules));
  const bookNowBlockedBy = bookNow.find((option) => option.breach && option.breach.code !== 'bookingConflict')?.breach ?? null;
  return { state: current ? 'inUse' : soon ? 'startingSoon' : 'free', current, next, upcoming, bookNow, bookNowBlockedBy };
}

/** The door books for whoever stands at it: nobody by name, by the member rules. All bookings here are of its one room. */
function bookNowOption(minutes: BookNowMinutes, now: Date, confirmed: readonly DoorBooking[], rules: DoorRules): BookNowOption {
  const endsAt = new Date(now.getTime() + minutes * 60_000).toISOString();
  const slot = (booking: DoorBooking) => ({ ...booking, resourceId: 'door', memberId: null });
  const candidate = { id: '', resourceKind: 'room' as const, resourceId: 'door', memberId: null, status: 'confirmed' as const, startsAt: now.toISOString(), endsAt };
  const breach = bookingBreach(candidate, { ...rules, now, bookedBy: 'member', others: confirmed.map(slot) });
  return { minutes, endsAt, fits: breach === null, breach };
}

/**
 * The door's check-in window, for single bookings and series dates alike (the hub holds a door to
 * it, core/sync/seriesCheckIns.ts): a meeting that has not ended and has started or starts soon.
 */
export function doorMayConfirm(booking: Pick<DoorBooking, 'startsAt' | 'endsAt'>, now: Date): boolean {
  return Date.parse(booking.startsAt) - now.getTime() <= STARTING_SOON_MS && Date.parse(booking.endsAt) > now.getTime();
}

/** The meeting a "Check in" at the door confirms: the current one, or the next when it starts soon. */
export function meetingToConfirm(door: DoorState, now: Date): DoorBooking | null {
  const candidate = door.current ?? (door.state === 'startingSoon' ? door.next : null);
  if (!candidate || candidate.confirmedAt !== null) return null;
  return doorMayConfirm(candidate, now) ? candidate : null;
}
