import type { BookingSlot } from '../bookingRules';

/**
 * Pairs of confirmed bookings that hold the same desk or room at the same time, by the hub's
 * own rule (core/bookingRules.ts: one resource id, confirmed only), so a demo that passes here
 * is one the hub accepts whole. Cancelled and rejected bookings never block anyone. A booking ending exactly when the next starts
 * does not overlap it. Sorting per resource keeps this at n log n for large hubs.
 */
export function findBookingOverlaps(bookings: readonly BookingSlot[]): [string, string][] {
  const byResource = new Map<string, { id: string; start: number; end: number }[]>();
  for (const booking of bookings) {
    if (booking.status !== 'confirmed') continue;
    const key = booking.resourceId;
    let list = byResource.get(key);
    if (!list) {
      list = [];
      byResource.set(key, list);
    }
    list.push({ id: booking.id, start: Date.parse(booking.startsAt), end: Date.parse(booking.endsAt) });
  }
  const overlaps: [string, string][] = [];
  for (const list of byResource.values()) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    // The booking reaching furthest so far is the one any later start can collide with.
    let latest: { id: string; end: number } | undefined;
    for (const slot of list) {
      if (latest && slot.start < latest.end) overlaps.push([latest.id, slot.id]);
      if (!latest || slot.end > latest.end) latest = slot;
    }
  }
  return overlaps;
}
