import { bookingBreach, type BookingBreach } from '@core/bookings/bookingPolicy';
import { bookingPolicyOf, HUB_SETTINGS_ID, type Booking, type BookingFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { tableOf } from './database';
import { hubTimeZone } from './hubSettingsRepo';
import { readOccupants } from './occupancy';
import { createRecord, inOneTransaction, updateRecord } from './recordWriter';

/**
 * The bookings a host makes, moves and cancels at the host desk. Each is checked against the
 * bookings this machine holds, in the same transaction as the write, with the one rule module
 * the hub applies again when the change arrives (core/bookings/bookingPolicy.ts): a host steps
 * outside the member rules, never over another booking. Each returns what happened.
 */

export type HostBookingFields = Pick<BookingFields, 'resourceKind' | 'resourceId' | 'memberId' | 'title' | 'startsAt' | 'endsAt' | 'publicEvent'>;

export type BookingSaveOutcome =
  | { kind: 'saved'; booking: Booking }
  /** The booking that holds the time instead comes along, to say whose it is. */
  | { kind: 'breach'; breach: BookingBreach; holder: Booking | null }
  | { kind: 'gone' };

export type BookingCancelOutcome = { kind: 'cancelled'; booking: Booking } | { kind: 'gone' };

async function hostBreach(context: DataContext, id: string, fields: HostBookingFields): Promise<{ breach: BookingBreach; holder: Booking | null } | null> {
  const timeZone = await hubTimeZone(context);
  // A booking is checked against the place's single bookings and the dates of its series alike.
  const others = await readOccupants(context, fields.resourceId, fields, timeZone);
  const settings = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  const breach = bookingBreach({ id, status: 'confirmed', ...fields }, {
    policy: bookingPolicyOf(settings),
    timeZone,
    now: context.now(),
    bookedBy: 'host',
    membersMayBook: true,
    others,
  });
  if (!breach) return null;
  return { breach, holder: breach.code === 'bookingConflict' ? others.find((other) => other.id === breach.winnerId) ?? null : null };
}

/** A new booking (id null), or a change of one that is confirmed or was refused by the hub (it is then booked again). */
export async function saveHostBooking(context: DataContext, id: string | null, given: HostBookingFields): Promise<BookingSaveOutcome> {
  // Only these fields are the host's to set, whatever else the caller's object carries (a whole stored row, say).
  const { resourceKind, resourceId, memberId, title, startsAt, endsAt, publicEvent } = given;
  const fields: HostBookingFields = { resourceKind, resourceId, memberId, title, startsAt, endsAt, publicEvent: resourceKind === 'room' ? publicEvent ?? null : null };
  return inOneTransaction(context, ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'], async () => {
    const existing = id === null ? undefined : await context.db.bookings.get(id);
    if (id !== null && (!existing || existing.deleted || (existing.status !== 'confirmed' && existing.status !== 'rejected'))) return { kind: 'gone' };
    const refused = await hostBreach(context, id ?? '', fields);
    if (refused) return { kind: 'breach', ...refused };
    if (id === null) {
      return { kind: 'saved', booking: await createRecord(context, 'bookings', { ...fields, status: 'confirmed', rejection: null, confirmedAt: null }) };
    }
    return { kind: 'saved', booking: await updateRecord(context, 'bookings', id, { ...fields, status: 'confirmed', rejection: null }) };
  });
}

/** Cancels a booking; the slot is free at once. A refused booking is cleared away the same way. */
export async function cancelBooking(context: DataContext, id: string): Promise<BookingCancelOutcome> {
  return inOneTransaction(context, ['bookings'], async () => {
    const booking = await context.db.bookings.get(id);
    if (!booking || booking.deleted || (booking.status !== 'confirmed' && booking.status !== 'rejected')) return { kind: 'gone' };
    return { kind: 'cancelled', booking: await updateRecord(context, 'bookings', id, { status: 'cancelled' }) };
  });
}

/** Undoes a cancel: the booking comes back if nobody took its time meanwhile. */
export async function restoreBooking(context: DataContext, id: string): Promise<BookingSaveOutcome> {
  return inOneTransaction(context, ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'], async () => {
    const booking = await context.db.bookings.get(id);
    if (!booking || booking.deleted || booking.status !== 'cancelled') return { kind: 'gone' };
    const refused = await hostBreach(context, id, booking);
    if (refused) return { kind: 'breach', ...refused };
    return { kind: 'saved', booking: await updateRecord(context, 'bookings', id, { status: 'confirmed', rejection: null }) };
  });
}

/**
 * A member cancels a booking of their own at the kiosk, after showing who they are: only a
 * confirmed booking of theirs that has not ended (core/sync/permissions.ts holds the hub to the same).
 */
export async function cancelMemberBooking(context: DataContext, memberId: string, id: string): Promise<BookingCancelOutcome> {
  return inOneTransaction(context, ['bookings'], async () => {
    const booking = await context.db.bookings.get(id);
    const ownAndAhead = booking && !booking.deleted && booking.memberId === memberId && booking.status === 'confirmed' && Date.parse(booking.endsAt) > context.now().getTime();
    if (!ownAndAhead) return { kind: 'gone' };
    return { kind: 'cancelled', booking: await updateRecord(context, 'bookings', id, { status: 'cancelled' }) };
  });
}
