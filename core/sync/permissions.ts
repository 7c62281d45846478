import { startOfDay, endOfDay } from 'date-fns';
import type { DeviceRole } from '../deviceRole';
import { MAX_CLOCK_AHEAD_MS } from '../hlc';
import type { TableName } from '../schemas/tables';
import type { DeviceIdentity } from './protocol';
import type { RecordChange, SyncedRow } from './merge';
import { refusal, type Refusal } from './refusals';

/**
 * The tables each role writes at all (what it may change in them is decided per change below).
 * Screens ask `canWriteTable` before offering a form, so a machine never offers what the hub
 * would refuse and roll back.
 */
const WRITABLE_TABLES: Record<DeviceRole, 'every' | readonly TableName[]> = {
  host: 'every',
  kiosk: ['checkIns', 'guests', 'bookings'],
  wall: [],
  room: ['bookings'],
};

export function canWriteTable(role: DeviceRole, table: TableName): boolean {
  const tables = WRITABLE_TABLES[role];
  return tables === 'every' || tables.includes(table);
}

/**
 * What each role may write, enforced by the hub (hiding a button is not security). Returns
 * the refusal as a code (core/sync/refusals.ts), or null when the change is allowed.
 */
export function refusalFor(device: Pick<DeviceIdentity, 'role' | 'roomId'>, change: RecordChange, current: SyncedRow | undefined, now: Date): Refusal | null {
  const { role } = device;
  if (change.table === 'checkIns' && current) return refusal('checkInsAreFinal');
  if (!canWriteTable(role, change.table)) return role === 'room' ? refusal('roomDisplayOwnRoom') : { code: 'roleCannotWrite', params: { role } };
  switch (role) {
    case 'host':
      return change.table === 'checkIns' ? checkInTimeRefusal(change, now, null) : null;
    case 'wall':
      return { code: 'roleCannotWrite', params: { role } };
    case 'kiosk':
      return kioskRefusal(change, current, now);
    case 'room':
      return roomDisplayRefusal(device.roomId, change, current);
  }
}

/** A room display books (and ends) meetings of its own room, before and after the change. */
function roomDisplayRefusal(roomId: string | null, change: RecordChange, current: SyncedRow | undefined): Refusal | null {
  const ownRoomOnly = refusal('roomDisplayOwnRoom');
  if (change.table !== 'bookings' || !roomId) return ownRoomOnly;
  const resourceBefore = current ? current.resourceId : roomId;
  const resourceAfter = 'resourceId' in change.fields ? change.fields.resourceId : resourceBefore;
  const kindAfter = 'resourceKind' in change.fields ? change.fields.resourceKind : current?.resourceKind;
  return resourceBefore === roomId && resourceAfter === roomId && kindAfter === 'room' ? null : ownRoomOnly;
}

const onlyFields = (change: RecordChange, allowed: readonly string[]) => Object.keys(change.fields).every((field) => allowed.includes(field));

function kioskRefusal(change: RecordChange, current: SyncedRow | undefined, now: Date): Refusal | null {
  switch (change.table) {
    case 'checkIns':
      return checkInTimeRefusal(change, now, MAX_KIOSK_CHECK_IN_AGE_MS);
    case 'guests':
      return !current || onlyFields(change, ['leftAt']) ? null : refusal('kioskOnlyGuests');
    case 'bookings':
      if (current) return onlyFields(change, ['confirmedAt']) || endsDeskBookingEarly(change, current, now) ? null : refusal('kioskOnlyConfirms');
      return isWalkInDeskBooking(change, now) ? null : refusal('kioskOnlyWalkIns');
    default:
      return { code: 'roleCannotWrite', params: { role: 'kiosk' } };
  }
}

/**
 * A member checking out frees their desk for the rest of the day: the kiosk may move the end of
 * today's desk booking earlier, to after its start (a booking ends after it starts), and change nothing else.
 */
function endsDeskBookingEarly(change: RecordChange, current: SyncedRow, now: Date): boolean {
  const { endsAt } = change.fields;
  const { resourceKind, startsAt, endsAt: oldEndsAt } = current;
  if (!onlyFields(change, ['endsAt']) || resourceKind !== 'desk') return false;
  if (typeof endsAt !== 'string' || typeof startsAt !== 'string' || typeof oldEndsAt !== 'string') return false;
  const [newEnd, start, oldEnd] = [Date.parse(endsAt), Date.parse(startsAt), Date.parse(oldEndsAt)];
  const today = { from: startOfDay(now).getTime(), until: endOfDay(now).getTime() };
  return newEnd > start && newEnd <= oldEnd && start >= today.from && start <= today.until;
}

/** A kiosk pushes its check-ins within a day (one offline longer loses them); a host desk may record an earlier arrival. */
export const MAX_KIOSK_CHECK_IN_AGE_MS = 24 * 60 * 60_000;

/**
 * A check-in dated further ahead of the hub's clock than any stamp may be (MAX_CLOCK_AHEAD_MS),
 * or older than `maxAgeMs`, comes from a wrong clock: presence (core/presence.ts) would count it
 * at the wrong moment on every machine.
 */
function checkInTimeRefusal(change: RecordChange, now: Date, maxAgeMs: number | null): Refusal | null {
  const { at } = change.fields;
  if (typeof at !== 'string') return null;
  const offsetMs = Date.parse(at) - now.getTime();
  const plausible = offsetMs <= MAX_CLOCK_AHEAD_MS && (maxAgeMs === null || -offsetMs <= maxAgeMs);
  return plausible ? null : refusal('checkInTimeImplausible');
}

function isWalkInDeskBooking(change: RecordChange, now: Date): boolean {
  const { resourceKind, startsAt, endsAt } = change.fields;
  if (resourceKind !== 'desk' || typeof startsAt !== 'string' || typeof endsAt !== 'string') return false;
  return Date.parse(startsAt) >= startOfDay(now).getTime() && Date.parse(endsAt) <= endOfDay(now).getTime();
}
