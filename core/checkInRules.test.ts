import { describe, expect, it } from 'vitest';
import { bookingEndToday, checkedInSince, dueForClosingCheckOut, freeDesksNow, timeSpentToday, todaysBooking } from './checkInRules';
import type { Booking, Desk } from './schemas';

const sync = { hlc: { '*': '0001700000000-000000-test' }, deviceId: 'test', deleted: false };
const local = (hours: number, minutes = 0) => { const date = new Date(2026, 10, 30, hours, minutes); return date; };
const iso = (hours: number, minutes = 0) => local(hours, minutes).toISOString();

function booking(id: string, extra: Partial<Booking>): Booking {
  return {
    id, resourceKind: 'desk', resourceId: 'd1', memberId: 'm1', title: '', startsAt: iso(8), endsAt: iso(17),
    status: 'confirmed', rejection: null, confirmedAt: null, ...sync, ...extra,
  };
}

function desk(id: string, code: string, extra: Partial<Desk> = {}): Desk {
  return { id, code, zoneId: null, features: [], active: true, ...sync, ...extra };
}

describe('todaysBooking', () => {
  it('prefers the desk over a room and ignores cancelled, finished and other days', () => {
    const bookings = [
      booking('room', { resourceKind: 'room', resourceId: 'r1', startsAt: iso(9), endsAt: iso(10) }),
      booking('cancelled', { status: 'cancelled' }),
      booking('yesterday', { startsAt: new Date(2026, 10, 29, 8).toISOString(), endsAt: new Date(2026, 10, 29, 17).toISOString() }),
      booking('desk', { resourceId: 'd2' }),
      booking('other', { memberId: 'm2' }),
    ];
    expect(todaysBooking(bookings, 'm1', local(8, 30))?.id).toBe('desk');
    expect(todaysBooking(bookings.filter((b) => b.id !== 'desk'), 'm1', local(8, 30))?.id).toBe('room');
    expect(todaysBooking(bookings.filter((b) => b.id !== 'desk'), 'm1', local(11))).toBeNull();
  });
});

describe('freeDesksNow', () => {
  it('lists active desks nobody holds between now and closing, in natural order', () => {
    const desks = [desk('d10', 'D10'), desk('d2', 'D2'), desk('d1', 'D1'), desk('d3', 'D3', { active: false })];
    const bookings = [booking('b1', { resourceId: 'd1' }), booking('b2', { resourceId: 'd10', startsAt: iso(19), endsAt: iso(21) })];
    expect(freeDesksNow(desks, bookings, local(9), '18:00').map((d) => d.code)).toEqual(['D2', 'D10']);
    // After closing the walk-in slot runs to midnight: D1's day booking is over, D10's evening one is not.
    expect(freeDesksNow(desks, bookings, local(18, 30), '18:00').map((d) => d.code)).toEqual(['D1', 'D2']);
  });

  it('ends a walk-in booking at closing time, or at midnight once closing has passed', () => {
    expect(bookingEndToday(local(9), '18:00').getHours()).toBe(18);
    expect(bookingEndToday(local(19), '18:00').getHours()).toBe(23);
  });
});

describe('time and presence today', () => {
  const events = [
    { memberId: 'm1', kind: 'in' as const, at: iso(8) },
    { memberId: 'm1', kind: 'out' as const, at: iso(12) },
    { memberId: 'm1', kind: 'in' as const, at: iso(13) },
    { memberId: 'm2', kind: 'in' as const, at: iso(9) },
    { memberId: 'm2', kind: 'out' as const, at: iso(10) },
  ];

  it('adds up every visit, counting an open one until now', () => {
    expect(timeSpentToday(events, 'm1', local(15))).toBe(6 * 3_600_000);
    expect(timeSpentToday(events, 'm2', local(15))).toBe(3_600_000);
    expect(timeSpentToday(events, 'm3', local(15))).toBe(0);
  });

  it('knows since when a member is in', () => {
    expect(checkedInSince(events, 'm1', local(15))?.toISOString()).toBe(iso(13));
    expect(checkedInSince(events, 'm2', local(15))).toBeNull();
  });

  it('checks out whoever is still in once closing time has passed, and nobody before', () => {
    expect(dueForClosingCheckOut(events, local(17, 59), '18:00')).toEqual([]);
    expect(dueForClosingCheckOut(events, local(18, 1), '18:00')).toEqual(['m1']);
  });
});
