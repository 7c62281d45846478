import { startOfDay, endOfDay } from 'date-fns';
import type { DeviceRole } from '../deviceRole';
import type { RecordChange, SyncedRow } from './merge';

/**
 * What each role may write, enforced by the hub (hiding a button is not security). Returns
 * the refusal in plain words, or null when the change is allowed.
 */
export interface WritingDevice {
  role: DeviceRole;
  /** The meeting room a room display stands beside; null for every other machine. */
  roomId: string | null;
}

export function refusalFor(device: WritingDevice, change: RecordChange, current: SyncedRow | undefined, now: Date): string | null {
  const { role } = device;
  if (change.table === 'checkIns' && current) return 'Check-ins are never changed afterwards; record a new check-in or check-out instead.';
  switch (role) {
    case 'host':
      return null;
    case 'wall':
      return 'A wall display only shows data; it cannot change any.';
    case 'kiosk':
      return kioskRefusal(change, current, now);
    case 'room':
      return roomDisplayRefusal(device.roomId, change, current);
  }
}

/** A room display books (and ends) meetings of its own room, before and after the change. */
function roomDisplayRefusal(roomId: string | null, change: RecordChange, current: SyncedRow | undefined): string | null {
  const refusal = 'A room display can only book its own meeting room.';
  if (change.table !== 'bookings' || !roomId) return refusal;
  const resourceBefore = current ? current.resourceId : roomId;
  const resourceAfter = 'resourceId' in change.fields ? change.fields.resourceId : resourceBefore;
  const kindAfter = 'resourceKind' in change.fields ? change.fields.resourceKind : current?.resourceKind;
  return resourceBefore === roomId && resourceAfter === roomId && kindAfter === 'room' ? null : refusal;
}

const onlyFields = (change: RecordChange, allowed: readonly string[]) => Object.keys(change.fields).every((field) => allowed.includes(field));

function kioskRefusal(change: RecordChange, current: SyncedRow | undefined, now: Date): string | null {
  switch (change.table) {
    case 'checkIns':
      return null;
    case 'guests':
      return !current || onlyFields(change, ['leftAt']) ? null : 'The kiosk can sign guests in and out, nothing more.';
    case 'bookings':
      if (current) return onlyFields(change, ['confirmedAt']) ? null : 'The kiosk can only confirm a booking when its member checks in.';
      return isWalkInDeskBooking(change, now) ? null : 'The kiosk can only book a free desk for today.';
    default:
      return 'The reception kiosk cannot change this.';
  }
}

function isWalkInDeskBooking(change: RecordChange, now: Date): boolean {
  const { resourceKind, startsAt, endsAt } = change.fields;
  if (resourceKind !== 'desk' || typeof startsAt !== 'string' || typeof endsAt !== 'string') return false;
  return Date.parse(startsAt) >= startOfDay(now).getTime() && Date.parse(endsAt) <= endOfDay(now).getTime();
}
