import { afterEach, describe, expect, it } from 'vitest';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';
import { zonedInstant } from '@core/time/zonedTime';
import { saveHostBooking } from './bookingRepo';
import type { DataContext } from './dataContext';
import { editHostSeries, planSeriesEdit } from './seriesEditRepo';
import { createHostSeries, endSeriesFrom, skipOccurrence } from './seriesRepo';
import { openTestContext } from './testContext';

let context: DataContext;
afterEach(() => { context.db.close(); });

const CPH = 'Europe/Copenhagen';
const now = () => zonedInstant('2026-12-01', '09:00', CPH);
const weekly = (overrides: Partial<BookingSeriesFields> = {}): BookingSeriesFields => ({
  resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: 'Strikkeklub',
  weekdays: [2], startDate: '2026-12-01', until: '2026-12-29', count: null, startTime: '17:00', endTime: '19:00', status: 'active', ...overrides,
});
const exceptionsOf = async (seriesId: string) => (await context.db.seriesExceptions.where('seriesId').equals(seriesId).toArray())
  .filter((row) => !row.deleted).map((row) => [row.date, row.kind]).sort();

async function bookRoom(date: string, from: string, to: string) {
  const saved = await saveHostBooking(context, null, {
    resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: 'Julefrokost',
    startsAt: zonedInstant(date, from, CPH).toISOString(), endsAt: zonedInstant(date, to, CPH).toISOString(), publicEvent: null,
  });
  if (saved.kind !== 'saved') throw new Error('not booked');
  return saved.booking;
}

async function series(fields: BookingSeriesFields) {
  const created = await createHostSeries(context, fields);
  if (created.kind !== 'created') throw new Error('not created');
  return created.series;
}

describe('changing a weekly booking', () => {
  it('changes a rule none of whose dates has passed in place: a cancelled date stays cancelled, a taken one is listed and left out, undo puts it back', async () => {
    context = await openTestContext({ now });
    const knitting = await series(weekly());
    await skipOccurrence(context, knitting.id, '2026-12-08');
    // The party holds Thursday evening: under the old rule (Tuesdays) it was never in the way.
    const party = await bookRoom('2026-12-10', '18:00', '23:00');

    const changed = weekly({ weekdays: [2, 4], startTime: '17:30', endTime: '19:30' });
    const plan = await planSeriesEdit(context, knitting, changed);
    expect(plan.keptOut).toEqual(['2026-12-08']);
    expect(plan.conflicts.map((conflict) => [conflict.occurrence.date, conflict.holder.kind === 'booking' ? conflict.holder.booking.id : ''])).toEqual([['2026-12-10', party.id]]);
    // Tuesdays and Thursdays of December from the 1st to the 29th: 9 dates, one kept out, one taken.
    expect(plan.bookable).toHaveLength(7);

    const outcome = await editHostSeries(context, knitting.id, changed);
    if (outcome.kind !== 'saved') throw new Error(outcome.kind);
    expect(outcome.series.id).toBe(knitting.id);
    expect(outcome.skipped).toBe(1);
    expect(await context.db.bookingSeries.count()).toBe(1);
    expect((await context.db.bookingSeries.get(knitting.id))).toMatchObject({ weekdays: [2, 4], startTime: '17:30', endTime: '19:30' });
    expect(await exceptionsOf(knitting.id)).toEqual([['2026-12-08', 'skipped'], ['2026-12-10', 'conflict']]);

    await outcome.undo();
    expect((await context.db.bookingSeries.get(knitting.id))).toMatchObject({ weekdays: [2], startTime: '17:00', endTime: '19:00' });
    expect(await exceptionsOf(knitting.id)).toEqual([['2026-12-08', 'skipped']]);
  });

  it('ends a series that has begun on its last date before the change and goes on with a new one; what was cancelled after stays cancelled', async () => {
    context = await openTestContext({ now });
    const knitting = await series(weekly({ startDate: '2026-11-03', until: null, count: 10 }));
    await skipOccurrence(context, knitting.id, '2026-12-22');

    // From 15 December on, Wednesdays instead, for the six dates that were left.
    const changed = weekly({ weekdays: [2, 3], startDate: '2026-12-15', until: null, count: 6 });
    const outcome = await editHostSeries(context, knitting.id, changed);
    if (outcome.kind !== 'saved') throw new Error(outcome.kind);
    expect(outcome.series.id).not.toBe(knitting.id);
    expect(await context.db.bookingSeries.get(knitting.id)).toMatchObject({ until: '2026-12-08', count: null, weekdays: [2] });
    expect(outcome.series).toMatchObject({ startDate: '2026-12-15', weekdays: [2, 3], count: 6 });
    expect(await exceptionsOf(outcome.series.id)).toEqual([['2026-12-22', 'skipped']]);

    await outcome.undo();
    expect((await context.db.bookingSeries.toArray()).filter((row) => !row.deleted).map((row) => row.id)).toEqual([knitting.id]);
    expect(await context.db.bookingSeries.get(knitting.id)).toMatchObject({ until: null, count: 10 });
    expect(await exceptionsOf(outcome.series.id)).toEqual([]);
  });

  it('refuses a change whose every date is taken, and one to a series ended meanwhile', async () => {
    context = await openTestContext({ now });
    const knitting = await series(weekly({ until: '2026-12-08' }));
    await bookRoom('2026-12-03', '08:00', '22:00');
    await bookRoom('2026-12-10', '08:00', '22:00');
    expect(await editHostSeries(context, knitting.id, weekly({ weekdays: [4], startDate: '2026-12-03', until: '2026-12-10' }))).toEqual({ kind: 'nothingFree' });
    await endSeriesFrom(context, knitting.id, '2026-12-01');
    expect(await editHostSeries(context, knitting.id, weekly({ until: '2026-12-08' }))).toEqual({ kind: 'gone' });
  });
});
