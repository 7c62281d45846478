import { describe, expect, it } from 'vitest';
import { addLocalDays, isoWeekdayOf, zonedDateOf, zonedEndOfDay, zonedInstant, zonedStartOfDay, zonedTimeOnDayOf } from './zonedTime';

const CPH = 'Europe/Copenhagen';

describe('calendar days in the hub zone', () => {
  it('names the hub day of an instant, which is not the day in UTC just before midnight', () => {
    expect(zonedDateOf(new Date('2026-10-25T22:30:00Z'), CPH)).toBe('2026-10-25');
    expect(zonedDateOf(new Date('2026-10-25T23:30:00Z'), CPH)).toBe('2026-10-26');
    expect(zonedDateOf(new Date('2026-10-25T23:30:00Z'), 'America/New_York')).toBe('2026-10-25');
  });

  it('makes the day summer time ends 25 hours long and the day it begins 23', () => {
    const length = (date: string) => (zonedEndOfDay(zonedInstant(date, '12:00', CPH), CPH).getTime() - zonedInstant(date, '00:00', CPH).getTime()) / 3_600_000;
    expect(length('2026-10-25')).toBe(25);
    expect(length('2026-03-29')).toBe(23);
    expect(length('2026-06-01')).toBe(24);
  });

  it('moves a time the clocks skip an hour on, and takes the later of a time they show twice', () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST; 25 October: 03:00 CEST falls back to 02:00 CET.
    expect(zonedInstant('2026-03-29', '02:30', CPH).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedInstant('2026-10-25', '02:30', CPH).toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('counts days and weekdays on the calendar, across month, year and leap day', () => {
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeekdayOf('2026-12-07')).toBe(1);
    expect(isoWeekdayOf('2026-12-06')).toBe(7);
  });

  it('refuses what is not a day or a time', () => {
    expect(() => zonedInstant('2026-13', '10:00', CPH)).toThrow(RangeError);
    expect(() => zonedInstant('2026-12-01', '7', CPH)).toThrow(RangeError);
  });
});

describe('the hub time zone', () => {
  it('finds 18:00 in Copenhagen on either side of a daylight-saving change, whatever zone the process runs in', () => {
    // Summer time ends on 25 October 2026 at 03:00 (UTC+2 -> UTC+1); it begins on 29 March at 02:00.
    expect(zonedTimeOnDayOf(new Date('2026-10-24T10:00:00Z'), '18:00', CPH).toISOString()).toBe('2026-10-24T16:00:00.000Z');
    expect(zonedTimeOnDayOf(new Date('2026-10-25T10:00:00Z'), '18:00', CPH).toISOString()).toBe('2026-10-25T17:00:00.000Z');
    expect(zonedTimeOnDayOf(new Date('2026-03-29T10:00:00Z'), '18:00', CPH).toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(zonedStartOfDay(new Date('2026-10-25T10:00:00Z'), CPH).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    // 23:30 UTC is already the next day in Copenhagen.
    expect(zonedStartOfDay(new Date('2026-10-25T23:30:00Z'), CPH).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(zonedTimeOnDayOf(new Date('2026-10-25T10:00:00Z'), '18:00', 'America/New_York').toISOString()).toBe('2026-10-25T22:00:00.000Z');
  });

  it('refuses a zone that does not exist, so a job fails loudly instead of closing at the wrong hour', () => {
    expect(() => zonedTimeOnDayOf(new Date(), '18:00', 'Europe/Atlantis')).toThrow(RangeError);
  });
});

