import type { SyncStatus } from '../../data/sync/syncTypes';

/** How long the hub may be away before the wall says how old its data is. */
export const AS_OF_AFTER_MS = 2 * 60_000;

/**
 * When the wall marks its data "as of" a time: the moment it lost the hub, once that is two
 * minutes ago and it has not reached the hub again. A short drop says nothing; the wall never
 * shows the connection as a problem, only how fresh what it shows is. Null: no mark.
 */
export function asOfMark(status: Pick<SyncStatus, 'state' | 'offlineSince'>, now: Date): string | null {
  if (status.state === 'online' || status.state === 'syncing' || status.state === 'unpaired') return null;
  if (status.offlineSince === null) return null;
  return now.getTime() - Date.parse(status.offlineSince) >= AS_OF_AFTER_MS ? status.offlineSince : null;
}
