import type { SkippedRecord } from '@core/sync/pulledRecords';
import type { Refusal } from '@core/sync/refusals';
import type { ReplacedField } from '@core/sync/replacedChanges';

export interface SyncStatus {
  state: 'unpaired' | 'connecting' | 'online' | 'syncing' | 'offline';
  /** Local changes the hub has not acknowledged yet. */
  pending: number;
  offlineSince: string | null;
  lastSyncedAt: string | null;
  /** While a new or wiped machine downloads the hub's data. */
  initialSync: { received: number; total: number } | null;
  /** The hub refused a change of this machine, as a code the screens translate. */
  lastRefusal: { refusal: Refusal; at: string } | null;
  /** Records from the hub this machine could not read and skipped (a count, and the last one). */
  skippedRecords: { count: number; last: SkippedRecord; at: string } | null;
  /** This machine's changes that a later one from another machine replaced, the latest last. */
  replaced: readonly ReplacedField[];
  hubUrl: string | null;
  deviceName: string | null;
}

export type { HubDevice } from '@core/sync/hubDevice';

/** Something about the hub connection a person should read; the message is plain words. */
export class SyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SyncError';
  }
}
