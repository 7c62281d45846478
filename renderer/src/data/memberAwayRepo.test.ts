import { afterEach, describe, expect, it } from 'vitest';
import { zonedInstant } from '@core/time/zonedTime';
import { saveHostBooking, type HostBookingFields } from './bookingRepo';
import type { DataContext } from './dataContext';
import { cancelMemberAway, planMemberAway, undoMemberAway } from './memberAwayRepo';
import { createHostSeries } from './seriesRepo';
import { openTestContext } from './testContext';

let context: DataContext;
afterEach(() => { context.db.close(); });

const CPH = 'Europe/Copenhagen';
const now = () => zonedInstant('2026-12-01', '09:00', CPH);
const desk = (date: string, memberId = 'anna'): HostBookingFields => ({
  resourceKind: 'desk', resourceId: 'desk-1', memberId, title: '', publicEvent: null,
  startsAt: zonedInstant(date, '08:00', CPH).toISOString(), endsAt: zonedInstant(date, '18:00', CPH).toISOString(),
});

async function book(fields: HostBookingFields) {
  const outcome = await saveHostBooking(context, null, fields);
  if (outcome.kind !== 'saved') throw new Error('not booked');
  return outcome.booking;
}

describe("a member's days away", () => {
  it("cancels the member's bookings and weekly dates in the days, both ends included, and nobody else's", async () => {
    context = await openTestContext({ now });
    await book(desk('2026-12-03'));
    const first = await book(desk('2026-12-07'));
    const last = await book(desk('2026-12-11'));
    await book(desk('2026-12-14'));
    await book({ ...desk('2026-12-08', 'bo'), resourceId: 'desk-2' });
    const series = await createHostSeries(context, {
      resourceKind: 'room', resourceId: 'room-1', memberId: 'anna', title: 'Kor', weekdays: [2], startDate: '2026-12-01', until: '2027-01-26', count: null, startTime: '17:00', endTime: '19:00', status: 'active',
    });
    if (series.kind !== 'created') throw new Error('no series');
    const plan = await planMemberAway(context, 'anna', '2026-12-07', '2026-12-11');
    expect(plan.bookings.map((booking) => booking.id)).toEqual([first.id, last.id]);
    expect(plan.seriesDates.map((found) => found.date)).toEqual(['2026-12-08']);

    const done = await cancelMemberAway(context, 'anna', '2026-12-07', '2026-12-11');
    expect((await context.db.bookings.get(first.id))?.status).toBe('cancelled');
    expect((await context.db.seriesExceptions.toArray()).filter((row) => !row.deleted).map((row) => [row.date, row.kind])).toEqual([['2026-12-08', 'skipped']]);
    expect(await planMemberAway(context, 'anna', '2026-12-07', '2026-12-11')).toEqual({ bookings: [], seriesDates: [] });

    // Undo brings back what is still free; a desk taken meanwhile stays with its new holder.
    await book({ ...desk('2026-12-11', 'bo') });
    expect(await undoMemberAway(context, done)).toEqual({ notRestored: 1 });
    expect((await context.db.bookings.get(first.id))?.status).toBe('confirmed');
    expect((await context.db.bookings.get(last.id))?.status).toBe('cancelled');
    expect((await context.db.seriesExceptions.toArray()).filter((row) => !row.deleted)).toEqual([]);
  });
});
