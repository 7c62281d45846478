import { afterEach, describe, expect, it } from 'vitest';
import type { Booking, BookingSeries } from '@core/schemas';
import { zonedInstant } from '@core/time/zonedTime';
import type { DataContext } from './dataContext';
import { readBookingsBetween, readTimelineWindow } from './liveQueries';
import { addMember } from './memberRepo';
import { openTestContext } from './testContext';
import { memberProfile } from './testSupport';

const CPH = 'Europe/Copenhagen';
const STAMP = '0001700000000-000000-hostA';
const at = (date: string, time: string) => zonedInstant(date, time, CPH).toISOString();
const FROM = at('2026-12-02', '00:00');
const TO = at('2026-12-03', '00:00');

function booking(id: string, startsAt: string, endsAt: string, overrides: Partial<Booking> = {}): Booking {
  return {
    id, resourceKind: 'desk', resourceId: 'desk-1', memberId: null, title: id, startsAt, endsAt,
    status: 'confirmed', rejection: null, confirmedAt: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false, ...overrides,
  };
}

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('the timeline reads a window of bookings', () => {
  it('finds what starts in the window and what started before and still runs, in order of start, and nothing else', async () => {
    context = await openTestContext();
    await context.db.bookings.bulkPut([
      booking('inside', at('2026-12-02', '09:00'), at('2026-12-02', '12:00')),
      booking('overnight', at('2026-12-01', '20:00'), at('2026-12-02', '02:00'), { resourceKind: 'room' }),
      booking('three-days', at('2026-11-30', '08:00'), at('2026-12-03', '18:00')),
      booking('ended-at-midnight', at('2026-12-01', '08:00'), FROM),
      booking('starts-at-the-end', TO, at('2026-12-03', '09:00')),
      booking('yesterday', at('2026-12-01', '09:00'), at('2026-12-01', '17:00')),
      booking('cancelled-too', at('2026-12-02', '13:00'), at('2026-12-02', '14:00'), { status: 'cancelled' }),
      booking('deleted', at('2026-12-02', '10:00'), at('2026-12-02', '11:00'), { deleted: true }),
      booking('deleted-overnight', at('2026-12-01', '22:00'), at('2026-12-02', '01:00'), { deleted: true }),
    ]);
    expect((await readBookingsBetween(context.db, FROM, TO)).map((row) => row.id)).toEqual(['three-days', 'overnight', 'inside', 'cancelled-too']);
  });

  it('reads a window with its bookings and the series of its kind', async () => {
    context = await openTestContext();
    const ada = await addMember(context, memberProfile('Ada Jensen'));
    const bo = await addMember(context, memberProfile('Bo Holm'));
    const series = (id: string, resourceKind: BookingSeries['resourceKind'], memberId: string | null): BookingSeries => ({
      id, resourceKind, resourceId: `${resourceKind}-1`, memberId, title: '', weekdays: [3], startDate: '2026-11-01', until: null, count: null,
      startTime: '09:00', endTime: '11:00', status: 'active', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
    });
    await context.db.bookingSeries.bulkPut([series('desk-weekly', 'desk', bo.id), series('room-weekly', 'room', null)]);
    await context.db.bookings.bulkPut([booking('ada', at('2026-12-02', '09:00'), at('2026-12-02', '12:00'), { memberId: ada.id })]);
    const window = await readTimelineWindow(context.db, 'desk', FROM, TO);
    expect(window.bookings[0]?.memberId).toBe(ada.id);
    expect(window.series.series[0]?.memberId).toBe(bo.id);
    expect(window.bookings.map((row) => row.id)).toEqual(['ada']);
    expect(window.series.series.map((row) => row.id)).toEqual(['desk-weekly']);
  });

  it('reads only the window\'s exceptions of its series, and a date taken out in it stays out', async () => {
    context = await openTestContext();
    const weekly: BookingSeries = {
      id: 'desk-weekly', resourceKind: 'desk', resourceId: 'desk-1', memberId: null, title: 'Kursus', weekdays: [3], startDate: '2026-11-01', until: null, count: null,
      startTime: '09:00', endTime: '11:00', status: 'active', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
    };
    const exception = (date: string, seriesId = 'desk-weekly', deleted = false) => ({ id: `${seriesId}_${date}`, seriesId, date, kind: 'skipped' as const, winnerId: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted });
    await context.db.bookingSeries.bulkPut([weekly, { ...weekly, id: 'room-weekly', resourceKind: 'room' }]);
    await context.db.seriesExceptions.bulkPut([exception('2026-11-25'), exception('2026-12-02'), exception('2026-12-09'), exception('2026-12-02', 'room-weekly'), exception('2026-12-02', 'desk-weekly-gone', true)]);
    const window = await readTimelineWindow(context.db, 'desk', FROM, TO);
    // A day each side is read (any hub zone); never another kind's or a deleted one.
    expect(window.series.exceptions.map((row) => row.date)).toEqual(['2026-12-02']);
  });
});
