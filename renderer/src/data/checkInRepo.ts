import { findConflict } from '@core/bookingRules';
import { bookingEndToday, checkedInSince, todaysBooking, walkInDeskInUse } from '@core/checkInRules';
import { presenceOfDay } from '@core/presence';
import { zonedStartOfDay } from '@core/time/zonedTime';
import { hubTimeZone } from './hubSettingsRepo';
import type { Booking, CheckIn } from '@core/schemas';
import type { DataContext } from './dataContext';
import { readOccupants } from './occupancy';
import { createRecord, inOneTransaction, updateRecord } from './recordWriter';

export type CheckInMethod = CheckIn['method'];

export interface CheckedIn {
  kind: 'checkedIn';
  /** False when the member was already in: nothing new was written. */
  changed: boolean;
  booking: Booking | null;
}

export interface CheckedOut {
  kind: 'checkedOut';
  /** False when the member was not in: nothing new was written. */
  changed: boolean;
  /** Whole minutes inside today, this check-out included. */
  visitMinutes: number;
}

/** Someone booked the desk a moment earlier: nothing was written. */
export interface DeskTaken {
  kind: 'deskTaken';
}

/** A check-in reads the hub's time zone (its day) and writes check-ins and bookings. */
const CHECK_IN_TABLES = ['checkIns', 'bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'] as const;

async function eventsOf(context: DataContext, memberId: string): Promise<CheckIn[]> {
  return (await context.db.checkIns.where('memberId').equals(memberId).toArray()).filter((event) => !event.deleted);
}

/**
 * Checks a member in. Today's booking, if any, is confirmed in the same transaction, which
 * tells the no-show rule the member came. Checking in twice changes nothing.
 */
export async function checkIn(context: DataContext, memberId: string, method: CheckInMethod): Promise<CheckedIn> {
  return inOneTransaction(context, CHECK_IN_TABLES, async () => {
    const now = context.now();
    const timeZone = await hubTimeZone(context);
    const bookings = (await context.db.bookings.where('memberId').equals(memberId).toArray());
    const booking = todaysBooking(bookings, memberId, now, timeZone);
    if (checkedInSince(await eventsOf(context, memberId), memberId, now, timeZone)) return { kind: 'checkedIn', changed: false, booking };
    await createRecord(context, 'checkIns', { memberId, kind: 'in', at: now.toISOString(), method, bookingId: booking?.id ?? null });
    const confirmed = booking && !booking.confirmedAt
      ? await updateRecord(context, 'bookings', booking.id, { confirmedAt: now.toISOString() })
      : booking;
    return { kind: 'checkedIn', changed: true, booking: confirmed };
  });
}

/**
 * Checks a member out; a member who is not in is left as they are. The time spent today is
 * read from the same events the check-out was decided on, this check-out included. A desk
 * taken at the kiosk today is given back in the same transaction (its booking ends now), so
 * the next member finds it among the free desks.
 */
export async function checkOut(context: DataContext, memberId: string, method: CheckInMethod): Promise<CheckedOut> {
  return inOneTransaction(context, CHECK_IN_TABLES, async () => {
    const now = context.now();
    const timeZone = await hubTimeZone(context);
    const events = await eventsOf(context, memberId);
    const isIn = checkedInSince(events, memberId, now, timeZone) !== null;
    if (isIn) {
      events.push(await createRecord(context, 'checkIns', { memberId, kind: 'out', at: now.toISOString(), method, bookingId: null }));
      const walkIn = walkInDeskInUse(await context.db.bookings.where('memberId').equals(memberId).toArray(), memberId, now);
      if (walkIn) await updateRecord(context, 'bookings', walkIn.id, { endsAt: now.toISOString() });
    }
    const timeInMs = presenceOfDay(events, now, zonedStartOfDay(now, timeZone)).get(memberId)?.timeInMs ?? 0;
    return { kind: 'checkedOut', changed: isIn, visitMinutes: Math.floor(timeInMs / 60_000) };
  });
}

/** A card shown on the start screen: checks in a member who is out, out one who is in, decided in one transaction. */
export async function checkInOrOut(context: DataContext, memberId: string, method: CheckInMethod): Promise<CheckedIn | CheckedOut> {
  return inOneTransaction(context, CHECK_IN_TABLES, async () => {
    const isIn = checkedInSince(await eventsOf(context, memberId), memberId, context.now(), await hubTimeZone(context)) !== null;
    return isIn ? checkOut(context, memberId, method) : checkIn(context, memberId, method);
  });
}

/** "No booking? Take a free desk": books it from now until closing time and checks in, as one change. */
export async function bookDeskAndCheckIn(
  context: DataContext,
  memberId: string,
  deskId: string,
  closingTime: string,
  method: CheckInMethod,
): Promise<CheckedIn | DeskTaken> {
  return inOneTransaction(context, CHECK_IN_TABLES, async () => {
    const now = context.now();
    const timeZone = await hubTimeZone(context);
    const candidate = {
      id: '', resourceKind: 'desk' as const, resourceId: deskId, memberId, title: '',
      startsAt: now.toISOString(), endsAt: bookingEndToday(now, closingTime, timeZone).toISOString(),
      status: 'confirmed' as const, rejection: null, confirmedAt: now.toISOString(),
    };
    // The desk's single bookings and its weekly ones' dates alike.
    const sameDesk = await readOccupants(context, deskId, candidate, timeZone);
    if (findConflict(candidate, sameDesk)) return { kind: 'deskTaken' };
    const { id: _id, ...fields } = candidate;
    const booking = await createRecord(context, 'bookings', fields);
    const result = await checkIn(context, memberId, method);
    return { kind: 'checkedIn', changed: result.changed, booking };
  });
}
