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
  /** Several records of one table by id (the parents of a pull page), found ones only. */
  getRecords(table: TableName, ids: readonly string[]): Map<string, SyncedRow>;
  /** Stores the row with its parent's id (core/sync/roleProjection.ts parentIdOf). */
  putRecord(table: TableName, row: SyncedRow, seq: number): void;
  /**
   * Gives every row of `table` that follows the record `parentId` a new seq, so machines pull
   * it again as their role now sees it. Returns how many.
   */
  restampChildren(table: TableName, parentId: string): number;
  /**
   * The store's epoch: a random id made with the store (migration 9) and replaced by every
   * restore, sent in `welcome` so machines notice that seqs started over (docs/sync-protocol.md).
   */
  epoch(): string;
  /** The hub's secret key for card lookups (core/cardLookup.ts), made on first use. */
  cardKey(): string;
  /** Every row of `table` that is not a tombstone, for the hub's timed jobs (main/hub/jobs/). */
  liveRecords(table: TableName): SyncedRow[];
  /** Check-in events (not tombstones) at or after the ISO time `since`, for the closing-time job. */
  checkInsSince(since: string): SyncedRow[];
  /** Live bookings starting at or after `from` and before `to` (ISO times), for the no-show release. */
  bookingsStartingBetween(from: string, to: string): SyncedRow[];
  /** Confirmed or pending rows of one desk or room, for the booking rules. */
  bookingsOfResource(resourceId: string): SyncedRow[];
  /** Live weekly series of one desk or room (`resource_id`, as bookings), for the overlap rule. */
  seriesOfResource(resourceId: string): SyncedRow[];
  /** Live exceptions of one series (`parent_id`): the dates taken out of it. */
  exceptionsOfSeries(seriesId: string): SyncedRow[];
  /** Live rows of `table` that follow the record `parentId` (`parent_id`): a project's memberships or tasks. */
  liveChildren(table: TableName, parentId: string): SyncedRow[];
  /** How many offers to help with one project wait for a host (index help_offers_by_project). */
  pendingHelpOffers(projectId: string): number;
  /** Live bookings of one member that end after `endingAfter` (ISO time), for the policy's limit per member. */
  bookingsOfMember(memberId: string, endingAfter: string): SyncedRow[];
  /** Records changed after `seq`, oldest first: at most `limit`, and no more than `maxChars` of stored JSON (at least one). */
  changesSince(seq: number, limit: number, maxChars: number): StoredChange[];
  lastMutation(deviceId: string): number;
  setLastMutation(deviceId: string, mutation: number): void;
  /** Deletes tombstones every paired machine has acknowledged; returns how many. */
  purgeTombstones(uptoSeq: number): number;
  close(): void;
}
