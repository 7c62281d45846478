import { afterEach, describe, expect, it } from 'vitest';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';
import { zonedInstant } from '@core/time/zonedTime';
import { saveHostBooking } from './bookingRepo';
import type { DataContext } from './dataContext';
import { putRecordAt } from './recordWriter';
import { createHostSeries, endSeriesFrom, planHostSeries, restoreOccurrence, skipOccurrence } from './seriesRepo';
import { openTestContext } from './testContext';

let context: DataContext;
afterEach(() => { context.db.close(); });

const CPH = 'Europe/Copenhagen';
const now = () => zonedInstant('2026-12-01', '09:00', CPH);
const tuesdays = (overrides: Partial<BookingSeriesFields> = {}): BookingSeriesFields => ({
  resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: 'Strikkeklub',
  weekdays: [2], startDate: '2026-12-01', until: '2026-12-29', count: null, startTime: '17:00', endTime: '19:00', status: 'active', ...overrides,
});
const liveExceptions = async () => (await context.db.seriesExceptions.toArray()).filter((row) => !row.deleted).map((row) => [row.date, row.kind, row.winnerId]);

describe('a weekly series made at the host desk', () => {
  it('lists the dates another booking or series holds, stores the rule once and takes those dates out', async () => {
    context = await openTestContext({ now });
    const held = await saveHostBooking(context, null, {
      resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: 'Julefrokost',
      startsAt: zonedInstant('2026-12-15', '18:00', CPH).toISOString(), endsAt: zonedInstant('2026-12-15', '23:00', CPH).toISOString(), publicEvent: null,
    });
    if (held.kind !== 'saved') throw new Error('not booked');
    const plan = await planHostSeries(context, tuesdays());
    expect(plan.dates).toBe(5);
    expect(plan.conflicts.map((conflict) => [conflict.occurrence.date, conflict.holder.kind])).toEqual([['2026-12-15', 'booking']]);
    const created = await createHostSeries(context, tuesdays());
    if (created.kind !== 'created') throw new Error('not created');
    expect(created.skipped).toBe(1);
    expect(await context.db.bookingSeries.count()).toBe(1);
    expect(await context.db.bookings.count()).toBe(1);
    expect(await liveExceptions()).toEqual([['2026-12-15', 'conflict', held.booking.id]]);

    // A second series on the same evenings finds the first one's dates taken, and none of the rest.
    const second = await planHostSeries(context, tuesdays({ startTime: '18:30', endTime: '20:00', until: '2026-12-22' }));
    expect(second.conflicts.map((conflict) => [conflict.occurrence.date, conflict.holder.kind])).toEqual([
      ['2026-12-01', 'series'], ['2026-12-08', 'series'], ['2026-12-15', 'booking'], ['2026-12-22', 'series'],
    ]);
    expect(await createHostSeries(context, tuesdays({ startTime: '18:30', endTime: '20:00', until: '2026-12-22' }))).toEqual({ kind: 'nothingFree' });
  });

  it('takes a date out and brings it back on undo, unless a booking took its time meanwhile', async () => {
    context = await openTestContext({ now });
    const created = await createHostSeries(context, tuesdays());
    if (created.kind !== 'created') throw new Error('not created');
    await skipOccurrence(context, created.series.id, '2026-12-08');
    expect(await liveExceptions()).toEqual([['2026-12-08', 'skipped', null]]);
    expect(await restoreOccurrence(context, created.series, '2026-12-08')).toBe('restored');
    expect(await liveExceptions()).toEqual([]);
    // Taken out again, over its own tombstone: the date is out once more.
    await skipOccurrence(context, created.series.id, '2026-12-08');
    expect(await liveExceptions()).toEqual([['2026-12-08', 'skipped', null]]);
    await saveHostBooking(context, null, {
      resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: 'Filmaften',
      startsAt: zonedInstant('2026-12-08', '18:00', CPH).toISOString(), endsAt: zonedInstant('2026-12-08', '20:00', CPH).toISOString(), publicEvent: null,
    });
    expect(await restoreOccurrence(context, created.series, '2026-12-08')).toBe('taken');
    expect(await liveExceptions()).toEqual([['2026-12-08', 'skipped', null]]);
  });

  it('ends a series before a date, cancels it whole from its first date, and undoes either', async () => {
    context = await openTestContext({ now });
    const created = await createHostSeries(context, tuesdays({ until: null, count: 10 }));
    if (created.kind !== 'created') throw new Error('not created');
    const ended = await endSeriesFrom(context, created.series.id, '2026-12-15');
    expect(await context.db.bookingSeries.get(created.series.id)).toMatchObject({ until: '2026-12-08', count: null, status: 'active' });
    await ended?.undo();
    expect(await context.db.bookingSeries.get(created.series.id)).toMatchObject({ until: null, count: 10 });
    await endSeriesFrom(context, created.series.id, '2026-12-01');
    expect(await context.db.bookingSeries.get(created.series.id)).toMatchObject({ status: 'cancelled' });
    expect(await endSeriesFrom(context, created.series.id, '2026-12-01')).toBeNull();
  });
});

describe('writing a record at a known id', () => {
  it('creates, updates, and brings a deleted record back with a revival that syncs', async () => {
    context = await openTestContext({ now });
    const fields = { seriesId: 's1', date: '2026-12-08', kind: 'skipped' as const, winnerId: null };
    await putRecordAt(context, 'seriesExceptions', 's1_20261208', fields);
    await putRecordAt(context, 'seriesExceptions', 's1_20261208', { ...fields, kind: 'conflict', winnerId: 'b1' });
    expect(await context.db.seriesExceptions.get('s1_20261208')).toMatchObject({ kind: 'conflict', deleted: false });
    await context.db.seriesExceptions.update('s1_20261208', { deleted: true });
    await putRecordAt(context, 'seriesExceptions', 's1_20261208', fields);
    expect(await context.db.seriesExceptions.get('s1_20261208')).toMatchObject({ kind: 'skipped', deleted: false });
    expect((await context.db.outbox.toArray()).at(-1)?.fields).toEqual({ ...fields, deleted: false });
  });
});
