import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotsOverlap } from '../bookingRules';
import { addLocalDays, isoWeekdayOf, zonedDateOf } from '../time/zonedTime';
import { bookingSeriesFieldsSchema, expandSeries, MAX_SERIES_COUNT, MAX_SERIES_DAYS, occurrenceId, parseOccurrenceId, planSeries, seriesDates, seriesDatesIn, seriesExceptionId, seriesSlots, type BookingSeriesFields } from './bookingSeries';

const CPH = 'Europe/Copenhagen';
const series = (overrides: Partial<BookingSeriesFields> = {}): BookingSeriesFields => ({
  resourceKind: 'room', resourceId: 'room1', memberId: null, title: 'Strikkeklub',
  weekdays: [2], startDate: '2026-10-01', until: '2026-11-30', count: null,
  startTime: '17:00', endTime: '19:00', status: 'active', ...overrides,
});
const all = { from: '2000-01-01', to: '2100-01-01' };
const localTime = (iso: string) => new Intl.DateTimeFormat('en-GB', { timeZone: CPH, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('a weekly series', () => {
  it('meets on its weekdays at the same wall-clock time on both sides of the end of summer time', () => {
    const occurrences = expandSeries(series(), [], all, CPH);
    expect(occurrences.map((occurrence) => occurrence.date)).toEqual(['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10', '2026-11-17', '2026-11-24']);
    // 17:00 in Copenhagen is 15:00 UTC in summer time and 16:00 UTC after 25 October.
    expect(occurrences[2]?.startsAt).toBe('2026-10-20T15:00:00.000Z');
    expect(occurrences[3]?.startsAt).toBe('2026-10-27T16:00:00.000Z');
    expect(new Set(occurrences.map((occurrence) => localTime(occurrence.startsAt)))).toEqual(new Set(['17:00']));
  });

  it('counts taken-out dates towards its count, so cancelling a date never adds one at the end', () => {
    const counted = series({ until: null, count: 3 });
    expect(seriesDates(counted)).toEqual(['2026-10-06', '2026-10-13', '2026-10-20']);
    expect(expandSeries(counted, [{ date: '2026-10-13', kind: 'skipped' }], all, CPH).map((occurrence) => occurrence.date)).toEqual(['2026-10-06', '2026-10-20']);
  });

  it('gives only the occurrences inside the window asked for', () => {
    expect(expandSeries(series(), [], { from: '2026-10-13', to: '2026-10-21' }, CPH).map((occurrence) => occurrence.date)).toEqual(['2026-10-13', '2026-10-20']);
  });

  it('keeps one exception per series and date, whichever machine makes it', () => {
    expect(seriesExceptionId('01J9ZS', '2026-10-13')).toBe('01J9ZS_20261013');
    expect(seriesExceptionId('01J9ZS', '2026-10-13')).toBe(seriesExceptionId('01J9ZS', '2026-10-13'));
  });

  it('refuses a rule that cannot be a series, in the field that is wrong', () => {
    const issueOf = (fields: Partial<BookingSeriesFields>) => bookingSeriesFieldsSchema.safeParse(series(fields)).error?.issues[0]?.path[0];
    expect(issueOf({})).toBeUndefined();
    expect(issueOf({ until: null, count: null })).toBe('until');
    expect(issueOf({ count: 4 })).toBe('until');
    expect(issueOf({ until: '2026-09-01' })).toBe('until');
    expect(issueOf({ until: '2029-01-01' })).toBe('until');
    expect(issueOf({ endTime: '16:00' })).toBe('endTime');
    expect(issueOf({ weekdays: [2, 2] })).toBe('weekdays');
    expect(issueOf({ weekdays: [] })).toBe('weekdays');
    expect(issueOf({ startTime: '25:00' })).toBe('startTime');
  });
});

describe('planning a series against the bookings already made', () => {
  it('lists the dates another booking holds and books only the rest', () => {
    const held = { id: 'b-held', resourceId: 'room1', status: 'confirmed' as const, startsAt: '2026-10-13T16:00:00.000Z', endsAt: '2026-10-13T16:30:00.000Z' };
    const elsewhere = { ...held, id: 'b-other-room', resourceId: 'room2', startsAt: '2026-10-20T15:00:00.000Z', endsAt: '2026-10-20T17:00:00.000Z' };
    const cancelled = { ...held, id: 'b-cancelled', status: 'cancelled' as const, startsAt: '2026-10-27T16:00:00.000Z', endsAt: '2026-10-27T18:00:00.000Z' };
    const plan = planSeries(series(), [], [held, elsewhere, cancelled], all, CPH);
    expect(plan.conflicts.map(({ occurrence, winnerId }) => [occurrence.date, winnerId])).toEqual([['2026-10-13', 'b-held']]);
    expect(plan.bookable.map((occurrence) => occurrence.date)).not.toContain('2026-10-13');
    expect(plan.bookable).toHaveLength(7);
  });
});

describe('series properties', () => {
  const zones = fc.constantFrom('Europe/Copenhagen', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'UTC');
  const dayOffset = fc.integer({ min: 0, max: 900 });
  const time = fc.tuple(fc.integer({ min: 6, max: 20 }), fc.constantFrom(0, 15, 30, 45)).map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
  const rule = fc.record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    start: dayOffset,
    length: fc.integer({ min: 0, max: 400 }),
    startTime: time,
    minutes: fc.integer({ min: 15, max: 180 }),
  });

  it('every occurrence falls on a chosen weekday, inside the series, at its wall-clock time in the hub zone, and none overlap', () => {
    fc.assert(fc.property(rule, zones, ({ weekdays, start, length, startTime, minutes }, zone) => {
      const startDate = addLocalDays('2026-01-01', start);
      const [hours = 0, mins = 0] = startTime.split(':').map(Number);
      const endMinutes = Math.min(hours * 60 + mins + minutes, 23 * 60 + 45);
      const endTime = `${String(Math.floor(endMinutes / 60)).padStart(2, '0')}:${String(endMinutes % 60).padStart(2, '0')}`;
      const occurrences = expandSeries({ weekdays, startDate, until: addLocalDays(startDate, length), count: null, startTime, endTime }, [], all, zone);
      const wall = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
      for (const occurrence of occurrences) {
        expect(weekdays).toContain(isoWeekdayOf(occurrence.date));
        expect(zonedDateOf(new Date(occurrence.startsAt), zone)).toBe(occurrence.date);
        // 06:00-20:45 exists on every day in these zones: no daylight-saving change skips it.
        expect(wall.format(new Date(occurrence.startsAt))).toBe(startTime);
        expect(Date.parse(occurrence.endsAt)).toBeGreaterThan(Date.parse(occurrence.startsAt));
      }
      for (const [index, occurrence] of occurrences.entries()) {
        const next = occurrences[index + 1];
        if (next) expect(slotsOverlap(occurrence, next)).toBe(false);
      }
    }));
  });

  it('reads a window\'s dates as the whole rule would list them, by date or by count, without walking the weeks before', () => {
    /** The rule walked day by day from its first date: what seriesDatesIn must agree with. */
    const walked = (rule: { weekdays: number[]; startDate: string; until: string | null; count: number | null }) => {
      const dates: string[] = [];
      const last = rule.until ?? addLocalDays(rule.startDate, MAX_SERIES_DAYS);
      for (let date = rule.startDate; date <= last && dates.length < (rule.count ?? Infinity); date = addLocalDays(date, 1)) {
        if (rule.weekdays.includes(isoWeekdayOf(date))) dates.push(date);
      }
      return dates;
    };
    const window = fc.record({ from: fc.integer({ min: -30, max: 1000 }), days: fc.integer({ min: 1, max: 120 }) });
    fc.assert(fc.property(rule, fc.boolean(), window, ({ weekdays, start, length }, byCount, { from, days }) => {
      const startDate = addLocalDays('2026-01-01', start);
      const rule = byCount
        ? { weekdays, startDate, until: null, count: Math.max(1, Math.min(length, MAX_SERIES_COUNT)), startTime: '09:00', endTime: '10:00' }
        : { weekdays, startDate, until: addLocalDays(startDate, length), count: null, startTime: '09:00', endTime: '10:00' };
      const shown = { from: addLocalDays(startDate, from), to: addLocalDays(startDate, from + days) };
      const all = walked(rule);
      expect(seriesDates(rule)).toEqual(all);
      expect(seriesDatesIn(rule, shown)).toEqual(all.filter((date) => date >= shown.from && date < shown.to));
    }));
  });

  it('taking dates out removes exactly those dates, whatever else changes', () => {
    fc.assert(fc.property(rule, fc.array(fc.nat(), { maxLength: 10 }), ({ weekdays, start, length, startTime }, picks) => {
      const base = { weekdays, startDate: addLocalDays('2026-01-01', start), until: null, count: Math.max(1, Math.min(length, 100)), startTime, endTime: '21:00' };
      const dates = seriesDates(base);
      const taken = picks.map((pick) => dates[pick % dates.length]!).map((date) => ({ date, kind: 'skipped' as const }));
      const left = expandSeries(base, taken, all, CPH).map((occurrence) => occurrence.date);
      expect(left).toEqual(dates.filter((date) => !taken.some((exception) => exception.date === date)));
      // The same exceptions on an edited rule (other times) still take the same dates out.
      const edited = expandSeries({ ...base, startTime: '06:00', endTime: '07:00' }, taken, all, CPH).map((occurrence) => occurrence.date);
      expect(edited).toEqual(left);
    }));
  });
});

describe('the occurrences every overlap check counts', () => {
  it('expands active series without their taken-out dates, each with its own id, and none of a cancelled or deleted series', () => {
    const active = { id: 's1', ...series() };
    const slots = seriesSlots(
      [active, { id: 's2', ...series({ status: 'cancelled' }) }, { id: 's3', ...series(), deleted: true }],
      [{ seriesId: 's1', date: '2026-10-13', kind: 'skipped' }, { seriesId: 's1', date: '2026-10-20', kind: 'skipped', deleted: true }, { seriesId: 's2', date: '2026-10-06', kind: 'conflict' }],
      { from: '2026-10-01', to: '2026-10-28' }, CPH,
    );
    expect(slots.map((slot) => slot.id)).toEqual(['s1@2026-10-06', 's1@2026-10-20', 's1@2026-10-27']);
    expect(slots[0]).toMatchObject({ seriesId: 's1', date: '2026-10-06', status: 'confirmed', resourceId: 'room1', resourceKind: 'room', memberId: null });
    expect(occurrenceId('s1', '2026-10-06')).toBe('s1@2026-10-06');
  });
});

describe('what happened to a date', () => {
  const weekly = { id: 's1', ...series() };
  const window = { from: '2026-10-01', to: '2026-10-28' };

  it('keeps a date checked into, confirmed when its stamp was made, and takes out a released one like a skipped one', () => {
    const slots = seriesSlots([weekly], [
      { seriesId: 's1', date: '2026-10-06', kind: 'checkedIn', hlc: { '*': '1791817500000-000000-kiosk' } },
      { seriesId: 's1', date: '2026-10-13', kind: 'released' },
    ], window, CPH);
    expect(slots.map((slot) => [slot.date, slot.confirmedAt])).toEqual([
      ['2026-10-06', new Date(1791817500000).toISOString()], ['2026-10-20', null], ['2026-10-27', null],
    ]);
    expect(expandSeries(weekly, [{ date: '2026-10-06', kind: 'checkedIn' }], window, CPH).map((occurrence) => occurrence.date)).toEqual(['2026-10-06', '2026-10-13', '2026-10-20', '2026-10-27']);
  });

  it('reads the series and date back from an occurrence id, and nothing from a record id', () => {
    expect(parseOccurrenceId(occurrenceId('s1', '2026-10-06'))).toEqual({ seriesId: 's1', date: '2026-10-06' });
    expect(parseOccurrenceId('01J9ZS')).toBeNull();
  });
});
