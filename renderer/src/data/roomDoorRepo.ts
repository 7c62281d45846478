import { findConflict } from '@core/bookingRules';
import { defaultBookingPolicy, membersMayBookRoom, type BookingBreach } from '@core/bookings/bookingPolicy';
import { parseOccurrenceId } from '@core/bookings/bookingSeries';
import { doorMayConfirm, doorState, type BookNowMinutes, type DoorRules } from '@core/bookings/roomDoor';
import { defaultHubSettings, HUB_SETTINGS_ID, type Booking } from '@core/schemas';
import type { DataContext } from './dataContext';
import { tableOf } from './database';
import { readOccupants } from './occupancy';
import { createRecord, inOneTransaction, updateRecord } from './recordWriter';
import { hubTimeZone } from './hubSettingsRepo';
import { checkInOccurrence } from './seriesRepo';

/**
 * What a room display writes at its door, decided against the bookings it holds (it may be
 * offline: the hub re-checks every booking and rejects one that lost a race, see
 * docs/sync-protocol.md). Each returns what happened; none throws for a taken or ended slot.
 */

/** `notAllowed`: the hub's policy forbids it now (the clock passed closing time, a host changed the rules). */
export type BookNowOutcome = { kind: 'booked'; booking: Booking } | { kind: 'taken' } | { kind: 'notAllowed'; breach: BookingBreach };
export type DoorChangeOutcome = { kind: 'done'; booking: Booking } | { kind: 'gone' };

const DAY_MS = 24 * 60 * 60_000;

/** The rules the door's booking is held to, from this machine's copy of the hub's settings and of its room. */
export async function doorRules(context: DataContext, roomId: string): Promise<DoorRules> {
  const settings = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  const live = settings && !settings.deleted ? settings : undefined;
  const room = await context.db.rooms.get(roomId);
  return {
    policy: live?.bookingPolicy ?? defaultBookingPolicy,
    timeZone: live?.timeZone ?? defaultHubSettings.timeZone,
    membersMayBook: membersMayBookRoom(room && !room.deleted ? room : null),
  };
}

/** Books the room from now for `minutes`, for whoever stands at the door: they are there, so it is checked in. */
export async function bookRoomNow(context: DataContext, roomId: string, minutes: BookNowMinutes): Promise<BookNowOutcome> {
  return inOneTransaction(context, ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings', 'rooms'], async () => {
    const now = context.now();
    const rules = await doorRules(context, roomId);
    // The room's weekly bookings hold it like single ones: book now never runs into one.
    const span = { startsAt: now.toISOString(), endsAt: new Date(now.getTime() + DAY_MS).toISOString() };
    const bookings = (await readOccupants(context, roomId, span, rules.timeZone)).filter((booking) => booking.resourceKind === 'room');
    const option = doorState(bookings, now, rules).bookNow.find((candidate) => candidate.minutes === minutes);
    if (!option) return { kind: 'taken' };
    if (option.breach && option.breach.code !== 'bookingConflict') return { kind: 'notAllowed', breach: option.breach };
    if (!option.fits) return { kind: 'taken' };
    const fields = {
      resourceKind: 'room' as const, resourceId: roomId, memberId: null, title: '',
      startsAt: now.toISOString(), endsAt: option.endsAt, status: 'confirmed' as const, rejection: null, confirmedAt: now.toISOString(),
    };
    if (findConflict({ id: '', ...fields }, bookings)) return { kind: 'taken' };
    return { kind: 'booked', booking: await createRecord(context, 'bookings', fields) };
  });
}

/** Ends the meeting going on now, so the room shows free at once. */
export async function endMeetingEarly(context: DataContext, bookingId: string): Promise<DoorChangeOutcome> {
  return inOneTransaction(context, ['bookings'], async () => {
    const now = context.now();
    const booking = await context.db.bookings.get(bookingId);
    const running = booking && !booking.deleted && booking.status === 'confirmed' && Date.parse(booking.startsAt) < now.getTime() && Date.parse(booking.endsAt) > now.getTime();
    if (!running) return { kind: 'gone' };
    return { kind: 'done', booking: await updateRecord(context, 'bookings', bookingId, { endsAt: now.toISOString() }) };
  });
}

/**
 * Confirms that the meeting's people came, which keeps the hub's no-show rule from releasing the
 * room: a single booking's `confirmedAt`, or the `checkedIn` exception of a weekly booking's date.
 */
export async function checkInMeeting(context: DataContext, bookingId: string): Promise<DoorChangeOutcome> {
  return inOneTransaction(context, ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'], async () => {
    const now = context.now();
    const occurrence = parseOccurrenceId(bookingId);
    if (occurrence) return checkInSeriesDate(context, bookingId, occurrence.seriesId, now);
    const booking = await context.db.bookings.get(bookingId);
    if (!booking || booking.deleted || booking.status !== 'confirmed' || Date.parse(booking.endsAt) <= now.getTime()) return { kind: 'gone' };
    if (booking.confirmedAt !== null) return { kind: 'done', booking };
    return { kind: 'done', booking: await updateRecord(context, 'bookings', bookingId, { confirmedAt: now.toISOString() }) };
  });
}

/** A date of the room's weekly booking, read again as the door saw it: still in the series, and inside the door's check-in window. */
async function checkInSeriesDate(context: DataContext, occurrenceId: string, seriesId: string, now: Date): Promise<DoorChangeOutcome> {
  const series = await context.db.bookingSeries.get(seriesId);
  if (!series || series.deleted) return { kind: 'gone' };
  const span = { startsAt: now.toISOString(), endsAt: new Date(now.getTime() + DAY_MS).toISOString() };
  const date = (await readOccupants(context, series.resourceId, span, await hubTimeZone(context))).find((booking) => booking.id === occurrenceId);
  if (!date || !doorMayConfirm(date, now)) return { kind: 'gone' };
  return { kind: 'done', booking: await checkInOccurrence(context, date) };
}
