import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../time/zonedTime';
import type { StoredSeries } from './bookingSeries';
import { seriesAsksForSlots, seriesConflicts, seriesFreedBy, seriesSlotsAround } from './seriesOverlap';

const CPH = 'Europe/Copenhagen';
const rule = (overrides: Partial<StoredSeries> = {}): StoredSeries => ({
  id: 's1', resourceKind: 'room', resourceId: 'room1', memberId: null, weekdays: [3], startDate: '2026-12-01', until: '2026-12-31', count: null,
  startTime: '10:00', endTime: '12:00', status: 'active', ...overrides,
});
const at = (date: string, from: string, to: string) => ({ startsAt: zonedInstant(date, from, CPH).toISOString(), endsAt: zonedInstant(date, to, CPH).toISOString() });
const booking = (id: string, date: string, from: string, to: string) => ({ id, resourceId: 'room1', status: 'confirmed' as const, ...at(date, from, to) });
const now = zonedInstant('2026-12-02', '11:00', CPH);
const nothing = { exceptions: [], bookings: [], otherSeries: [], otherExceptions: [] };

describe('which changes ask the hub to plan a series again', () => {
  it('asks for a new series, one active again, and another time, day, date or place; not for a title or a cancel', () => {
    const before = rule();
    expect(seriesAsksForSlots(undefined, before)).toBe(true);
    expect(seriesAsksForSlots({ ...before, status: 'cancelled' }, before)).toBe(true);
    expect(seriesAsksForSlots(before, { ...before, startTime: '09:00' })).toBe(true);
    expect(seriesAsksForSlots(before, { ...before, weekdays: [3, 4] })).toBe(true);
    expect(seriesAsksForSlots(before, { ...before, resourceId: 'room2' })).toBe(true);
    const forAnother: StoredSeries = { ...before, memberId: 'm1' };
    expect(seriesAsksForSlots(before, forAnother)).toBe(false);
    expect(seriesAsksForSlots(before, { ...before, status: 'cancelled' })).toBe(false);
    expect(seriesAsksForSlots(before, { ...before, deleted: true })).toBe(false);
  });

  it('gives a date back when its exception is removed or moved, never when one is made', () => {
    const exception = { seriesId: 's1', date: '2026-12-09', deleted: false };
    expect(seriesFreedBy(exception, { ...exception, deleted: true })).toBe('s1');
    expect(seriesFreedBy(exception, { ...exception, date: '2026-12-16' })).toBe('s1');
    expect(seriesFreedBy(undefined, exception)).toBeNull();
    expect(seriesFreedBy({ ...exception, deleted: true }, exception)).toBeNull();
  });

  it('gives a date back when a release or a skip goes or becomes a check-in, never when a check-in goes', () => {
    const released = { seriesId: 's1', date: '2026-12-09', kind: 'released', deleted: false };
    expect(seriesFreedBy(released, { ...released, deleted: true })).toBe('s1');
    expect(seriesFreedBy({ ...released, kind: 'skipped' }, { ...released, kind: 'checkedIn' })).toBe('s1');
    expect(seriesFreedBy({ ...released, kind: 'checkedIn' }, { ...released, kind: 'checkedIn', deleted: true })).toBeNull();
    expect(seriesFreedBy({ ...released, kind: 'checkedIn' }, { ...released, kind: 'skipped' })).toBeNull();
  });
});

describe('the occurrences around a booking', () => {
  it('expands only the days the booking touches', () => {
    expect(seriesSlotsAround([rule({ weekdays: [1, 2, 3, 4, 5, 6, 7] })], [], at('2026-12-09', '11:00', '13:00'), CPH).map((slot) => slot.date)).toEqual(['2026-12-08', '2026-12-09', '2026-12-10']);
    expect(seriesSlotsAround([rule()], [{ seriesId: 's1', date: '2026-12-09', kind: 'skipped' }], at('2026-12-09', '11:00', '13:00'), CPH)).toEqual([]);
  });
});

describe('the dates a series loses', () => {
  it('loses a date to a confirmed booking or to another active series, never to a cancelled one', () => {
    const around = { ...nothing, bookings: [booking('b1', '2026-12-09', '11:00', '12:30'), { ...booking('b2', '2026-12-16', '10:00', '11:00'), status: 'cancelled' as const }], otherSeries: [rule({ id: 's2', weekdays: [3], startDate: '2026-12-23', until: null, count: 1, startTime: '11:30', endTime: '13:00' })] };
    expect(seriesConflicts(rule(), around, now, CPH)).toEqual([{ date: '2026-12-09', winnerId: 'b1' }, { date: '2026-12-23', winnerId: 's2' }]);
  });

  it('writes nothing for a date already taken out, an occurrence that ended, or a series not active', () => {
    const bookings = [booking('b1', '2026-12-09', '10:00', '11:00'), booking('b0', '2026-12-02', '10:00', '10:30')];
    const around = { ...nothing, bookings, exceptions: [{ seriesId: 's1', date: '2026-12-09', kind: 'skipped' as const }] };
    // Today's occurrence runs until 12:00: it has not ended, and loses to b0.
    expect(seriesConflicts(rule(), around, now, CPH)).toEqual([{ date: '2026-12-02', winnerId: 'b0' }]);
    expect(seriesConflicts(rule(), around, zonedInstant('2026-12-02', '12:00', CPH), CPH)).toEqual([]);
    expect(seriesConflicts(rule({ status: 'cancelled' }), { ...nothing, bookings }, now, CPH)).toEqual([]);
  });
});
