import { afterEach, describe, expect, it } from 'vitest';
import type { MemberFields } from '@core/schemas';
import { bookDeskAndCheckIn, checkIn, checkInOrOut, checkOut } from './checkInRepo';
import type { DataContext } from './dataContext';
import { createRecord } from './recordWriter';
import { openTestContext } from './testContext';

const member: MemberFields = {
  name: 'Søren Østergaard', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
};

let wall = new Date(2026, 10, 30, 9, 0);
let context: DataContext;
afterEach(() => { context.db.close(); });

async function setup() {
  wall = new Date(2026, 10, 30, 9, 0);
  context = await openTestContext({ now: () => wall });
  const soren = await createRecord(context, 'members', member);
  const desk = await createRecord(context, 'desks', { code: 'D12', zoneId: null, features: [], active: true });
  return { soren, desk };
}

describe('check-in and check-out', () => {
  it('checks in once, confirms today\'s booking in the same change, and checks out', async () => {
    const { soren, desk } = await setup();
    const booking = await createRecord(context, 'bookings', {
      resourceKind: 'desk', resourceId: desk.id, memberId: soren.id, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
      startsAt: new Date(2026, 10, 30, 8).toISOString(), endsAt: new Date(2026, 10, 30, 17).toISOString(),
    });
    const first = await checkIn(context, soren.id, 'name');
    expect(first.changed).toBe(true);
    expect(first.booking?.id).toBe(booking.id);
    expect((await context.db.bookings.get(booking.id))?.confirmedAt).toBe(wall.toISOString());
    expect((await checkIn(context, soren.id, 'qrCard')).changed).toBe(false);
    expect(await context.db.checkIns.count()).toBe(1);

    wall = new Date(2026, 10, 30, 12, 30);
    expect(await checkOut(context, soren.id, 'name')).toEqual({ kind: 'checkedOut', changed: true, visitMinutes: 210 });
    expect(await checkOut(context, soren.id, 'name')).toEqual({ kind: 'checkedOut', changed: false, visitMinutes: 210 });
    const events = await context.db.checkIns.orderBy('at').toArray();
    expect(events.map((event) => [event.kind, event.method, event.bookingId])).toEqual([['in', 'name', booking.id], ['out', 'name', null]]);
  });

  it('books a free desk until closing time and checks in, and refuses a desk someone just took', async () => {
    const { soren, desk } = await setup();
    const result = await bookDeskAndCheckIn(context, soren.id, desk.id, '18:00', 'name');
    if (result.kind !== 'checkedIn') throw new Error('the free desk must be booked');
    // Closing time is the hub's (a new hub's zone is Europe/Copenhagen), whatever zone this machine runs in.
    expect(result.booking).toMatchObject({ resourceId: desk.id, memberId: soren.id, endsAt: '2026-11-30T17:00:00.000Z', confirmedAt: wall.toISOString() });
    expect(result.changed).toBe(true);
    const other = await createRecord(context, 'members', { ...member, name: 'Anja Schröder' });
    expect(await bookDeskAndCheckIn(context, other.id, desk.id, '18:00', 'name')).toEqual({ kind: 'deskTaken' });
    expect(await context.db.bookings.count()).toBe(1);
    expect((await context.db.checkIns.where('memberId').equals(other.id).count())).toBe(0);
  });

  it('does not give a walk-in a desk a weekly booking holds today', async () => {
    const { soren, desk } = await setup();
    // 30 November 2026 is a Monday; the series holds the desk on Monday afternoons.
    await createRecord(context, 'bookingSeries', {
      resourceKind: 'desk', resourceId: desk.id, memberId: null, title: 'Skolen', weekdays: [1], startDate: '2026-11-02', until: '2026-12-28', count: null,
      startTime: '12:00', endTime: '18:00', status: 'active',
    });
    expect(await bookDeskAndCheckIn(context, soren.id, desk.id, '18:00', 'name')).toEqual({ kind: 'deskTaken' });
    expect(await context.db.bookings.count()).toBe(0);
  });

  it('gives a desk taken at the kiosk back on check-out, in the same change, and leaves a desk booked ahead booked', async () => {
    const { soren, desk } = await setup();
    const taken = await bookDeskAndCheckIn(context, soren.id, desk.id, '18:00', 'name');
    if (taken.kind !== 'checkedIn' || !taken.booking) throw new Error('the free desk must be booked');
    wall = new Date(2026, 10, 30, 11, 0);
    await checkOut(context, soren.id, 'name');
    expect(await context.db.bookings.get(taken.booking.id)).toMatchObject({ endsAt: wall.toISOString(), status: 'confirmed', startsAt: new Date(2026, 10, 30, 9).toISOString() });
    const outbox = (await context.db.outbox.toArray()).filter((entry) => entry.table === 'bookings' && entry.recordId === taken.booking?.id);
    expect(outbox.at(-1)?.fields).toEqual({ endsAt: wall.toISOString() });

    const other = await createRecord(context, 'members', { ...member, name: 'Anja Schröder' });
    const ahead = await createRecord(context, 'bookings', {
      resourceKind: 'desk', resourceId: desk.id, memberId: other.id, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
      startsAt: new Date(2026, 10, 30, 11, 30).toISOString(), endsAt: new Date(2026, 10, 30, 17).toISOString(),
    });
    wall = new Date(2026, 10, 30, 12, 0);
    await checkIn(context, other.id, 'name');
    wall = new Date(2026, 10, 30, 13, 0);
    await checkOut(context, other.id, 'name');
    expect((await context.db.bookings.get(ahead.id))?.endsAt).toBe(new Date(2026, 10, 30, 17).toISOString());
  });

  it('checks a card\'s owner in when out and out when in, in one transaction', async () => {
    const { soren } = await setup();
    expect(await checkInOrOut(context, soren.id, 'scanner')).toMatchObject({ kind: 'checkedIn', changed: true });
    wall = new Date(2026, 10, 30, 9, 45);
    expect(await checkInOrOut(context, soren.id, 'scanner')).toEqual({ kind: 'checkedOut', changed: true, visitMinutes: 45 });
    wall = new Date(2026, 10, 30, 10, 0);
    expect(await checkInOrOut(context, soren.id, 'qrCard')).toMatchObject({ kind: 'checkedIn', changed: true });
    expect((await context.db.checkIns.orderBy('at').toArray()).map((event) => event.kind)).toEqual(['in', 'out', 'in']);
  });
});
