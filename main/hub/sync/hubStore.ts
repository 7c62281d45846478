import type { SyncedRow } from '@core/sync/merge';
import type { TableName } from '@core/schemas';

/**
 * Where the hub keeps the authoritative copy. SQLite today (sqliteHubStore.ts); a network of
 * hubs would fill the same interface with PostgreSQL. Every method runs inside `transaction`
 * when called from the sync engine, so a push is applied whole or not at all.
 */
export interface StoredChange {
  seq: number;
  table: TableName;
  row: SyncedRow;
}

export interface HubStore {
  transaction<T>(work: () => T): T;
  latestSeq(): number;
  /** Hands out the next global sequence number; never reused, even after a rollback is retried. */
  nextSeq(): number;
  getRecord(table: TableName, id: string): SyncedRow | undefined;
  putRecord(table: TableName, row: SyncedRow, seq: number): void;
  /** Confirmed or pending rows of one desk or room, for the booking rules. */
  bookingsOfResource(resourceId: string): SyncedRow[];
  changesSince(seq: number, limit: number): StoredChange[];
  lastMutation(deviceId: string): number;
  setLastMutation(deviceId: string, mutation: number): void;
  /** Deletes tombstones every paired machine has acknowledged; returns how many. */
  purgeTombstones(uptoSeq: number): number;
  close(): void;
}
