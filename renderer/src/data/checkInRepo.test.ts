import { afterEach, describe, expect, it } from 'vitest';
import { seriesExceptionId } from '@core/bookings/bookingSeries';
import type { MemberFields } from '@core/schemas';
import { zonedInstant } from '@core/time/zonedTime';
import { bookDeskAndCheckIn, checkIn, checkInOrOut, checkOut } from './checkInRepo';
import type { DataContext } from './dataContext';
import { readOccupants } from './occupancy';
import { createRecord, deleteRecord } from './recordWriter';
import { skipOccurrence } from './seriesRepo';
import { openTestContext } from './testContext';

const member: MemberFields = {
  name: 'Søren Østergaard', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
};

const CPH = 'Europe/Copenhagen';
/** Monday 30 November 2026 at a wall-clock time on the hub's clock (its zone, not this machine's). */
const hubAt = (hour: number, minute = 0) => zonedInstant('2026-11-30', `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, CPH);
let wall = hubAt(9);
let context: DataContext;
afterEach(() => { context.db.close(); });

async function setup() {
  wall = hubAt(9);
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
      startsAt: hubAt(8).toISOString(), endsAt: hubAt(17).toISOString(),
    });
    const first = await checkIn(context, soren.id, 'name');
    expect(first.changed).toBe(true);
    expect(first.booking?.id).toBe(booking.id);
    expect((await context.db.bookings.get(booking.id))?.confirmedAt).toBe(wall.toISOString());
    expect((await checkIn(context, soren.id, 'qrCard')).changed).toBe(false);
    expect(await context.db.checkIns.count()).toBe(1);

    wall = hubAt(12, 30);
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
    wall = hubAt(11);
    await checkOut(context, soren.id, 'name');
    expect(await context.db.bookings.get(taken.booking.id)).toMatchObject({ endsAt: wall.toISOString(), status: 'confirmed', startsAt: hubAt(9).toISOString() });
    const outbox = (await context.db.outbox.toArray()).filter((entry) => entry.table === 'bookings' && entry.recordId === taken.booking?.id);
    expect(outbox.at(-1)?.fields).toEqual({ endsAt: wall.toISOString() });

    const other = await createRecord(context, 'members', { ...member, name: 'Anja Schröder' });
    const ahead = await createRecord(context, 'bookings', {
      resourceKind: 'desk', resourceId: desk.id, memberId: other.id, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
      startsAt: hubAt(11, 30).toISOString(), endsAt: hubAt(17).toISOString(),
    });
    wall = hubAt(12);
    await checkIn(context, other.id, 'name');
    wall = hubAt(13);
    await checkOut(context, other.id, 'name');
    expect((await context.db.bookings.get(ahead.id))?.endsAt).toBe(hubAt(17).toISOString());
  });

  it('checks a card\'s owner in when out and out when in, in one transaction', async () => {
    const { soren } = await setup();
    expect(await checkInOrOut(context, soren.id, 'scanner')).toMatchObject({ kind: 'checkedIn', changed: true });
    wall = hubAt(9, 45);
    expect(await checkInOrOut(context, soren.id, 'scanner')).toEqual({ kind: 'checkedOut', changed: true, visitMinutes: 45 });
    wall = hubAt(10);
    expect(await checkInOrOut(context, soren.id, 'qrCard')).toMatchObject({ kind: 'checkedIn', changed: true });
    expect((await context.db.checkIns.orderBy('at').toArray()).map((event) => event.kind)).toEqual(['in', 'out', 'in']);
  });

  it('confirms the member\'s weekly date of today by its check-in exception, once, so the hub never releases it', async () => {
    const { soren, desk } = await setup();
    // Søren's weekly desk, early to late in the hub's zone.
    const series = await createRecord(context, 'bookingSeries', {
      resourceKind: 'desk', resourceId: desk.id, memberId: soren.id, title: '', weekdays: [1], startDate: '2026-11-02', until: '2026-12-28', count: null,
      startTime: '08:00', endTime: '23:00', status: 'active',
    });
    const first = await checkIn(context, soren.id, 'name');
    expect(first.booking).toMatchObject({ id: `${series.id}@2026-11-30`, resourceId: desk.id, startsAt: hubAt(8).toISOString(), confirmedAt: expect.any(String) as string });
    expect(await context.db.seriesExceptions.toArray()).toMatchObject([{ id: `${series.id}_20261130`, seriesId: series.id, date: '2026-11-30', kind: 'checkedIn', winnerId: null, deleted: false }]);
    // A date has no record a check-in could name.
    expect((await context.db.checkIns.toArray()).map((event) => event.bookingId)).toEqual([null]);
    // Every screen now reads the date as a confirmed booking.
    const held = await readOccupants(context, desk.id, { startsAt: wall.toISOString(), endsAt: wall.toISOString() }, CPH);
    expect(held.find((booking) => booking.id === first.booking?.id)?.confirmedAt).toBe(first.booking?.confirmedAt);

    wall = hubAt(11);
    await checkOut(context, soren.id, 'name');
    wall = hubAt(12);
    expect((await checkIn(context, soren.id, 'name')).booking).toMatchObject({ id: `${series.id}@2026-11-30`, confirmedAt: first.booking?.confirmedAt });
    // One check-in of the date, sent with `deleted: false`: it wins over a tombstone the hub may hold for the date.
    const writes = (await context.db.outbox.toArray()).filter((entry) => entry.table === 'seriesExceptions');
    expect(writes.map((entry) => entry.fields)).toEqual([{ seriesId: series.id, date: '2026-11-30', kind: 'checkedIn', winnerId: null, deleted: false }]);
  });

  it('checks into a date a host had taken out and given back, and none the hub released', async () => {
    const { soren, desk } = await setup();
    const series = await createRecord(context, 'bookingSeries', {
      resourceKind: 'desk', resourceId: desk.id, memberId: soren.id, title: '', weekdays: [1, 2], startDate: '2026-11-02', until: '2026-12-28', count: null,
      startTime: '08:00', endTime: '23:00', status: 'active',
    });
    await skipOccurrence(context, series.id, '2026-11-30');
    await deleteRecord(context, 'seriesExceptions', seriesExceptionId(series.id, '2026-11-30'));
    expect((await checkIn(context, soren.id, 'name')).booking).toMatchObject({ id: `${series.id}@2026-11-30` });
    expect(await context.db.seriesExceptions.get(seriesExceptionId(series.id, '2026-11-30'))).toMatchObject({ kind: 'checkedIn', deleted: false });

    // The next day the hub released the date before Søren came: there is nothing to check into.
    wall = zonedInstant('2026-12-01', '09:30', CPH);
    await checkOut(context, soren.id, 'name');
    await context.db.seriesExceptions.put({
      id: seriesExceptionId(series.id, '2026-12-01'), seriesId: series.id, date: '2026-12-01', kind: 'released', winnerId: null, hlc: { '*': '1796117400000-000000-hub' }, deviceId: 'hub', deleted: false,
    });
    wall = zonedInstant('2026-12-01', '09:40', CPH);
    expect(await checkIn(context, soren.id, 'name')).toMatchObject({ kind: 'checkedIn', changed: true, booking: null });
    expect(await context.db.seriesExceptions.get(seriesExceptionId(series.id, '2026-12-01'))).toMatchObject({ kind: 'released' });
  });
});
