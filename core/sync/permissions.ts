import { startOfDay, endOfDay } from 'date-fns';
import type { DeviceRole } from '../deviceRole';
import type { RecordChange, SyncedRow } from './merge';

/**
 * What each role may write, enforced by the hub (hiding a button is not security). Returns
 * the refusal in plain words, or null when the change is allowed.
 */
export function refusalFor(role: DeviceRole, change: RecordChange, current: SyncedRow | undefined, now: Date): string | null {
  if (change.table === 'checkIns' && current) return 'Check-ins are never changed afterwards; record a new check-in or check-out instead.';
  switch (role) {
    case 'host':
      return null;
    case 'wall':
      return 'A wall display only shows data; it cannot change any.';
    case 'kiosk':
      return kioskRefusal(change, current, now);
    case 'room':
      return change.table === 'bookings' && (current?.resourceKind ?? change.fields.resourceKind) === 'room'
        ? null
        : 'A room display can only book its meeting room.';
  }
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
