import { describe, expect, it } from 'vitest';
import { bookingEndToday, checkedInSince, dueForClosingCheckOut, freeDesksNow, timeSpentToday, todaysBooking } from './checkInRules';
import type { Booking, Desk } from './schemas';

const sync = { hlc: { '*': '0001700000000-000000-test' }, deviceId: 'test', deleted: false };
/** The tests' days are the process's own: the rules are given its zone as the hub's. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
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
    expect(todaysBooking(bookings, 'm1', local(8, 30), ZONE)?.id).toBe('desk');
    expect(todaysBooking(bookings.filter((b) => b.id !== 'desk'), 'm1', local(8, 30), ZONE)?.id).toBe('room');
    expect(todaysBooking(bookings.filter((b) => b.id !== 'desk'), 'm1', local(11), ZONE)).toBeNull();
  });
});

describe('freeDesksNow', () => {
  it('lists active desks nobody holds between now and closing, in natural order', () => {
    const desks = [desk('d10', 'D10'), desk('d2', 'D2'), desk('d1', 'D1'), desk('d3', 'D3', { active: false })];
    const bookings = [booking('b1', { resourceId: 'd1' }), booking('b2', { resourceId: 'd10', startsAt: iso(19), endsAt: iso(21) })];
    expect(freeDesksNow(desks, bookings, local(9), '18:00', ZONE).map((d) => d.code)).toEqual(['D2', 'D10']);
    // After closing the walk-in slot runs to midnight: D1's day booking is over, D10's evening one is not.
    expect(freeDesksNow(desks, bookings, local(18, 30), '18:00', ZONE).map((d) => d.code)).toEqual(['D1', 'D2']);
  });

  it('never offers a fixed desk or one out of service to a walk-in; a desk back in service is offered again', () => {
    const desks = [desk('d1', 'D1', { fixedMemberId: 'm7' }), desk('d2', 'D2', { outOfService: 'Broken chair' }), desk('d3', 'D3', { outOfService: null, fixedMemberId: null })];
    expect(freeDesksNow(desks, [], local(9), '18:00', ZONE).map((d) => d.code)).toEqual(['D3']);
  });

  it('ends a walk-in booking at closing time, or at midnight once closing has passed', () => {
    expect(bookingEndToday(local(9), '18:00', ZONE).getHours()).toBe(18);
    expect(bookingEndToday(local(19), '18:00', ZONE).getTime()).toBe(local(24).getTime());
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
    expect(timeSpentToday(events, 'm1', local(15), ZONE)).toBe(6 * 3_600_000);
    expect(timeSpentToday(events, 'm2', local(15), ZONE)).toBe(3_600_000);
    expect(timeSpentToday(events, 'm3', local(15), ZONE)).toBe(0);
  });

  it('knows since when a member is in', () => {
    expect(checkedInSince(events, 'm1', local(15), ZONE)?.toISOString()).toBe(iso(13));
    expect(checkedInSince(events, 'm2', local(15), ZONE)).toBeNull();
  });

  it('checks out whoever is still in once closing time has passed, and nobody before', () => {
    expect(dueForClosingCheckOut(events, local(17, 59), '18:00', ZONE)).toEqual([]);
    expect(dueForClosingCheckOut(events, local(18, 1), '18:00', ZONE)).toEqual(['m1']);
  });
});

describe('the hub\'s day, whatever zone the machine is set to', () => {
  // 10:30 UTC: 11:30 in Copenhagen, 23:30 in Auckland, where 11:30 UTC is already tomorrow.
  const now = new Date('2026-11-30T10:30:00.000Z');
  const booking = (id: string, startsAt: string, endsAt: string): Booking => ({
    id, resourceKind: 'desk', resourceId: 'd1', memberId: 'm1', title: '', startsAt, endsAt,
    status: 'confirmed', rejection: null, confirmedAt: null, hlc: {}, deviceId: 'x', deleted: false,
  });
  const tomorrowInAuckland = booking('b', '2026-11-30T12:00:00.000Z', '2026-11-30T14:00:00.000Z');

  it('finds today\'s booking by the hub\'s calendar day', () => {
    expect(todaysBooking([tomorrowInAuckland], 'm1', now, 'Europe/Copenhagen')?.id).toBe('b');
    expect(todaysBooking([tomorrowInAuckland], 'm1', now, 'Pacific/Auckland')).toBeNull();
  });

  it('ends a walk-in at the hub\'s closing time, or its midnight once closing has passed', () => {
    expect(bookingEndToday(now, '18:00', 'Europe/Copenhagen').toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(bookingEndToday(now, '18:00', 'Pacific/Auckland').toISOString()).toBe('2026-11-30T11:00:00.000Z');
  });

  it('counts who checked in by the hub\'s day', () => {
    // 10:00 UTC is 23:00 on the 30th in Auckland; an arrival at 11:10 UTC is the 1st there.
    const events = [{ memberId: 'm1', kind: 'in' as const, at: '2026-11-30T10:00:00.000Z' }];
    expect(checkedInSince(events, 'm1', now, 'Pacific/Auckland')?.toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(checkedInSince(events, 'm1', new Date('2026-11-30T11:10:00.000Z'), 'Pacific/Auckland')).toBeNull();
    expect(checkedInSince(events, 'm1', new Date('2026-11-30T11:10:00.000Z'), 'Europe/Copenhagen')?.toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });
});

