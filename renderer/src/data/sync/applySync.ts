import { tableNames } from '@core/schemas';
import type { RecordChange, SyncedRow } from '@core/sync/merge';
import type { PushResult } from '@core/sync/messages';
import type { SortedPage } from '@core/sync/pulledRecords';
import { rebasePulled } from '@core/sync/rebase';
import { mergedRecordRefusal } from '@core/sync/recordValidation';
import type { AwaitingEcho } from '@core/sync/replacedChanges';
import * as replica from '@core/sync/replica';
import { saveClock, type DataContext } from '../dataContext';
import type { OutboxEntry } from '../database';
import { toStorageError } from '../storageErrors';
import { writeCheckpoint, writeEpoch } from './syncSettings';

/**
 * The machine's replica (core/sync/replica.ts) on Dexie: what the hub sends is stored by the
 * same core code the convergence property test drives. One Dexie transaction per pulled page
 * and per push answer, over every synced table, the outbox and meta.
 */

export function outboxChange(entry: OutboxEntry): RecordChange {
  return { table: entry.table, recordId: entry.recordId, fields: entry.fields, hlc: entry.hlc, deviceId: entry.deviceId };
}

function dexieReplicaStore(context: DataContext): replica.ReplicaStore {
  const { db } = context;
  return {
    async transaction(work) {
      try {
        return await db.transaction('rw', [...tableNames.map((name) => db.table(name)), db.outbox, db.meta], work);
      } catch (error) {
        throw toStorageError(error);
      }
    },
    async readRow(table, id) {
      return db.table<SyncedRow, string>(table).get(id);
    },
    async putRows(table, rows) {
      await db.table(table).bulkPut(rows);
    },
    async deleteRow(table, id) {
      await db.table(table).delete(id);
    },
    async pendingChanges() {
      return (await db.outbox.orderBy('seq').toArray()).map(outboxChange);
    },
    async removeAcknowledged(mutations) {
      const entries = await db.outbox.bulkGet([...mutations]);
      await db.outbox.bulkDelete([...mutations]);
      return entries.map((entry) => (entry ? outboxChange(entry) : undefined));
    },
    setCheckpoint: (seq) => writeCheckpoint(context, seq),
    async followClock(stamp) {
      context.clock.receive(stamp);
      // Kept with the rows it came with: after a restart the clock still stamps past them.
      await saveClock(context);
    },
  };
}

function warnHeldBack(count: number): void {
  if (count > 0) console.warn(`${String(count)} record(s) from the hub carry stamps too far ahead of the hub's time; this machine's clock did not follow them`);
}

/** The page stored; what it replaced of this machine's changes, and what is still awaited. */
export async function applyPulledPage(context: DataContext, page: SortedPage, bound: replica.ClockBound, awaiting: readonly AwaitingEcho[]): Promise<Pick<replica.PageOutcome, 'replaced' | 'awaiting'>> {
  const { clockHeldBack, replaced, awaiting: still } = await replica.applyPulledPage(dexieReplicaStore(context), page, bound, awaiting);
  warnHeldBack(clockHeldBack);
  return { replaced, awaiting: still };
}

/** Removes acknowledged changes from the outbox; a refused change is undone locally. */
export async function settleMutations(context: DataContext, results: readonly PushResult[], bound: replica.ClockBound): Promise<Pick<replica.SettleOutcome, 'replaced' | 'applied'>> {
  const { invalidCopies, clockHeldBack, replaced, applied } = await replica.settlePushResults(dexieReplicaStore(context), results, bound);
  for (const { table, field } of invalidCopies) console.warn(`The hub's copy of a ${table} record is not valid (field ${field || '?'}); keeping this machine's copy`);
  warnHeldBack(clockHeldBack);
  return { replaced, applied };
}

/**
 * The hub was restored from a backup (a new epoch in `welcome`): its seqs count from another
 * start, so this machine's checkpoint means nothing there and its rows may hold what the hub no
 * longer has. In one transaction: every synced table emptied, the checkpoint back to 0, the new
 * epoch kept. The outbox stays (its changes are pushed again and judged as usual), and so do the
 * pairing, the clock and every other local fact; what the pending changes make on their own
 * (a record created here, not yet pushed) is held meanwhile, as the hub will hold it, by the
 * replica's rule for a record the hub has no copy of. The next pull downloads the hub's state
 * again and re-applies the outbox on top.
 */
export async function startOverForEpoch(context: DataContext, epoch: string): Promise<void> {
  const { db } = context;
  try {
    await db.transaction('rw', [...tableNames.map((name) => db.table(name)), db.outbox, db.meta], async () => {
      await Promise.all(tableNames.map((name) => db.table(name).clear()));
      const pending = (await db.outbox.orderBy('seq').toArray()).map(outboxChange);
      const records = new Map(pending.map((change) => [`${change.table}\u0000${change.recordId}`, change] as const));
      for (const { table, recordId } of records.values()) {
        const held = rebasePulled(undefined, pending.filter((change) => change.table === table && change.recordId === recordId));
        if (held && mergedRecordRefusal(table, held, false) === null) await db.table(table).put(held);
      }
      await writeCheckpoint(context, 0);
      await writeEpoch(context, epoch);
    });
  } catch (error) {
    throw toStorageError(error);
  }
}
