import { describe, expect, it } from 'vitest';
import type { Booking } from '@core/schemas';
import { layoutByRow } from './timelineLayout';
import type { PlacedBooking } from './useBookingTimeline';

function placed(id: string, rowId: string, first: number, last: number, status: Booking['status'] = 'confirmed'): PlacedBooking {
  const booking = {
    id, resourceKind: 'desk', resourceId: rowId, memberId: null, title: id, startsAt: '2026-12-02T08:00:00.000Z', endsAt: '2026-12-02T11:00:00.000Z',
    status, rejection: null, confirmedAt: null, hlc: { '*': '0001700000000-000000-hostA' }, deviceId: 'hostA', deleted: false,
  } satisfies Booking;
  return { booking, series: null, rowId, first, last, who: id, time: '' };
}

describe('the timeline\'s rows', () => {
  it('names in each cell the first confirmed booking over it, else the first other one, and keeps each row\'s blocks in order', () => {
    const refused = placed('refused', 'd1', 0, 3, 'rejected');
    const first = placed('first', 'd1', 2, 2);
    const second = placed('second', 'd1', 2, 5);
    const released = placed('released', 'd2', 1, 1, 'released');
    const rows = layoutByRow([refused, first, second, released], 6);
    expect(rows.get('d1')?.holders.map((holder) => holder?.booking.id ?? null)).toEqual(['refused', 'refused', 'first', 'second', 'second', 'second']);
    expect(rows.get('d1')?.blocks).toEqual([refused, first, second]);
    expect(rows.get('d2')?.holders.map((holder) => holder?.booking.id ?? null)).toEqual([null, 'released', null, null, null, null]);
    expect(rows.has('d3')).toBe(false);
  });
});
