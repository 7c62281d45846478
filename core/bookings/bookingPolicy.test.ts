import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotsOverlap } from '../bookingRules';
import { zonedInstant } from '../time/zonedTime';
import { breachFromRejection, rejectionFromBreach } from '../schemas/booking';
import { bookingBreach, bookingBreachSchema, bookingNeedsRules, defaultBookingPolicy, bookingPolicySchema, membersMayBookRoom, type BookingCandidate, type BookingCheck } from './bookingPolicy';

const CPH = 'Europe/Copenhagen';
// Tuesday 1 December 2026, 09:00 in Copenhagen.
const now = zonedInstant('2026-12-01', '09:00', CPH);
const at = (date: string, from: string, to: string) => ({ startsAt: zonedInstant(date, from, CPH).toISOString(), endsAt: zonedInstant(date, to, CPH).toISOString() });
const room = (date: string, from: string, to: string, overrides: Partial<BookingCandidate> = {}): BookingCandidate => ({
  id: 'new', resourceKind: 'room', resourceId: 'room1', memberId: 'anna', status: 'confirmed', ...at(date, from, to), ...overrides,
});
const check = (overrides: Partial<BookingCheck> = {}): BookingCheck => ({
  policy: defaultBookingPolicy, timeZone: CPH, now, bookedBy: 'member', membersMayBook: true, others: [], ...overrides,
});
const codeOf = (candidate: BookingCandidate, overrides: Partial<BookingCheck> = {}) => bookingBreach(candidate, check(overrides))?.code ?? null;

describe('the booking rules a member books within', () => {
  it('takes a room within opening hours, today or ahead', () => {
    expect(codeOf(room('2026-12-01', '10:00', '11:30'))).toBeNull();
    expect(codeOf(room('2026-12-01', '08:00', '18:00'), { policy: { ...defaultBookingPolicy, maxRoomMinutes: 600 } })).toBeNull();
  });

  it('refuses each broken rule with its own code and what the reader needs to know', () => {
    expect(bookingBreach(room('2026-12-01', '07:30', '09:30'), check())).toEqual({ code: 'outsideOpeningHours', opens: '08:00', closes: '18:00' });
    expect(bookingBreach(room('2026-12-05', '10:00', '11:00'), check())).toEqual({ code: 'hubClosed', date: '2026-12-05' });
    expect(bookingBreach(room('2026-12-24', '10:00', '11:00'), check({ policy: { ...defaultBookingPolicy, closedDates: ['2026-12-24'] } }))).toEqual({ code: 'hubClosed', date: '2026-12-24' });
    expect(bookingBreach(room('2027-03-01', '10:00', '11:00'), check())).toEqual({ code: 'bookingTooFarAhead', days: 60 });
    expect(bookingBreach(room('2026-12-01', '10:00', '15:00'), check())).toEqual({ code: 'bookingTooLong', minutes: 240 });
    expect(codeOf(room('2026-11-30', '10:00', '11:00'))).toBe('bookingInPast');
    expect(codeOf(room('2026-12-01', '10:00', '10:00'))).toBe('bookingEndsBeforeStart');
    expect(codeOf(room('2026-12-01', '10:00', '11:00'), { membersMayBook: false })).toBe('roomForHostsOnly');
    expect(codeOf({ ...room('2026-12-01', '17:00', '18:00'), endsAt: zonedInstant('2026-12-02', '09:00', CPH).toISOString() }, { policy: { ...defaultBookingPolicy, openingHours: [] } })).toBe('bookingSpansDays');
  });

  it('lets a meeting that has begun be booked for the rest of it (book now at the door)', () => {
    expect(codeOf(room('2026-12-01', '08:45', '09:30'))).toBeNull();
  });

  it('counts only the bookings a member holds that have not ended', () => {
    const policy = { ...defaultBookingPolicy, maxActivePerMember: 2 };
    const held = [
      { id: 'a', resourceId: 'room2', memberId: 'anna', status: 'confirmed' as const, ...at('2026-12-02', '10:00', '11:00') },
      { id: 'b', resourceId: 'room2', memberId: 'anna', status: 'confirmed' as const, ...at('2026-12-03', '10:00', '11:00') },
    ];
    expect(bookingBreach(room('2026-12-04', '10:00', '11:00'), check({ policy, others: held }))).toEqual({ code: 'tooManyBookings', max: 2 });
    const oneEnded = [{ ...held[0]!, ...at('2026-11-30', '10:00', '11:00') }, held[1]!];
    const oneCancelled = [{ ...held[0]!, status: 'cancelled' as const }, held[1]!];
    expect(codeOf(room('2026-12-04', '10:00', '11:00'), { policy, others: oneEnded })).toBeNull();
    expect(codeOf(room('2026-12-04', '10:00', '11:00'), { policy, others: oneCancelled })).toBeNull();
    expect(codeOf(room('2026-12-04', '10:00', '11:00', { memberId: null }), { policy, others: held })).toBeNull();
  });

  it('lets a host book outside the member rules, but never over another booking', () => {
    const evening = room('2026-12-05', '19:00', '23:00');
    expect(codeOf(evening, { bookedBy: 'host', membersMayBook: false })).toBeNull();
    const held = { id: 'held', resourceId: 'room1', memberId: null, status: 'confirmed' as const, ...at('2026-12-05', '22:00', '23:30') };
    expect(bookingBreach(evening, check({ bookedBy: 'host', others: [held] }))).toEqual({ code: 'bookingConflict', winnerId: 'held' });
  });

  it('reads opening hours on the hub clock on the day summer time ends', () => {
    // Sunday 25 October 2026 open 10-14 for this test: 10:00 CET is 09:00 UTC, not 08:00.
    const policy = { ...defaultBookingPolicy, openingHours: [{ weekday: 7, opens: '10:00', closes: '14:00' }] };
    const sunday = zonedInstant('2026-10-20', '09:00', CPH);
    expect(codeOf({ ...room('2026-10-25', '10:00', '11:00'), startsAt: '2026-10-25T09:00:00.000Z' }, { policy, now: sunday })).toBeNull();
    expect(codeOf({ ...room('2026-10-25', '10:00', '11:00'), startsAt: '2026-10-25T08:30:00.000Z' }, { policy, now: sunday })).toBe('outsideOpeningHours');
  });

  it('refuses a policy that cannot be', () => {
    expect(bookingPolicySchema.safeParse(defaultBookingPolicy).success).toBe(true);
    expect(bookingPolicySchema.safeParse({ ...defaultBookingPolicy, openingHours: [{ weekday: 1, opens: '18:00', closes: '08:00' }] }).success).toBe(false);
    expect(bookingPolicySchema.safeParse({ ...defaultBookingPolicy, openingHours: [{ weekday: 1, opens: '08:00', closes: '18:00' }, { weekday: 1, opens: '09:00', closes: '10:00' }] }).success).toBe(false);
  });

  it('never accepts two overlapping bookings of one resource, whoever books, in whatever order', () => {
    const slot = fc.record({ resource: fc.constantFrom('room1', 'room2'), start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 12 }), host: fc.boolean() });
    fc.assert(fc.property(fc.array(slot, { maxLength: 30 }), (slots) => {
      const accepted: (BookingCandidate & { memberId: string | null })[] = [];
      for (const [index, { resource, start, length, host }] of slots.entries()) {
        const startsAt = new Date(zonedInstant('2026-12-02', '08:00', CPH).getTime() + start * 15 * 60_000).toISOString();
        const endsAt = new Date(Date.parse(startsAt) + length * 15 * 60_000).toISOString();
        const candidate: BookingCandidate = { id: `b${index}`, resourceKind: 'room', resourceId: resource, memberId: 'anna', status: 'confirmed', startsAt, endsAt };
        if (!bookingBreach(candidate, check({ bookedBy: host ? 'host' : 'member', others: accepted, policy: { ...defaultBookingPolicy, maxActivePerMember: 500 } }))) accepted.push(candidate);
      }
      for (const a of accepted) for (const b of accepted) if (a.id < b.id && a.resourceId === b.resourceId) expect(slotsOverlap(a, b)).toBe(false);
    }));
  });

  it('keeps a room for hosts only when its row says so; rooms stored before bookableBy are for members', () => {
    expect(membersMayBookRoom({ bookableBy: 'hosts' })).toBe(false);
    expect(membersMayBookRoom({ bookableBy: 'members' })).toBe(true);
    expect(membersMayBookRoom({})).toBe(true);
  });

  it('says every breach in a shape its schema takes, and the stored rejection gives it back', () => {
    const minutes = fc.integer({ min: -24 * 60, max: 90 * 24 * 60 });
    const candidate = fc.record({ start: minutes, length: fc.integer({ min: -60, max: 24 * 60 }), kind: fc.constantFrom('desk' as const, 'room' as const), member: fc.constantFrom('anna', null) });
    const checks = fc.record({ bookedBy: fc.constantFrom('host' as const, 'walkIn' as const, 'member' as const), membersMayBook: fc.boolean(), fixed: fc.boolean(), held: fc.boolean() });
    fc.assert(fc.property(candidate, checks, ({ start, length, kind, member }, { bookedBy, membersMayBook, fixed, held }) => {
      const startsAt = new Date(now.getTime() + start * 60_000).toISOString();
      const endsAt = new Date(Date.parse(startsAt) + length * 60_000).toISOString();
      const others = held ? [{ id: 'held', resourceId: 'r1', memberId: 'anna', status: 'confirmed' as const, ...at('2026-12-01', '09:00', '12:00') }] : [];
      const desk = { active: true, outOfService: null, fixedMemberId: fixed ? 'bo' : null };
      const breach = bookingBreach({ id: 'new', resourceKind: kind, resourceId: 'r1', memberId: member, status: 'confirmed', startsAt, endsAt }, check({ bookedBy, membersMayBook, desk, others, policy: { ...defaultBookingPolicy, maxActivePerMember: 1 } }));
      if (!breach) return;
      expect(bookingBreachSchema.parse(breach)).toEqual(breach);
      expect(breachFromRejection(rejectionFromBreach(breach))).toEqual(breach);
    }));
  });
});

describe('a walk-in at the kiosk', () => {
  const desk = (date: string, overrides: Partial<BookingCandidate> = {}) => room(date, '09:00', '17:00', { resourceKind: 'desk', resourceId: 'desk1', ...overrides });
  const hotDesk = { active: true, outOfService: null, fixedMemberId: null };

  it('takes a hot desk at any hour, whatever the opening hours', () => {
    expect(codeOf(desk('2026-12-01'), { bookedBy: 'walkIn', desk: hotDesk, policy: { ...defaultBookingPolicy, openingHours: [] } })).toBeNull();
  });

  it('never takes a desk fixed to a member, out of service or deactivated', () => {
    expect(codeOf(desk('2026-12-01'), { bookedBy: 'walkIn', desk: { ...hotDesk, fixedMemberId: 'bo' } })).toBe('deskNotOpenToWalkIns');
    expect(codeOf(desk('2026-12-01'), { bookedBy: 'walkIn', desk: { ...hotDesk, outOfService: 'Broken chair' } })).toBe('deskNotOpenToWalkIns');
    expect(codeOf(desk('2026-12-01'), { bookedBy: 'walkIn', desk: { ...hotDesk, active: false } })).toBe('deskNotOpenToWalkIns');
    // A host gives anyone a fixed desk for the day.
    expect(codeOf(desk('2026-12-01'), { bookedBy: 'host', desk: { ...hotDesk, fixedMemberId: 'bo' } })).toBeNull();
  });

  it('is refused a desk someone holds, before anything else', () => {
    const held = { id: 'held', resourceId: 'desk1', memberId: 'bo', status: 'confirmed' as const, ...at('2026-12-01', '08:00', '10:00') };
    expect(bookingBreach(desk('2026-12-01'), check({ bookedBy: 'walkIn', desk: { ...hotDesk, fixedMemberId: 'bo' }, others: [held] }))).toEqual({ code: 'bookingConflict', winnerId: 'held' });
  });
});

describe('which changes the policy judges again', () => {
  const made = { resourceKind: 'room', resourceId: 'room1', memberId: 'anna', status: 'confirmed', deleted: false, ...at('2026-12-01', '10:00', '12:00') };

  it('judges a new booking, another room, member or time, and one confirmed again', () => {
    expect(bookingNeedsRules(undefined, made)).toBe(true);
    expect(bookingNeedsRules({ ...made, deleted: true }, made)).toBe(true);
    expect(bookingNeedsRules(made, { ...made, resourceId: 'room2' })).toBe(true);
    expect(bookingNeedsRules(made, { ...made, memberId: 'bo' })).toBe(true);
    expect(bookingNeedsRules(made, { ...made, ...at('2026-12-01', '11:00', '13:00') })).toBe(true);
    expect(bookingNeedsRules(made, { ...made, ...at('2026-12-01', '09:30', '12:00') })).toBe(true);
    expect(bookingNeedsRules({ ...made, status: 'rejected' }, made)).toBe(true);
    expect(bookingNeedsRules({ ...made, status: 'cancelled' }, made)).toBe(true);
  });

  it('never judges a cancel, a check-in, a release or an early end', () => {
    expect(bookingNeedsRules(made, { ...made, status: 'cancelled' })).toBe(false);
    expect(bookingNeedsRules(made, { ...made, status: 'released' })).toBe(false);
    const checkedIn = { ...made, confirmedAt: made.startsAt };
    expect(bookingNeedsRules(made, checkedIn)).toBe(false);
    expect(bookingNeedsRules(made, { ...made, ...at('2026-12-01', '10:00', '10:45') })).toBe(false);
    expect(bookingNeedsRules(made, { ...made, deleted: true })).toBe(false);
  });
});
