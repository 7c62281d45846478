import { findConflict } from '@core/bookingRules';
import { bookingEndToday, checkedInSince, todaysBooking } from '@core/checkInRules';
import type { Booking, CheckIn } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, inOneTransaction, updateRecord } from './recordWriter';
import { StorageError } from './storageErrors';

export type CheckInMethod = CheckIn['method'];

export interface CheckInResult {
  /** False when the member was already in: nothing new was written. */
  changed: boolean;
  booking: Booking | null;
}

async function eventsOf(context: DataContext, memberId: string): Promise<CheckIn[]> {
  return (await context.db.checkIns.where('memberId').equals(memberId).toArray()).filter((event) => !event.deleted);
}

/**
 * Checks a member in. Today's booking, if any, is confirmed in the same transaction, which
 * tells the no-show rule the member came. Checking in twice changes nothing.
 */
export async function checkIn(context: DataContext, memberId: string, method: CheckInMethod): Promise<CheckInResult> {
  return inOneTransaction(context, ['checkIns', 'bookings'], async () => {
    const now = context.now();
    const bookings = (await context.db.bookings.where('memberId').equals(memberId).toArray());
    const booking = todaysBooking(bookings, memberId, now);
    if (checkedInSince(await eventsOf(context, memberId), memberId, now)) return { changed: false, booking };
    await createRecord(context, 'checkIns', { memberId, kind: 'in', at: now.toISOString(), method, bookingId: booking?.id ?? null });
    const confirmed = booking && !booking.confirmedAt
      ? await updateRecord(context, 'bookings', booking.id, { confirmedAt: now.toISOString() })
      : booking;
    return { changed: true, booking: confirmed };
  });
}

/** Checks a member out; a member who is not in is left as they are. */
export async function checkOut(context: DataContext, memberId: string, method: CheckInMethod): Promise<{ changed: boolean }> {
  return inOneTransaction(context, ['checkIns'], async () => {
    const now = context.now();
    if (!checkedInSince(await eventsOf(context, memberId), memberId, now)) return { changed: false };
    await createRecord(context, 'checkIns', { memberId, kind: 'out', at: now.toISOString(), method, bookingId: null });
    return { changed: true };
  });
}

/** "No booking? Take a free desk": books it from now until closing time and checks in, as one change. */
export async function bookDeskAndCheckIn(
  context: DataContext,
  memberId: string,
  deskId: string,
  closingTime: string,
  method: CheckInMethod,
): Promise<CheckInResult> {
  return inOneTransaction(context, ['checkIns', 'bookings'], async () => {
    const now = context.now();
    const candidate = {
      id: '', resourceKind: 'desk' as const, resourceId: deskId, memberId, title: '',
      startsAt: now.toISOString(), endsAt: bookingEndToday(now, closingTime).toISOString(),
      status: 'confirmed' as const, rejection: null, confirmedAt: now.toISOString(),
    };
    const sameDesk = (await context.db.bookings.where('resourceId').equals(deskId).toArray()).filter((booking) => !booking.deleted);
    if (findConflict(candidate, sameDesk)) {
      throw new StorageError('invalidInput', 'Someone has just booked this desk. Please choose another one.');
    }
    const { id: _id, ...fields } = candidate;
    const booking = await createRecord(context, 'bookings', fields);
    const result = await checkIn(context, memberId, method);
    return { changed: result.changed, booking };
  });
}
