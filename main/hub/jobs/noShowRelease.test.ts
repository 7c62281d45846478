import { describe, expect, it } from 'vitest';
import { noShowReleases } from './noShowRelease';

const booking = (id: string, startsAt: string, endsAt: string, overrides: Partial<{ status: 'confirmed' | 'cancelled' | 'rejected' | 'released'; confirmedAt: string | null }> = {}) => ({
  id, startsAt, endsAt, status: 'confirmed' as const, confirmedAt: null, ...overrides,
});

describe('the no-show release', () => {
  const now = new Date('2026-12-01T09:20:00.000Z');
  const bookings = [
    booking('due', '2026-12-01T09:00:00.000Z', '2026-12-01T11:00:00.000Z'),
    booking('just-due', '2026-12-01T09:05:00.000Z', '2026-12-01T11:00:00.000Z'),
    booking('not-yet', '2026-12-01T09:06:00.000Z', '2026-12-01T11:00:00.000Z'),
    booking('came', '2026-12-01T09:00:00.000Z', '2026-12-01T11:00:00.000Z', { confirmedAt: '2026-12-01T09:02:00.000Z' }),
    booking('cancelled', '2026-12-01T09:00:00.000Z', '2026-12-01T11:00:00.000Z', { status: 'cancelled' }),
    booking('released', '2026-12-01T09:00:00.000Z', '2026-12-01T11:00:00.000Z', { status: 'released' }),
    booking('ended', '2026-12-01T08:00:00.000Z', '2026-12-01T09:15:00.000Z'),
  ];

  it('releases confirmed bookings nobody checked into once the window after their start has passed, and only those', () => {
    expect(noShowReleases(bookings, now, 15)).toEqual(['due', 'just-due']);
  });

  it('releases nothing while the host has not turned it on', () => {
    expect(noShowReleases(bookings, now, null)).toEqual([]);
    expect(noShowReleases(bookings, now, undefined)).toEqual([]);
  });
});
