import { describe, expect, it } from 'vitest';
import { formatHlc } from '@core/hlc';
import type { BookingSeries, SeriesException } from '@core/schemas';
import { zonedInstant } from '@core/time/zonedTime';
import { occurrencesAsBookings, releasedDatesAsBookings } from './occupancy';

const CPH = 'Europe/Copenhagen';
const synced = { hlc: { '*': formatHlc({ wallMs: Date.parse('2026-11-01T10:00:00Z'), counter: 0, node: 'hosta' }) }, deviceId: 'hostA', deleted: false };
/** The kiosk's check-in of 16 November, at 09:05 on the hub's clock: its stamp says when. */
const cameAt = zonedInstant('2026-11-16', '09:05', CPH);
// Mondays 09:00-11:00 in the hub's zone, four times from 9 November 2026.
const series: BookingSeries = {
  id: 's1', resourceKind: 'desk', resourceId: 'desk-1', memberId: 'm1', title: '', weekdays: [1], startDate: '2026-11-09', until: null, count: 4,
  startTime: '09:00', endTime: '11:00', status: 'active', ...synced,
};
const exception = (date: string, kind: SeriesException['kind']): SeriesException => ({ id: `s1_${date.replaceAll('-', '')}`, seriesId: 's1', date, kind, winnerId: null, ...synced });
const checkedIn = { ...exception('2026-11-16', 'checkedIn'), hlc: { '*': formatHlc({ wallMs: cameAt.getTime(), counter: 0, node: 'kiosk' }) } };
const data = { series: [series], exceptions: [checkedIn, exception('2026-11-23', 'released'), exception('2026-11-30', 'skipped')] };
const window = { from: '2026-11-01', to: '2026-12-31' };

describe('the dates of a series as bookings', () => {
  it('holds a date checked into, confirmed at its stamp, and none released or skipped', () => {
    expect(occurrencesAsBookings(data, window, CPH).map(({ booking }) => [booking.id, booking.status, booking.confirmedAt])).toEqual([
      ['s1@2026-11-09', 'confirmed', null],
      ['s1@2026-11-16', 'confirmed', cameAt.toISOString()],
    ]);
  });

  it('gives the host\'s timeline the released dates as released bookings at their own times, and nothing else', () => {
    expect(releasedDatesAsBookings(data, window, CPH).map(({ booking }) => booking)).toMatchObject([
      { id: 's1@2026-11-23', status: 'released', confirmedAt: null, startsAt: zonedInstant('2026-11-23', '09:00', CPH).toISOString(), endsAt: zonedInstant('2026-11-23', '11:00', CPH).toISOString() },
    ]);
    expect(releasedDatesAsBookings(data, { from: '2026-11-24', to: '2026-12-31' }, CPH)).toEqual([]);
    expect(releasedDatesAsBookings({ ...data, series: [{ ...series, status: 'cancelled' }] }, window, CPH)).toEqual([]);
  });
});
