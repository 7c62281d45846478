import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConflict, slotsOverlap, type BookingSlot } from './bookingRules';

const at = (hour: number) => new Date(Date.UTC(2026, 10, 30, hour)).toISOString();
const slot = (id: string, from: number, to: number, extra: Partial<BookingSlot> = {}): BookingSlot => ({
  id, resourceId: 'd1', startsAt: at(from), endsAt: at(to), status: 'confirmed', ...extra,
});

describe('booking rules', () => {
  it('finds the confirmed booking on the same resource that overlaps', () => {
    const existing = [slot('a', 8, 12), slot('b', 12, 17), slot('c', 9, 10, { status: 'cancelled' }), slot('d', 9, 10, { resourceId: 'd2' })];
    expect(findConflict(slot('new', 11, 13), existing)?.id).toBe('a');
    expect(findConflict(slot('new', 17, 18), existing)).toBeNull();
    // A booking never conflicts with itself (an edit of its own times).
    expect(findConflict(slot('a', 8, 11), existing)).toBeNull();
  });

  it('treats overlap as symmetric, and touching slots as free', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 22 }), fc.integer({ min: 1, max: 6 }), (s1, l1, s2, l2) => {
        const a = slot('a', s1, s1 + l1);
        const b = slot('b', s2, s2 + l2);
        expect(slotsOverlap(a, b)).toBe(slotsOverlap(b, a));
        expect(slotsOverlap(a, b)).toBe(s1 < s2 + l2 && s2 < s1 + l1);
      }),
    );
  });
});
