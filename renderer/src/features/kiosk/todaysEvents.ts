import { startOfDay } from 'date-fns';
import type { Booking, Room } from '@core/schemas';

export interface KioskEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  roomName: string | null;
}

/**
 * Today's events, until an events table exists: confirmed room bookings with a title that
 * have not ended yet. Only the title, time and room; never who booked.
 */
export function todaysEvents(bookings: readonly Booking[], rooms: readonly Room[], now: Date): KioskEvent[] {
  const dayStart = startOfDay(now).toISOString();
  const nowIso = now.toISOString();
  const roomNames = new Map(rooms.map((room) => [room.id, room.name]));
  return bookings
    .filter((booking) => !booking.deleted && booking.resourceKind === 'room' && booking.status === 'confirmed' && booking.title.trim() !== '')
    .filter((booking) => booking.endsAt > nowIso && booking.endsAt > dayStart)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((booking) => ({
      id: booking.id,
      title: booking.title,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      roomName: roomNames.get(booking.resourceId) ?? null,
    }));
}
