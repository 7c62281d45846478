import { describe, expect, it } from 'vitest';
import type { Booking, Desk, Room } from '../schemas';
import { planStatusOf, statusesOf, type PlanStatusInput } from './planStatus';

const sync = { hlc: { '*': '0001700000000-000000-test' }, deviceId: 'test', deleted: false };
const at = (hours: number, minutes = 0) => new Date(2026, 10, 30, hours, minutes);
const iso = (hours: number, minutes = 0) => at(hours, minutes).toISOString();

function booking(id: string, extra: Partial<Booking>): Booking {
  return {
    id, resourceKind: 'desk', resourceId: 'd1', memberId: 'm1', title: '', startsAt: iso(8), endsAt: iso(17),
    status: 'confirmed', rejection: null, confirmedAt: null, ...sync, ...extra,
  };
}
const desk = (extra: Partial<Desk> = {}): { kind: 'desk'; row: Desk } => ({ kind: 'desk', row: { id: 'd1', code: 'D1', zoneId: 'f1', features: [], active: true, ...sync, ...extra } });
const room = (extra: Partial<Room> = {}): { kind: 'room'; row: Room } => ({
  kind: 'room', row: { id: 'r1', name: 'Fjorden', zoneId: 'f1', capacity: 6, equipment: [], description: '', active: true, ...sync, ...extra },
});
const input = (bookings: Booking[], membersIn: string[] = [], now = at(10)): PlanStatusInput => ({ bookings, membersIn: new Set(membersIn), now });

describe('planStatusOf', () => {
  it('says free when nothing holds the place today, or only what is cancelled, refused, over or elsewhere', () => {
    const bookings = [
      booking('cancelled', { status: 'cancelled' }),
      booking('rejected', { status: 'rejected' }),
      booking('over', { startsAt: iso(7), endsAt: iso(9) }),
      booking('other desk', { resourceId: 'd2' }),
      booking('a room of the same id', { resourceKind: 'room' }),
      booking('deleted', { deleted: true }),
    ];
    expect(planStatusOf(desk(), input(bookings, ['m1']))).toBe('free');
  });

  it('says booked for a confirmed booking later today or in progress without its member in', () => {
    expect(planStatusOf(desk(), input([booking('later', { startsAt: iso(14), endsAt: iso(16) })], ['m1']))).toBe('booked');
    expect(planStatusOf(desk(), input([booking('now', {})]))).toBe('booked');
    // A weekly date stands for a booking the same way (data/occupancy.ts).
    expect(planStatusOf(room(), input([booking('series@2026-11-30', { resourceKind: 'room', resourceId: 'r1', memberId: null })]))).toBe('booked');
  });

  it('says occupied when the member of a booking in progress is checked in, or a room meeting was checked in at the door', () => {
    expect(planStatusOf(desk(), input([booking('walk-in', { startsAt: iso(9), confirmedAt: iso(9) })], ['m1']))).toBe('occupied');
    expect(planStatusOf(desk(), input([booking('ahead', {})], ['m1']))).toBe('occupied');
    expect(planStatusOf(room(), input([booking('meeting', { resourceKind: 'room', resourceId: 'r1', memberId: null, startsAt: iso(9), endsAt: iso(11), confirmedAt: iso(9, 5) })]))).toBe('occupied');
    // Checked in, but the booking starts later: booked, not occupied.
    expect(planStatusOf(desk(), input([booking('later', { startsAt: iso(14) })], ['m1']))).toBe('booked');
  });

  it('says out of service before anything else', () => {
    expect(planStatusOf(desk({ outOfService: 'The chair is broken' }), input([booking('now', {})], ['m1']))).toBe('outOfService');
    expect(planStatusOf(desk({ outOfService: null }), input([]))).toBe('free');
  });

  it('gives every place its status by id', () => {
    const statuses = statusesOf([desk(), room()], input([booking('now', {})], ['m1']));
    expect(Object.fromEntries(statuses)).toEqual({ d1: 'occupied', r1: 'free' });
  });
});
