import type { Booking, Desk, Room } from '../schemas';

/**
 * What a desk or room is doing now, for the floor plan's live view. Out of service wins (nobody
 * can use it); then occupied now (a confirmed booking in progress whose member is checked in,
 * or a room whose meeting was checked in at the door); then booked today (a confirmed booking,
 * or a weekly date, that has not ended yet); else free.
 */
export const planStatuses = ['free', 'booked', 'occupied', 'outOfService'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export type PlanPlace = { kind: 'desk'; row: Desk } | { kind: 'room'; row: Room };

export interface PlanStatusInput {
  /** Today's bookings and weekly dates of desks and rooms (every status; only confirmed count). */
  bookings: readonly Booking[];
  /** Members checked in right now (core/presence.ts). */
  membersIn: ReadonlySet<string>;
  now: Date;
}

export function planStatusOf(place: PlanPlace, input: PlanStatusInput): PlanStatus {
  if (place.kind === 'desk' && place.row.outOfService) return 'outOfService';
  const at = input.now.getTime();
  const own = input.bookings.filter((booking) => !booking.deleted && booking.status === 'confirmed'
    && booking.resourceKind === place.kind && booking.resourceId === place.row.id && Date.parse(booking.endsAt) > at);
  const inProgress = own.filter((booking) => Date.parse(booking.startsAt) <= at);
  const occupied = inProgress.some((booking) => (booking.memberId !== null && input.membersIn.has(booking.memberId))
    || (place.kind === 'room' && booking.confirmedAt !== null));
  if (occupied) return 'occupied';
  return own.length > 0 ? 'booked' : 'free';
}

/** Every place's status by id (desk and room ids never collide: both are UUIDs). */
export function statusesOf(places: readonly PlanPlace[], input: PlanStatusInput): Map<string, PlanStatus> {
  return new Map(places.map((place) => [place.row.id, planStatusOf(place, input)]));
}
