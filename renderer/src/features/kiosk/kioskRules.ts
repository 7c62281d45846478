import { startOfDay } from 'date-fns';
import { timeSpentToday } from '@core/checkInRules';
import type { Booking, CheckIn, Desk, Room, Zone } from '@core/schemas';

/** Wrong member PINs before the kiosk gives up and sends the person to a host. */
export const MEMBER_PIN_TRIES = 3;
/** How long a confirmation stays before the kiosk is ready for the next person. */
export const CONFIRMATION_MS = 6_000;
/** A confirmation that offers desks stays longer: choosing takes a moment. */
export const DESK_CHOICE_MS = 20_000;

export type KioskDirection = 'in' | 'out';

/** On the attract screen a card toggles: in when not in, out when in. */
export function directionForScan(screenMode: KioskDirection | null, isIn: boolean): KioskDirection {
  if (screenMode) return screenMode;
  return isIn ? 'out' : 'in';
}

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

/** Whole hours and remaining minutes, rounded down to the minute. */
export function durationParts(ms: number): { hours: number; minutes: number } {
  const totalMinutes = Math.max(0, Math.floor(ms / 60_000));
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/**
 * Time spent today including the check-out just made: the live events may not hold it yet,
 * so the check-out is counted at `now`.
 */
export function timeSpentWithCheckOut(events: readonly Pick<CheckIn, 'memberId' | 'kind' | 'at'>[], memberId: string, now: Date): number {
  return timeSpentToday([...events, { memberId, kind: 'out', at: now.toISOString() }], memberId, now);
}

/** "D12" and its zone's name, for "Your desk today: D12, Quiet zone". */
export function deskLabel(deskId: string, desks: readonly Desk[], zones: readonly Zone[]): { desk: string; zone: string | null } | null {
  const desk = desks.find((candidate) => candidate.id === deskId);
  if (!desk) return null;
  const zone = desk.zoneId ? zones.find((candidate) => candidate.id === desk.zoneId) : undefined;
  return { desk: desk.code, zone: zone?.name ?? null };
}
