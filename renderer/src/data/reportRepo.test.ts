import { afterEach, describe, expect, it } from 'vitest';
import { seriesExceptionId } from '@core/bookings/bookingSeries';
import { zonedInstant } from '@core/time/zonedTime';
import { saveHostBooking } from './bookingRepo';
import type { DataContext } from './dataContext';
import { saveHubSettings } from './hubSettingsRepo';
import { putRecordAt } from './recordWriter';
import { readUsageReport } from './reportRepo';
import { createHostSeries } from './seriesRepo';
import { openTestContext } from './testContext';

// A hub far from the machine running the test: every day and hour is the hub's.
const ZONE = 'Pacific/Auckland';
const at = (date: string, time: string) => zonedInstant(date, time, ZONE).toISOString();
let context: DataContext;

afterEach(() => { context.db.close(); });

const room = (name: string, active = true) => ({ name, zoneId: 'zone-1', capacity: 6, equipment: [], description: '', active, bookableBy: 'members' as const });
const desk = (code: string, active = true) => ({ code, zoneId: 'zone-2', features: [], active });

describe('the usage report of this machine\'s copy of the hub', () => {
  it('counts single bookings and the dates of weekly series of the places in use, on the hub\'s calendar', async () => {
    context = await openTestContext({ now: () => new Date(at('2026-11-30', '07:00')) });
    await saveHubSettings(context, { timeZone: ZONE });
    await putRecordAt(context, 'rooms', 'room-a', room('Fjord'));
    await putRecordAt(context, 'rooms', 'room-old', room('Loft', false));
    await putRecordAt(context, 'desks', 'desk-a', desk('D1'));
    const saved = await saveHostBooking(context, null, {
      resourceKind: 'room', resourceId: 'room-a', memberId: null, title: 'Visitors',
      startsAt: at('2026-11-30', '09:00'), endsAt: at('2026-11-30', '11:00'), publicEvent: null,
    });
    expect(saved.kind).toBe('saved');
    const series = await createHostSeries(context, {
      resourceKind: 'desk', resourceId: 'desk-a', memberId: null, title: 'Course',
      weekdays: [1, 3], startDate: '2026-11-30', until: '2026-12-31', count: null, startTime: '08:00', endTime: '18:00', status: 'active',
    });
    expect(series.kind).toBe('created');
    await putRecordAt(context, 'bookings', 'booking-old-room', {
      resourceKind: 'room', resourceId: 'room-old', memberId: null, title: 'Gone', startsAt: at('2026-12-01', '09:00'), endsAt: at('2026-12-01', '10:00'),
      status: 'confirmed', rejection: null, confirmedAt: null, publicEvent: null,
    });

    // Monday 30 November to Friday 4 December: five open days of 10 hours (the default policy).
    const report = await readUsageReport(context, { from: '2026-11-30', to: '2026-12-04' });
    expect(report.places.map((place) => [place.name, place.bookings, place.bookedHours])).toEqual([['D1', 2, 20], ['Fjord', 1, 2]]);
    expect(report.places.find((place) => place.name === 'D1')?.occupancy).toBe(20 / 50);
    expect(report.days[0]).toMatchObject({ date: '2026-11-30', bookedHours: 12, occupancy: 12 / 20 });
    expect(report.heatmap.rows[0]?.cells.slice(0, 3)).toEqual([0.5, 1, 1]);
    expect(report.rooms.underused.map((place) => place.name)).toEqual(['Fjord']);
  });

  it('counts a weekly date someone checked into as kept, and one the hub released as a no-show', async () => {
    context = await openTestContext({ now: () => new Date(at('2026-12-10', '12:00')) });
    await saveHubSettings(context, { timeZone: ZONE });
    await putRecordAt(context, 'desks', 'desk-a', desk('D1'));
    const created = await createHostSeries(context, {
      resourceKind: 'desk', resourceId: 'desk-a', memberId: null, title: 'Course',
      weekdays: [1, 2, 3], startDate: '2026-11-30', until: '2026-12-02', count: null, startTime: '08:00', endTime: '18:00', status: 'active',
    });
    if (created.kind !== 'created') throw new Error('not created');
    const seriesId = created.series.id;
    await putRecordAt(context, 'seriesExceptions', seriesExceptionId(seriesId, '2026-11-30'), { seriesId, date: '2026-11-30', kind: 'checkedIn', winnerId: null });
    await putRecordAt(context, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-01'), { seriesId, date: '2026-12-01', kind: 'released', winnerId: null });

    const report = await readUsageReport(context, { from: '2026-11-30', to: '2026-12-04' });
    // Three dates: Monday kept, Tuesday released, Wednesday nobody came to (not released).
    expect(report.attendance).toMatchObject({ judged: 3, checkedIn: 1, noShows: 2, released: 1 });
    // The released Tuesday held the desk for nobody: it does not count as used.
    expect(report.days.map((day) => day.bookedHours)).toEqual([10, 0, 10, 0, 0]);
  });

  it('has no share to tell on a machine with no places yet', async () => {
    context = await openTestContext();
    const report = await readUsageReport(context, { from: '2026-11-30', to: '2026-12-06' });
    expect(report.occupancy).toBeNull();
    expect(report.places).toEqual([]);
  });
});
