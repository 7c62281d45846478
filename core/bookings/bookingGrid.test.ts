import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../time/zonedTime';
import { defaultBookingPolicy } from './bookingPolicy';
import { columnSpan, dayHours, deskPartOf, deskPartSpan, deskWeekColumns, roomDayColumns, roomDayRange, weekStartOf } from './bookingGrid';

const CPH = 'Europe/Copenhagen';
const tuesday = '2026-12-01';

describe('the day of a meeting room', () => {
  it('shows the opening hours in quarter hours, marking what lies outside them', () => {
    const hours = dayHours(tuesday, defaultBookingPolicy);
    expect(hours).toEqual({ opens: '08:00', closes: '18:00', open: true });
    const columns = roomDayColumns(tuesday, roomDayRange(hours, []), hours, CPH);
    expect(columns).toHaveLength(40);
    expect(columns[0]?.startsAt).toBe(zonedInstant(tuesday, '08:00', CPH).toISOString());
    expect(columns.at(-1)?.endsAt).toBe(zonedInstant(tuesday, '18:00', CPH).toISOString());
    expect(columns.some((column) => column.closed)).toBe(false);
  });

  it('widens to whole hours around a booking outside the hours, up to midnight', () => {
    const hours = dayHours(tuesday, defaultBookingPolicy);
    expect(roomDayRange(hours, [{ from: '19:30', to: '21:15' }])).toEqual({ from: '08:00', to: '22:00' });
    expect(roomDayRange(hours, [{ from: '06:45', to: '07:00' }, { from: '22:00', to: '00:00' }])).toEqual({ from: '06:00', to: '24:00' });
    const late = roomDayColumns(tuesday, { from: '17:00', to: '24:00' }, hours, CPH);
    expect(late).toHaveLength(28);
    expect(late.filter((column) => column.closed)).toHaveLength(24);
    expect(late.at(-1)?.endsAt).toBe(zonedInstant('2026-12-02', '00:00', CPH).toISOString());
  });

  it('shows a closed day in full working hours, all marked closed', () => {
    const saturday = dayHours('2026-12-05', defaultBookingPolicy);
    expect(saturday.open).toBe(false);
    expect(dayHours('2026-12-24', { ...defaultBookingPolicy, closedDates: ['2026-12-24'] }).open).toBe(false);
    expect(roomDayColumns('2026-12-05', roomDayRange(saturday, []), saturday, CPH).every((column) => column.closed)).toBe(true);
  });

  it('shows each quarter hour once on the night summer time begins, and never a column of no length', () => {
    const hours = { opens: '00:00', closes: '06:00', open: true };
    const columns = roomDayColumns('2027-03-28', { from: '00:00', to: '06:00' }, hours, CPH);
    // 02:00-03:00 does not exist that night.
    expect(columns).toHaveLength(20);
    expect(new Set(columns.map((column) => column.startsAt)).size).toBe(20);
    for (const column of columns) expect(Date.parse(column.endsAt) - Date.parse(column.startsAt)).toBe(15 * 60_000);
  });
});

describe('the week of the desks', () => {
  it('has a morning and an afternoon for each day from Monday, split at noon', () => {
    expect(weekStartOf(tuesday)).toBe('2026-11-30');
    expect(weekStartOf('2026-11-30')).toBe('2026-11-30');
    expect(weekStartOf('2026-12-06')).toBe('2026-11-30');
    const columns = deskWeekColumns('2026-11-30', defaultBookingPolicy, CPH);
    expect(columns).toHaveLength(14);
    expect(columns[2]).toMatchObject({ date: tuesday, part: 'morning', closed: false, startsAt: zonedInstant(tuesday, '08:00', CPH).toISOString(), endsAt: zonedInstant(tuesday, '12:00', CPH).toISOString() });
    expect(columns[3]).toMatchObject({ part: 'afternoon', endsAt: zonedInstant(tuesday, '18:00', CPH).toISOString() });
    expect(columns.filter((column) => column.closed).map((column) => column.date)).toEqual(['2026-12-05', '2026-12-05', '2026-12-06', '2026-12-06']);
  });

  it('splits a day that is open only in the afternoon in the middle of its hours', () => {
    const hours = { opens: '13:00', closes: '17:00', open: true };
    expect(deskPartSpan(tuesday, 'morning', hours, CPH).endsAt).toBe(zonedInstant(tuesday, '15:00', CPH).toISOString());
  });

  it('names the part of the day a desk booking takes, and none for any other time', () => {
    const hours = dayHours(tuesday, defaultBookingPolicy);
    for (const part of ['day', 'morning', 'afternoon'] as const) expect(deskPartOf(deskPartSpan(tuesday, part, hours, CPH), hours, CPH)).toBe(part);
    expect(deskPartOf({ startsAt: zonedInstant(tuesday, '09:00', CPH).toISOString(), endsAt: zonedInstant(tuesday, '18:00', CPH).toISOString() }, hours, CPH)).toBeNull();
  });
});

describe('where a booking sits in the grid', () => {
  it('covers every column it touches, and none when it lies outside', () => {
    const hours = dayHours(tuesday, defaultBookingPolicy);
    const columns = roomDayColumns(tuesday, roomDayRange(hours, []), hours, CPH);
    const at = (from: string, to: string) => ({ startsAt: zonedInstant(tuesday, from, CPH).toISOString(), endsAt: zonedInstant(tuesday, to, CPH).toISOString() });
    expect(columnSpan(columns, at('09:00', '10:00'))).toEqual({ first: 4, last: 7 });
    expect(columnSpan(columns, at('09:10', '09:20'))).toEqual({ first: 4, last: 5 });
    expect(columnSpan(columns, at('07:00', '08:00'))).toBeNull();
    expect(columnSpan(columns, at('07:00', '08:15'))).toEqual({ first: 0, last: 0 });
  });
});
