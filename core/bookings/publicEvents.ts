import { slotsOverlap } from '../bookingRules';
import type { Booking, PublicEvent, Room } from '../schemas';
import { zonedEndOfDay, zonedStartOfDay } from '../time/zonedTime';

/** A public event as every public screen shows it: its public words, its time and its room, never who booked it. */
export interface PublicEventToday extends PublicEvent {
  id: string;
  startsAt: string;
  endsAt: string;
  roomName: string | null;
}

/**
 * Today's public events on the hub's calendar that have not ended, soonest first: the one rule
 * the kiosk's "Today at the hub" and the wall display read.
 */
export function publicEventsToday(bookings: readonly Booking[], rooms: readonly Pick<Room, 'id' | 'name'>[], now: Date, timeZone: string): PublicEventToday[] {
  const today = { startsAt: zonedStartOfDay(now, timeZone).toISOString(), endsAt: zonedEndOfDay(now, timeZone).toISOString() };
  const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
  return bookings
    .flatMap((booking) => {
      const event = booking.publicEvent;
      if (!event || booking.deleted || booking.resourceKind !== 'room' || booking.status !== 'confirmed') return [];
      if (!slotsOverlap(booking, today) || Date.parse(booking.endsAt) <= now.getTime()) return [];
      return [{ id: booking.id, title: event.title, description: event.description, startsAt: booking.startsAt, endsAt: booking.endsAt, roomName: roomNames.get(booking.resourceId) ?? null }];
    })
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}
