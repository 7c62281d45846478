import type { DeviceRole } from '../deviceRole';
import { BOOK_NOW_MINUTES, STARTING_SOON_MS } from '../bookings/roomDoor';
import { MAX_CLOCK_AHEAD_MS } from '../hlc';
import { zonedEndOfDay, zonedStartOfDay } from '../time/zonedTime';
import type { TableName } from '../schemas/tables';
import type { DeviceIdentity } from './protocol';
import type { RecordChange, SyncedRow } from './merge';
import { refusal, type Refusal } from './refusals';
import { hostHelpOfferRefusal } from '../projects/helpOfferWrites';
import { kioskProjectRefusal, type ProjectLookup } from '../projects/kioskWrites';
import { seriesCheckInRefusal, type SeriesLookup } from './seriesCheckIns';

/**
 * The tables each role writes at all (what it may change in them is decided per change below).
 * Screens ask `canWriteTable` before offering a form, so a machine never offers what the hub
 * would refuse and roll back.
 */
const WRITABLE_TABLES: Record<DeviceRole, 'every' | readonly TableName[]> = {
  host: 'every',
  kiosk: ['checkIns', 'guests', 'bookings', 'seriesExceptions', 'projectMemberships', 'tasks', 'volunteerHours'],
  wall: [],
  room: ['bookings', 'seriesExceptions'],
};

export function canWriteTable(role: DeviceRole, table: TableName): boolean {
  const tables = WRITABLE_TABLES[role];
  return tables === 'every' || tables.includes(table);
}

/** The hub's clock and its time zone (hub settings): "today" is the hub's day, wherever its process runs. */
export interface HubTime {
  now: Date;
  timeZone: string;
}

/**
 * What each role may write, enforced by the hub (hiding a button is not security). Returns
 * the refusal as a code (core/sync/refusals.ts), or null when the change is allowed.
 * `seriesOf` is the hub's copy of a series, for a check-in of one of its dates; without it, none is allowed.
 * `projectOf` is the hub's copy of a project, for a kiosk's write for a member; without it, none is allowed.
 */
export function refusalFor(
  device: Pick<DeviceIdentity, 'role' | 'roomId'>, change: RecordChange, current: SyncedRow | undefined, time: HubTime, seriesOf: SeriesLookup = () => null,
  projectOf: ProjectLookup = () => null,
): Refusal | null {
  const { now } = time;
  const { role } = device;
  if (change.table === 'checkIns' && current) return refusal('checkInsAreFinal');
  if (!canWriteTable(role, change.table)) return role === 'room' ? refusal('roomDisplayOwnRoom') : { code: 'roleCannotWrite', params: { role } };
  if (writesRelease(change, current)) return { code: 'roleCannotWrite', params: { role } };
  if (change.table === 'seriesExceptions' && (role === 'kiosk' || role === 'room')) {
    return seriesCheckInRefusal(change, current, { role, roomId: device.roomId, ...time, seriesOf });
  }
  switch (role) {
    case 'host':
      if (change.table === 'helpOffers') return hostHelpOfferRefusal(change, current);
      return change.table === 'checkIns' ? checkInTimeRefusal(change, now, null) : null;
    case 'wall':
      return { code: 'roleCannotWrite', params: { role } };
    case 'kiosk':
      return kioskRefusal(change, current, time, projectOf);
    case 'room':
      return roomDisplayRefusal(device.roomId, change, current, now);
  }
}

/**
 * Whether a change gives a date of a series away: it sets `released`, or brings back a released
 * date's tombstone. Only the hub's no-show job does that, as its own change and never through a
 * push (main/hub/jobs/noShowRelease.ts): a release always means the hub saw nobody come by its
 * own clock. A host takes a date out with `skipped`, and may skip or give back (delete) a released one.
 */
function writesRelease(change: RecordChange, current: SyncedRow | undefined): boolean {
  if (change.table !== 'seriesExceptions') return false;
  if ('kind' in change.fields) return change.fields.kind === 'released';
  return current?.deleted === true && change.fields.deleted === false && current.kind === 'released';
}

/**
 * A room display books its own room at the door (for now, for nobody by name, an hour at most)
 * and checks in or ends early any meeting of its room; nothing else, whatever a hostile display sends.
 */
function roomDisplayRefusal(roomId: string | null, change: RecordChange, current: SyncedRow | undefined, now: Date): Refusal | null {
  const ownRoomOnly = refusal('roomDisplayOwnRoom');
  if (change.table !== 'bookings' || !roomId) return ownRoomOnly;
  const resourceBefore = current ? current.resourceId : roomId;
  const resourceAfter = 'resourceId' in change.fields ? change.fields.resourceId : resourceBefore;
  const kindAfter = 'resourceKind' in change.fields ? change.fields.resourceKind : current?.resourceKind;
  if (resourceBefore !== roomId || resourceAfter !== roomId || kindAfter !== 'room') return ownRoomOnly;
  const atTheDoor = current ? isDoorChange(change, current) : isBookNow(change, now);
  return atTheDoor ? null : refusal('roomDisplayOnlyAtTheDoor');
}

function isBookNow(change: RecordChange, now: Date): boolean {
  const { memberId, title, status, rejection, startsAt, endsAt } = change.fields;
  if (memberId !== null || title !== '' || status !== 'confirmed' || (rejection ?? null) !== null) return false;
  if (typeof startsAt !== 'string' || typeof endsAt !== 'string') return false;
  const [start, end] = [Date.parse(startsAt), Date.parse(endsAt)];
  return start <= now.getTime() + STARTING_SOON_MS && end - start <= LONGEST_BOOK_NOW_MS;
}

/** Checking a meeting in (once) or ending it early, and nothing else. */
function isDoorChange(change: RecordChange, current: SyncedRow): boolean {
  const { confirmedAt, endsAt } = change.fields;
  if (!onlyFields(change, ['confirmedAt', 'endsAt'])) return false;
  if ('confirmedAt' in change.fields && (typeof confirmedAt !== 'string' || current.confirmedAt !== null)) return false;
  return !('endsAt' in change.fields) || shortensBooking(endsAt, current);
}

/** A new end that is earlier than the old one and still after the start (a booking ends after it starts). */
function shortensBooking(endsAt: unknown, current: SyncedRow): boolean {
  const { startsAt, endsAt: oldEndsAt } = current;
  if (typeof endsAt !== 'string' || typeof startsAt !== 'string' || typeof oldEndsAt !== 'string') return false;
  const [newEnd, start, oldEnd] = [Date.parse(endsAt), Date.parse(startsAt), Date.parse(oldEndsAt)];
  return newEnd > start && newEnd <= oldEnd;
}

const LONGEST_BOOK_NOW_MS = Math.max(...BOOK_NOW_MINUTES) * 60_000;

const onlyFields = (change: RecordChange, allowed: readonly string[]) => Object.keys(change.fields).every((field) => allowed.includes(field));

function kioskRefusal(change: RecordChange, current: SyncedRow | undefined, time: HubTime, projectOf: ProjectLookup): Refusal | null {
  switch (change.table) {
    case 'projectMemberships':
    case 'tasks':
    case 'volunteerHours':
      return kioskProjectRefusal(change, current, { ...time, projectOf });
    case 'checkIns':
      return checkInTimeRefusal(change, time.now, MAX_KIOSK_CHECK_IN_AGE_MS);
    case 'guests':
      return !current || onlyFields(change, ['leftAt']) ? null : refusal('kioskOnlyGuests');
    case 'bookings':
      if (current) return onlyFields(change, ['confirmedAt']) || endsDeskBookingEarly(change, current, time) || cancelsMembersBooking(change, current, time) ? null : refusal('kioskOnlyConfirms');
      return isWalkInDeskBooking(change, time) ? null : refusal('kioskOnlyWalkIns');
    default:
      return { code: 'roleCannotWrite', params: { role: 'kiosk' } };
  }
}

/**
 * A member checking out frees their desk for the rest of the day: the kiosk may move the end of
 * today's desk booking earlier, to after its start (a booking ends after it starts), and change nothing else.
 */
function endsDeskBookingEarly(change: RecordChange, current: SyncedRow, time: HubTime): boolean {
  const { startsAt } = current;
  if (!onlyFields(change, ['endsAt']) || current.resourceKind !== 'desk' || typeof startsAt !== 'string') return false;
  const start = Date.parse(startsAt);
  return shortensBooking(change.fields.endsAt, current) && start >= hubDayStart(time) && start < hubDayEnd(time);
}

/**
 * A member who proved who they are at the kiosk (card or PIN) cancels a booking of theirs that
 * has not ended: the status becomes cancelled and nothing else changes. A booking for nobody by
 * name (a group, the door's) is the hosts' to cancel.
 */
function cancelsMembersBooking(change: RecordChange, current: SyncedRow, { now }: HubTime): boolean {
  if (!onlyFields(change, ['status']) || change.fields.status !== 'cancelled') return false;
  const { status, memberId, endsAt } = current;
  return status === 'confirmed' && typeof memberId === 'string' && typeof endsAt === 'string' && Date.parse(endsAt) > now.getTime();
}

const hubDayStart = ({ now, timeZone }: HubTime) => zonedStartOfDay(now, timeZone).getTime();
/** The next midnight in the hub's zone: a booking may end at it, none starts at it. */
const hubDayEnd = ({ now, timeZone }: HubTime) => zonedEndOfDay(now, timeZone).getTime();

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

function isWalkInDeskBooking(change: RecordChange, time: HubTime): boolean {
  const { resourceKind, startsAt, endsAt } = change.fields;
  if (resourceKind !== 'desk' || typeof startsAt !== 'string' || typeof endsAt !== 'string') return false;
  return Date.parse(startsAt) >= hubDayStart(time) && Date.parse(endsAt) <= hubDayEnd(time);
}
