import { afterEach, describe, expect, it } from 'vitest';
import { zonedInstant } from '@core/time/zonedTime';
import { cancelBooking, cancelMemberBooking, restoreBooking, saveHostBooking, type HostBookingFields } from './bookingRepo';
import type { DataContext } from './dataContext';
import { openTestContext } from './testContext';

let context: DataContext;
afterEach(() => { context.db.close(); });

const CPH = 'Europe/Copenhagen';
const now = () => zonedInstant('2026-12-01', '09:00', CPH);
const room = (from: string, to: string, overrides: Partial<HostBookingFields> = {}): HostBookingFields => ({
  resourceKind: 'room', resourceId: 'room-fjorden', memberId: 'member-anna', title: '',
  startsAt: zonedInstant('2026-12-01', from, CPH).toISOString(), endsAt: zonedInstant('2026-12-01', to, CPH).toISOString(), ...overrides,
});

async function saved(outcome: ReturnType<typeof saveHostBooking>) {
  const result = await outcome;
  if (result.kind !== 'saved') throw new Error(`not saved: ${result.kind}`);
  return result.booking;
}

describe('the bookings a host makes', () => {
  it('books a free time, and queues the booking for the hub', async () => {
    context = await openTestContext({ now });
    const booking = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    expect(booking).toMatchObject({ status: 'confirmed', rejection: null, confirmedAt: null, resourceId: 'room-fjorden' });
    expect(await context.db.outbox.count()).toBe(1);
  });

  it('refuses a time another booking holds, names the holder, and writes nothing', async () => {
    context = await openTestContext({ now });
    const first = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    const outcome = await saveHostBooking(context, null, room('10:45', '12:00', { memberId: null, title: 'Visiting school' }));
    expect(outcome).toMatchObject({ kind: 'breach', breach: { code: 'bookingConflict', winnerId: first.id }, holder: { id: first.id } });
    expect(await context.db.bookings.count()).toBe(1);
    expect(await context.db.outbox.count()).toBe(1);
    // Touching is not overlapping; another room is another room.
    await saved(saveHostBooking(context, null, room('11:00', '12:00')));
    await saved(saveHostBooking(context, null, room('10:00', '11:00', { resourceId: 'room-skoven' })));
  });

  it('lets a host book outside the member rules: an evening, a Saturday, a whole day', async () => {
    context = await openTestContext({ now });
    await saved(saveHostBooking(context, null, room('19:00', '23:00')));
    await saved(saveHostBooking(context, null, { ...room('08:00', '18:00'), startsAt: zonedInstant('2026-12-05', '08:00', CPH).toISOString(), endsAt: zonedInstant('2026-12-05', '18:00', CPH).toISOString() }));
  });

  it('moves a booking to a free time, never onto another, and never its own time counts against it', async () => {
    context = await openTestContext({ now });
    const meeting = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    const other = await saved(saveHostBooking(context, null, room('13:00', '14:00')));
    expect((await saveHostBooking(context, meeting.id, room('10:30', '11:30'))).kind).toBe('saved');
    expect(await saveHostBooking(context, meeting.id, room('12:30', '13:30'))).toMatchObject({ kind: 'breach', breach: { code: 'bookingConflict', winnerId: other.id } });
    expect(await context.db.bookings.get(meeting.id)).toMatchObject({ startsAt: room('10:30', '11:30').startsAt });
  });

  it('books a time the hub refused again once the host picks a free one', async () => {
    context = await openTestContext({ now });
    const booking = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    await context.db.bookings.update(booking.id, { status: 'rejected', rejection: { code: 'bookingConflict', params: {}, winnerId: null } });
    expect(await saved(saveHostBooking(context, booking.id, room('15:00', '16:00')))).toMatchObject({ status: 'confirmed', rejection: null });
  });

  it('cancels in one step and brings the booking back on undo, unless its time was taken meanwhile', async () => {
    context = await openTestContext({ now });
    const booking = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    expect(await cancelBooking(context, booking.id)).toMatchObject({ kind: 'cancelled', booking: { status: 'cancelled' } });
    expect(await cancelBooking(context, booking.id)).toEqual({ kind: 'gone' });
    expect(await restoreBooking(context, booking.id)).toMatchObject({ kind: 'saved', booking: { status: 'confirmed' } });
    await cancelBooking(context, booking.id);
    const taker = await saved(saveHostBooking(context, null, room('10:30', '11:30')));
    expect(await restoreBooking(context, booking.id)).toMatchObject({ kind: 'breach', holder: { id: taker.id } });
    expect(await context.db.bookings.get(booking.id)).toMatchObject({ status: 'cancelled' });
  });

  it('says a booking is gone when it was deleted or released meanwhile', async () => {
    context = await openTestContext({ now });
    expect(await saveHostBooking(context, 'no-such-booking', room('10:00', '11:00'))).toEqual({ kind: 'gone' });
    const booking = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    await context.db.bookings.update(booking.id, { status: 'released' });
    expect(await saveHostBooking(context, booking.id, room('10:00', '11:30'))).toEqual({ kind: 'gone' });
    expect(await cancelBooking(context, booking.id)).toEqual({ kind: 'gone' });
  });
});

describe('a move handed a whole stored booking', () => {
  it('writes only the fields a host sets, never the row\'s sync bookkeeping', async () => {
    context = await openTestContext({ now });
    const booking = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    const moved = await saved(saveHostBooking(context, booking.id, { ...booking, ...room('12:00', '13:00') }));
    expect(moved.startsAt).toBe(room('12:00', '13:00').startsAt);
    expect((await context.db.outbox.toArray()).at(-1)?.fields).toEqual({ startsAt: room('12:00', '13:00').startsAt, endsAt: room('12:00', '13:00').endsAt });
  });
});

describe('a member cancelling at the kiosk', () => {
  it('cancels only a booking of their own that has not ended, with nothing but its status', async () => {
    context = await openTestContext({ now });
    const own = await saved(saveHostBooking(context, null, room('10:00', '11:00')));
    const other = await saved(saveHostBooking(context, null, room('12:00', '13:00', { memberId: 'member-bo' })));
    const over = await saved(saveHostBooking(context, null, room('08:00', '08:30')));
    expect(await cancelMemberBooking(context, 'member-anna', other.id)).toEqual({ kind: 'gone' });
    expect(await cancelMemberBooking(context, 'member-anna', over.id)).toEqual({ kind: 'gone' });
    expect(await cancelMemberBooking(context, 'member-anna', own.id)).toMatchObject({ kind: 'cancelled', booking: { status: 'cancelled' } });
    expect((await context.db.outbox.toArray()).at(-1)?.fields).toEqual({ status: 'cancelled' });
    expect(await cancelMemberBooking(context, 'member-anna', own.id)).toEqual({ kind: 'gone' });
  });
});
