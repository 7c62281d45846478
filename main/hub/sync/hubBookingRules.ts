import {
  bookingBreach, bookingNeedsRules, membersMayBookRoom,
  type BookedBy, type BookingBreach, type BookingCandidate, type BookingCheck,
} from '@core/bookings/bookingPolicy';
import type { DeviceRole } from '@core/deviceRole';
import type { HybridClock } from '@core/hlc';
import { bookingPolicyOf, rejectionFromBreach } from '@core/schemas';
import { HUB_DEVICE_ID } from '@core/sync/hubDevice';
import { mergeChange, type SyncedRow } from '@core/sync/merge';
import { storedHubSettings } from '../storedSettings';
import type { HubStore } from './hubStore';
import { occurrencesAround } from './hubSeriesRules';

/**
 * The hub has the last word on bookings (docs/sync-protocol.md, Push 7): it checks each one
 * with the rules every screen uses (core/bookings/bookingPolicy.ts), with its own settings and
 * clock, by the rules of whoever pushed it.
 */

/**
 * Whose rules a machine books by, from the role it was paired with (nothing in a change can
 * say otherwise): a host desk books for anyone; a kiosk books walk-ins; a door books for the
 * member standing at it. A wall writes nothing, and would get the strictest rules if it could.
 */
const BOOKED_BY: Record<DeviceRole, BookedBy> = { host: 'host', kiosk: 'walkIn', room: 'member', wall: 'member' };

/** Who a change comes from, as the rules need it, and the hub's clock when it arrived. */
export interface BookingAuthor {
  bookedBy: BookedBy;
  now: Date;
}

export function bookingAuthor(role: DeviceRole, now: Date): BookingAuthor {
  return { bookedBy: BOOKED_BY[role], now };
}

/**
 * A confirmed booking that breaks a rule is stored as rejected, with the breach, stamped by the
 * hub so that every machine shows the rejection. `current` is the hub's copy before the change.
 */
export function applyBookingRules(store: HubStore, current: SyncedRow | undefined, booking: SyncedRow, author: BookingAuthor, clock: HybridClock): SyncedRow {
  if (booking.deleted || booking.status !== 'confirmed' || typeof booking.resourceId !== 'string') return booking;
  const breach = hubBreach(store, current, booking, author);
  if (!breach) return booking;
  const fields = { status: 'rejected', rejection: rejectionFromBreach(breach) };
  return mergeChange(booking, { table: 'bookings', recordId: booking.id, fields, hlc: clock.now(), deviceId: HUB_DEVICE_ID });
}

function hubBreach(store: HubStore, current: SyncedRow | undefined, booking: SyncedRow, author: BookingAuthor): BookingBreach | null {
  // Overlap is checked whenever a booking stays confirmed (host rules are overlap only); the
  // policy only when the change asks for a slot, never for a cancel, a check-in or an early end.
  const asksForSlot = bookingNeedsRules(current, booking);
  const bookedBy = asksForSlot ? author.bookedBy : 'host';
  const candidate = asCandidate(booking);
  const settings = storedHubSettings(store);
  // Occurrences count against a booking that asks for a slot: one that keeps (or shortens) the
  // time it held keeps it, as it held it before the series came, or the series lost that date.
  const occurrences = asksForSlot ? occurrencesAround(store, candidate, settings.timeZone) : [];
  const check: BookingCheck = {
    policy: bookingPolicyOf(settings),
    timeZone: settings.timeZone,
    now: author.now,
    bookedBy,
    membersMayBook: candidate.resourceKind !== 'room' || membersMayBookRoom(roomFacts(store.getRecord('rooms', candidate.resourceId))),
    desk: candidate.resourceKind === 'desk' ? deskFacts(store.getRecord('desks', candidate.resourceId)) : null,
    others: [...othersOf(store, candidate, bookedBy, author.now), ...occurrences],
  };
  return bookingBreach(candidate, check);
}

/** The resource's bookings, and the member's that have not ended when the member limit counts them; each once. */
function othersOf(store: HubStore, candidate: BookingCandidate, bookedBy: BookedBy, now: Date): BookingCheck['others'] {
  const rows = store.bookingsOfResource(candidate.resourceId);
  if (bookedBy === 'member' && candidate.memberId !== null) rows.push(...store.bookingsOfMember(candidate.memberId, now.toISOString()));
  const live = new Map(rows.filter((row) => !row.deleted).map((row) => [row.id, asCandidate(row)]));
  return [...live.values()];
}

/** A stored or merged booking row, which the hub validated whole before it got here, as the rules read it. */
function asCandidate(row: SyncedRow): BookingCandidate {
  return {
    id: row.id,
    resourceKind: row.resourceKind === 'desk' ? 'desk' : 'room',
    resourceId: String(row.resourceId),
    memberId: typeof row.memberId === 'string' ? row.memberId : null,
    startsAt: String(row.startsAt),
    endsAt: String(row.endsAt),
    status: row.status === 'confirmed' ? 'confirmed' : 'cancelled',
  };
}

function roomFacts(row: SyncedRow | undefined): { bookableBy?: 'members' | 'hosts' } | null {
  if (!row || row.deleted) return null;
  return row.bookableBy === 'hosts' ? { bookableBy: 'hosts' } : { bookableBy: 'members' };
}

/**
 * A desk's row as the walk-in rule reads it. A desk the hub never heard of has no facts to
 * break (a walk-in can only pick desks the kiosk pulled from the hub); a deleted one is in nobody's service.
 */
function deskFacts(row: SyncedRow | undefined): NonNullable<BookingCheck['desk']> | null {
  if (!row) return null;
  return {
    active: !row.deleted && row.active === true,
    outOfService: typeof row.outOfService === 'string' ? row.outOfService : null,
    fixedMemberId: typeof row.fixedMemberId === 'string' ? row.fixedMemberId : null,
  };
}
