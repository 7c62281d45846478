import { zonedEndOfDay, zonedStartOfDay } from '@core/time/zonedTime';
import { slotsOverlap } from '@core/bookingRules';
import type { Booking, Room } from '@core/schemas';

/** A room booked for a time: never who booked it, nor its title (not every meeting is public). */
export interface BookedRoomSlot {
  id: string;
  startsAt: string;
  endsAt: string;
  roomName: string | null;
}

export interface RoomBookingsToday {
  /** Every confirmed room booking of today, those already over included. */
  count: number;
  /** Those not over yet, earliest first. */
  upcoming: BookedRoomSlot[];
}

/**
 * What the kiosk may say about today's room bookings that are not public events: that a room is
 * booked, and when, nothing more (public events are shown by their own words, core/bookings/publicEvents.ts).
 */
export function roomBookingsToday(bookings: readonly Booking[], rooms: readonly Room[], now: Date, timeZone: string): RoomBookingsToday {
  const today = { startsAt: zonedStartOfDay(now, timeZone).toISOString(), endsAt: zonedEndOfDay(now, timeZone).toISOString() };
  const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
  const booked = bookings.filter((booking) => !booking.deleted && booking.resourceKind === 'room' && booking.status === 'confirmed' && slotsOverlap(booking, today));
  const upcoming = booked
    .filter((booking) => Date.parse(booking.endsAt) > now.getTime() && !booking.publicEvent)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((booking) => ({ id: booking.id, startsAt: booking.startsAt, endsAt: booking.endsAt, roomName: roomNames.get(booking.resourceId) ?? null }));
  return { count: booked.length, upcoming };
}
