import { findConflict } from '@core/bookingRules';
import { isOccurrenceId } from '@core/bookings/bookingSeries';
import { bookingEndToday, checkedInSince, todaysBooking, walkInDeskInUse } from '@core/checkInRules';
import { presenceOfDay } from '@core/presence';
import { addLocalDays, zonedDateOf, zonedStartOfDay } from '@core/time/zonedTime';
import { hubTimeZone } from './hubSettingsRepo';
import type { Booking, CheckIn } from '@core/schemas';
import type { DataContext } from './dataContext';
import { readMemberSeriesDates, readOccupants } from './occupancy';
import { createRecord, inOneTransaction, updateRecord } from './recordWriter';
import { checkInOccurrence } from './seriesRepo';

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

/** The member's single bookings and today's dates of their weekly ones, as `todaysBooking` picks from. */
async function bookingsOfToday(context: DataContext, memberId: string, now: Date, timeZone: string): Promise<Booking[]> {
  const today = zonedDateOf(now, timeZone);
  const dates = await readMemberSeriesDates(context, memberId, { from: today, to: addLocalDays(today, 1) }, timeZone);
  return [...await context.db.bookings.where('memberId').equals(memberId).toArray(), ...dates.map(({ booking }) => booking)];
}

/** Confirms the booking (or the date of a weekly one) the member came for: what tells the hub's no-show release they came. */
async function confirm(context: DataContext, booking: Booking, now: Date): Promise<Booking> {
  if (booking.confirmedAt) return booking;
  if (isOccurrenceId(booking.id)) return checkInOccurrence(context, booking);
  return updateRecord(context, 'bookings', booking.id, { confirmedAt: now.toISOString() });
}

/**
 * Checks a member in. Today's booking, if any (a single one, or the day's date of a weekly one),
 * is confirmed in the same transaction, which tells the no-show rule the member came. Checking
 * in twice changes nothing.
 */
export async function checkIn(context: DataContext, memberId: string, method: CheckInMethod): Promise<CheckedIn> {
  return inOneTransaction(context, CHECK_IN_TABLES, async () => {
    const now = context.now();
    const timeZone = await hubTimeZone(context);
    const booking = todaysBooking(await bookingsOfToday(context, memberId, now, timeZone), memberId, now, timeZone);
    if (checkedInSince(await eventsOf(context, memberId), memberId, now, timeZone)) return { kind: 'checkedIn', changed: false, booking };
    // A date of a weekly booking has no record a check-in could name: its exception says the member came.
    const bookingId = booking && !isOccurrenceId(booking.id) ? booking.id : null;
    await createRecord(context, 'checkIns', { memberId, kind: 'in', at: now.toISOString(), method, bookingId });
    return { kind: 'checkedIn', changed: true, booking: booking && await confirm(context, booking, now) };
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
