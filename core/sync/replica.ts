import type { TableName } from '../schemas/tables';
import { mergeChange, type RecordChange, type SyncedRow } from './merge';
import type { PushResult } from './messages';
import type { SortedPage } from './pulledRecords';
import { rebasePulled } from './rebase';
import { checkStoredRow, mergedRecordRefusal } from './recordValidation';
import { echoesAnswered, echoesStillAwaited, replacedFields, type AwaitingEcho, type ReplacedField } from './replacedChanges';
import { stampsToFollow } from './replicaClock';

/**
 * A machine's side of sync (docs/sync-protocol.md): storing a pulled page and settling a push
 * answer. Pure logic over a ReplicaStore, as the hub's engine is over its HubStore, so the
 * convergence property test drives exactly what machines run: the renderer fills the store
 * with Dexie (renderer/src/data/sync/applySync.ts), the test with memory.
 */
export interface ReplicaStore {
  /** Runs `work` all or nothing: a crash half-way leaves the old rows, outbox and checkpoint. */
  transaction<T>(work: () => Promise<T>): Promise<T>;
  /** The local row, as it is before the transaction's writes to it. */
  readRow(table: TableName, id: string): Promise<SyncedRow | undefined>;
  putRows(table: TableName, rows: readonly SyncedRow[]): Promise<void>;
  deleteRow(table: TableName, id: string): Promise<void>;
  /** Every change in the outbox the hub has not acknowledged, oldest first. */
  pendingChanges(): Promise<RecordChange[]>;
  /** Removes these outbox entries; gives each one's change, or undefined when it was not there. */
  removeAcknowledged(mutations: readonly number[]): Promise<(RecordChange | undefined)[]>;
  /** Where the next pull starts. */
  setCheckpoint(seq: number): Promise<void>;
  /** The clock follows this stamp, and its high-water mark is kept with the transaction. */
  followClock(stamp: string): Promise<void>;
}

export interface ClockBound {
  /** The clock follows no stamp later than this (ms), core/sync/replicaClock.ts `clockLimitMs`. */
  clockLimitMs: number;
}

export interface PageOutcome {
  /** Records whose stamps were too far ahead of the hub's time for the clock to follow. */
  clockHeldBack: number;
  /** This machine's changes that a later one from another machine replaced (core/sync/replacedChanges.ts). */
  replaced: ReplacedField[];
  /** The awaited changes whose records have not come back yet. */
  awaiting: AwaitingEcho[];
}

const keyOf = (table: TableName, id: string) => `${table}/${id}`;

function byRecord<T>(items: readonly T[], changeOf: (item: T) => RecordChange): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const item of items) {
    const { table, recordId } = changeOf(item);
    const key = keyOf(table, recordId);
    grouped.set(key, [...(grouped.get(key) ?? []), item]);
  }
  return grouped;
}

const pendingByRecord = (changes: readonly RecordChange[]) => byRecord(changes, (change) => change);

async function followNewest(store: ReplicaStore, rows: readonly SyncedRow[], bound: ClockBound): Promise<number> {
  const { newest, tooFarAhead } = stampsToFollow(rows, bound.clockLimitMs);
  if (newest) await store.followClock(newest);
  return tooFarAhead;
}

/**
 * A checked page (core/sync/pulledRecords.ts) replaces the local rows, with this machine's
 * pending changes re-applied on top, in the transaction that moves the checkpoint: a crash
 * half-way leaves the old checkpoint and the page is pulled again. `awaiting` are this
 * machine's changes the hub applied since (core/sync/replacedChanges.ts): with the pending
 * ones, they are the changes a pulled row may have replaced.
 */
export async function applyPulledPage(store: ReplicaStore, page: SortedPage, bound: ClockBound, awaiting: readonly AwaitingEcho[] = []): Promise<PageOutcome> {
  return store.transaction(async () => {
    const pending = pendingByRecord(await store.pendingChanges());
    const echoes = byRecord(awaiting, (entry) => entry.change);
    const byTable = new Map<TableName, SyncedRow[]>();
    const replaced: ReplacedField[] = [];
    const pulled = new Set<string>();
    for (const { seq, table, row } of page.records) {
      const key = keyOf(table, row.id);
      pulled.add(key);
      const rebased = rebasePulled(row, pending.get(key) ?? []);
      const mine = [...(pending.get(key) ?? []), ...echoesAnswered(echoes.get(key) ?? [], table, row.id, seq)];
      if (mine.length > 0) replaced.push(...replacedFields(table, await store.readRow(table, row.id), rebased, mine));
      const rows = byTable.get(table) ?? [];
      rows.push(rebased);
      byTable.set(table, rows);
    }
    for (const [table, rows] of byTable) await store.putRows(table, rows);
    const clockHeldBack = await followNewest(store, page.records.map((record) => record.row), bound);
    await store.setCheckpoint(page.checkpoint);
    return { clockHeldBack, replaced, awaiting: echoesStillAwaited(awaiting, pulled, page.checkpoint) };
  });
}

export interface SettleOutcome {
  /** The hub's copies that failed the pulled-record check: those local rows were left as they were. */
  invalidCopies: { table: TableName; field: string }[];
  clockHeldBack: number;
  /** This machine's changes that the hub's copy shows replaced by a later one from another machine. */
  replaced: ReplacedField[];
  /** The changes the hub applied, to await in the next pull (core/sync/replacedChanges.ts). */
  applied: AwaitingEcho[];
}

/** What the hub holds of one record, as far as this push answer tells. */
interface HubCopy {
  table: TableName;
  recordId: string;
  /** Undefined: the hub has none. */
  row: SyncedRow | undefined;
  /** The answer's copy failed the check: the local row stays as it is. */
  unreadable: boolean;
}

/**
 * Acknowledged changes leave the outbox. A record that a refusal or duplicate answered with the
 * hub's copy becomes what the hub will hold once this machine's pending changes arrive: that copy
 * (with changes the same answer applied after it merged on), rebased with what is still pending.
 */
export async function settlePushResults(store: ReplicaStore, results: readonly PushResult[], bound: ClockBound): Promise<SettleOutcome> {
  return store.transaction(async () => {
    const changes = await store.removeAcknowledged(results.map((result) => result.mutation));
    const { copies, invalidCopies } = hubCopiesOf(results, changes);
    const pending = pendingByRecord(await store.pendingChanges());
    const landed = pendingByRecord(landedChanges(results, changes));
    const received: SyncedRow[] = [];
    const replaced: ReplacedField[] = [];
    for (const copy of copies.values()) {
      if (copy.unreadable) continue;
      if (copy.row) received.push(copy.row);
      const key = keyOf(copy.table, copy.recordId);
      const held = heldRow(copy, pending.get(key) ?? []);
      replaced.push(...replacedFields(copy.table, await store.readRow(copy.table, copy.recordId), held, [...(landed.get(key) ?? []), ...(pending.get(key) ?? [])]));
      if (held) await store.putRows(copy.table, [held]);
      else await store.deleteRow(copy.table, copy.recordId);
    }
    return { invalidCopies, clockHeldBack: await followNewest(store, received, bound), replaced, applied: appliedEchoes(results, changes) };
  });
}

/** The answered changes the hub holds: applied now or earlier (a duplicate), not refused. */
function landedChanges(results: readonly PushResult[], changes: readonly (RecordChange | undefined)[]): RecordChange[] {
  return results.flatMap((result, index) => {
    const change = changes[index];
    return change && result.status !== 'refused' ? [change] : [];
  });
}

function appliedEchoes(results: readonly PushResult[], changes: readonly (RecordChange | undefined)[]): AwaitingEcho[] {
  return results.flatMap((result, index) => {
    const change = changes[index];
    return change && result.status === 'applied' ? [{ change, seq: result.seq ?? null }] : [];
  });
}

/**
 * Per record, in answer order: the latest copy the hub sent, with the changes it applied after
 * that merged on (one push is one transaction on the hub). A copy that fails the pulled-record
 * check is not stored; the change still settles.
 */
function hubCopiesOf(results: readonly PushResult[], changes: readonly (RecordChange | undefined)[]): Pick<SettleOutcome, 'invalidCopies'> & { copies: Map<string, HubCopy> } {
  const copies = new Map<string, HubCopy>();
  const invalidCopies: SettleOutcome['invalidCopies'] = [];
  for (const [index, result] of results.entries()) {
    const change = changes[index];
    if (!change) continue;
    const { table, recordId } = change;
    const known = copies.get(keyOf(table, recordId));
    if (result.status === 'applied') {
      if (known && !known.unreadable) known.row = mergeChange(known.row, change);
      continue;
    }
    if (result.row === undefined) continue;
    const checked = result.row === null ? null : checkStoredRow(table, result.row);
    if (checked && !checked.ok) invalidCopies.push({ table, field: checked.field });
    copies.set(keyOf(table, recordId), { table, recordId, row: checked?.ok ? checked.row : undefined, unreadable: checked?.ok === false });
  }
  return { copies, invalidCopies };
}

/**
 * Without a hub copy, the pending changes alone make the record only if they make one the hub
 * will store (a whole valid record, or a tombstone): otherwise the hub refuses them too, and a
 * half record (an edit whose create was refused) must not reach the screens in between.
 */
function heldRow(copy: HubCopy, pending: readonly RecordChange[]): SyncedRow | undefined {
  const held = rebasePulled(copy.row, pending);
  if (!held || copy.row) return held;
  return mergedRecordRefusal(copy.table, held, false) === null ? held : undefined;
}
