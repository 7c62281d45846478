import type { BookingSlot } from '../bookingRules';

/**
 * What the display beside a meeting room's door shows and offers, from the room's bookings and
 * the clock alone, so it keeps working with no hub: free, in use, or starting soon; the current
 * and next meetings; "book now" for a few lengths that never run into the next booking.
 */

/** A meeting that starts within this is "starting soon". */
export const STARTING_SOON_MS = 15 * 60_000;
export const BOOK_NOW_MINUTES = [15, 30, 60] as const;
export type BookNowMinutes = (typeof BOOK_NOW_MINUTES)[number];

export type DoorBooking = Pick<BookingSlot, 'id' | 'startsAt' | 'endsAt' | 'status'> & { confirmedAt: string | null };

export interface BookNowOption {
  minutes: BookNowMinutes;
  endsAt: string;
  /** False when the next booking starts before it would end. */
  fits: boolean;
}

export interface DoorState {
  state: 'free' | 'inUse' | 'startingSoon';
  current: DoorBooking | null;
  next: DoorBooking | null;
  /** The meetings after the current one, today and later, soonest first. */
  upcoming: DoorBooking[];
  bookNow: BookNowOption[];
}

export function doorState(bookings: readonly DoorBooking[], now: Date): DoorState {
  const nowMs = now.getTime();
  const confirmed = bookings
    .filter((booking) => booking.status === 'confirmed' && Date.parse(booking.endsAt) > nowMs)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const current = confirmed.find((booking) => Date.parse(booking.startsAt) <= nowMs) ?? null;
  const upcoming = confirmed.filter((booking) => Date.parse(booking.startsAt) > nowMs);
  const next = upcoming[0] ?? null;
  const soon = next !== null && Date.parse(next.startsAt) - nowMs <= STARTING_SOON_MS;
  const bookNow = current
    ? []
    : BOOK_NOW_MINUTES.map((minutes) => {
      const endsMs = nowMs + minutes * 60_000;
      return { minutes, endsAt: new Date(endsMs).toISOString(), fits: next === null || endsMs <= Date.parse(next.startsAt) };
    });
  return { state: current ? 'inUse' : soon ? 'startingSoon' : 'free', current, next, upcoming, bookNow };
}

/** The meeting a "Check in" at the door confirms: the current one, or the next when it starts soon. */
export function meetingToConfirm(door: DoorState, now: Date): DoorBooking | null {
  const candidate = door.current ?? (door.state === 'startingSoon' ? door.next : null);
  if (!candidate || candidate.confirmedAt !== null) return null;
  return Date.parse(candidate.startsAt) - now.getTime() <= STARTING_SOON_MS ? candidate : null;
}
