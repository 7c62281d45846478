import type { BookingFields } from './schemas';

/**
 * The booking rules every machine and the hub apply alike: a desk or room holds one
 * confirmed booking at a time. Bookings that only touch (one ends as the next starts) are fine.
 */
export type BookingSlot = Pick<BookingFields, 'resourceId' | 'startsAt' | 'endsAt' | 'status'> & { id: string };

export function slotsOverlap(a: Pick<BookingSlot, 'startsAt' | 'endsAt'>, b: Pick<BookingSlot, 'startsAt' | 'endsAt'>): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/** The confirmed booking that already holds the candidate's resource and time, if any. */
export function findConflict<B extends BookingSlot>(candidate: BookingSlot, existing: readonly B[]): B | null {
  for (const booking of existing) {
    if (booking.id === candidate.id || booking.status !== 'confirmed') continue;
    if (booking.resourceId === candidate.resourceId && slotsOverlap(candidate, booking)) return booking;
  }
  return null;
}
