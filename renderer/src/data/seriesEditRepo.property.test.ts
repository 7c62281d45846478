import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seriesDates, seriesSlots, type BookingSeriesFields } from '@core/bookings/bookingSeries';
import { addLocalDays, zonedInstant } from '@core/time/zonedTime';
import { editHostSeries } from './seriesEditRepo';
import { createHostSeries, skipOccurrence } from './seriesRepo';
import { openTestContext } from './testContext';

const CPH = 'Europe/Copenhagen';
const FIRST = '2027-03-01';
const WINDOW = { from: '2027-01-01', to: '2029-06-01' };

const rule = fc.record({
  weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
  startOffset: fc.integer({ min: 0, max: 20 }),
  weeks: fc.integer({ min: 1, max: 20 }),
  byCount: fc.boolean(),
});
const times = fc.constantFrom(['08:00', '09:00'], ['17:00', '19:00'], ['12:15', '13:45']);

/**
 * For any weekly booking, any dates a host cancelled, and any change from any day on (other
 * weekdays, times or end): no cancelled date comes back, and nothing before the change moves.
 */
describe('changing a weekly booking, for any rule, cancellations and change', () => {
  it('never brings a cancelled date back and keeps every date before the change as it was', async () => {
    await fc.assert(fc.asyncProperty(rule, rule, times, fc.array(fc.nat(), { maxLength: 6 }), fc.nat(), async (before, after, [startTime, endTime], skips, fromPick) => {
      const context = await openTestContext({ now: () => zonedInstant(FIRST, '07:00', CPH) });
      try {
        const startDate = addLocalDays(FIRST, before.startOffset);
        const fields: BookingSeriesFields = {
          resourceKind: 'room', resourceId: 'room-1', memberId: null, title: 'Klub', weekdays: before.weekdays, startDate,
          until: before.byCount ? null : addLocalDays(startDate, before.weeks * 7), count: before.byCount ? before.weeks * before.weekdays.length : null,
          startTime: '10:00', endTime: '11:00', status: 'active',
        };
        const created = await createHostSeries(context, fields);
        if (created.kind !== 'created') throw new Error('a lone series is always free');
        const dates = seriesDates(fields);
        const cancelled = [...new Set(skips.map((pick) => dates[pick % dates.length] ?? startDate))];
        for (const date of cancelled) await skipOccurrence(context, created.series.id, date);
        const held = async () => {
          const series = (await context.db.bookingSeries.toArray()).filter((row) => !row.deleted);
          const exceptions = (await context.db.seriesExceptions.toArray()).filter((row) => !row.deleted);
          return seriesSlots(series, exceptions, WINDOW, CPH).map((slot) => ({ date: slot.date, startsAt: slot.startsAt }));
        };
        const from = dates[fromPick % dates.length] ?? startDate;
        const heldBefore = (await held()).filter((slot) => slot.date < from);

        const changed: BookingSeriesFields = {
          ...fields, weekdays: after.weekdays, startDate: from, startTime, endTime,
          until: after.byCount ? null : addLocalDays(from, after.weeks * 7), count: after.byCount ? after.weeks * after.weekdays.length : null,
        };
        const expected = seriesDates(changed).filter((date) => !cancelled.includes(date));
        const heldAtFirst = await held();
        const outcome = await editHostSeries(context, created.series.id, changed);
        const heldAfter = await held();
        if (expected.length === 0) {
          // Every date of the new rule was cancelled: nothing to book, nothing changes.
          expect(outcome.kind).toBe('nothingFree');
          expect(heldAfter).toEqual(heldAtFirst);
          return;
        }
        expect(outcome.kind).toBe('saved');
        for (const date of cancelled.filter((found) => found >= from)) expect(heldAfter.map((slot) => slot.date)).not.toContain(date);
        expect(heldAfter.filter((slot) => slot.date < from)).toEqual(heldBefore);
        // Every other date of the new rule is booked once.
        expect(heldAfter.filter((slot) => slot.date >= from).map((slot) => slot.date).sort()).toEqual(expected);
      } finally {
        context.db.close();
      }
    }), { numRuns: 40 });
  });
});
