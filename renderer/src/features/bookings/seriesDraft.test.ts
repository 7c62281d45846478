import { describe, expect, it } from 'vitest';
import { defaultBookingPolicy } from '@core/bookings/bookingPolicy';
import { newBookingDraft } from './bookingDraft';
import { newSeriesDraft, seriesOfDraft } from './seriesDraft';

const calendar = { policy: defaultBookingPolicy, timeZone: 'Europe/Copenhagen' };
const room = newBookingDraft('room', 'room-1', '2026-12-01', '17:00', '19:00', 'day');

describe('a weekly series from the booking form', () => {
  it('repeats the booking on its weekday from its day, for eight weeks unless told otherwise', () => {
    const result = seriesOfDraft(room, { ...newSeriesDraft('2026-12-01'), repeat: true }, calendar, 'm1', '');
    expect(result).toEqual({ ok: true, fields: expect.objectContaining({ weekdays: [2], startDate: '2026-12-01', until: '2027-01-19', count: null, startTime: '17:00', endTime: '19:00', memberId: 'm1' }) as unknown });
  });

  it('repeats a desk\'s part of the day, and for a number of times when asked', () => {
    const desk = newBookingDraft('desk', 'desk-1', '2026-12-01', '09:00', '10:00', 'afternoon');
    const result = seriesOfDraft(desk, { ...newSeriesDraft('2026-12-01'), weekdays: [4, 2], endsBy: 'count', count: '10' }, calendar, null, 'Skolen');
    expect(result.ok && result.fields).toMatchObject({ weekdays: [2, 4], count: 10, until: null, startTime: '12:00', endTime: '18:00' });
  });

  it('says which field is wrong', () => {
    const base = newSeriesDraft('2026-12-01');
    const errorsOf = (patch: Partial<typeof base>, booking = room) => { const result = seriesOfDraft(booking, { ...base, ...patch }, calendar, null, 'x'); return result.ok ? null : result.errors; };
    expect(errorsOf({ weekdays: [] })).toEqual({ weekdays: 'weekdaysMissing' });
    expect(errorsOf({ endsBy: 'count', count: '0' })).toEqual({ count: 'countInvalid' });
    expect(errorsOf({ endsBy: 'count', count: 'many' })).toEqual({ count: 'countInvalid' });
    expect(errorsOf({ until: '2026-11-01' })).toEqual({ until: 'untilBeforeStart' });
    expect(errorsOf({ until: '2030-01-01' })).toEqual({ until: 'untilTooFar' });
    expect(errorsOf({}, { ...room, to: '24:00' })).toEqual({ to: 'pastMidnight' });
  });
});
