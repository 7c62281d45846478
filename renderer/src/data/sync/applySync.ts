import { parseHlc } from '@core/hlc';
import { tableNames, type TableName } from '@core/schemas';
import type { RecordChange, SyncedRow } from '@core/sync/merge';
import { invalidFieldOf } from '@core/sync/recordValidation';
import { rebasePulled } from '@core/sync/rebase';
import type { DataContext } from '../dataContext';
import type { OutboxEntry } from '../database';
import { toStorageError } from '../storageErrors';
import { writeCheckpoint } from './syncSettings';

/**
 * Writing what the hub sends into the local database. Pulled rows replace local ones and this
 * machine's unacknowledged changes are re-applied on top, in the same transaction that moves
 * the checkpoint, so a crash half-way leaves the old checkpoint and the page is pulled again.
 */

export function outboxChange(entry: OutboxEntry): RecordChange {
  return { table: entry.table, recordId: entry.recordId, fields: entry.fields, hlc: entry.hlc, deviceId: entry.deviceId };
}

async function inSyncTransaction<R>(context: DataContext, work: () => Promise<R>): Promise<R> {
  const { db } = context;
  try {
    return await db.transaction('rw', [...tableNames.map((name) => db.table(name)), db.outbox, db.meta], work);
  } catch (error) {
    throw toStorageError(error);
  }
}

async function pendingByRecord(context: DataContext): Promise<Map<string, RecordChange[]>> {
  const pending = new Map<string, RecordChange[]>();
  await context.db.outbox.orderBy('seq').each((entry) => {
    const key = `${entry.table}/${entry.recordId}`;
    pending.set(key, [...(pending.get(key) ?? []), outboxChange(entry)]);
  });
  return pending;
}

function newestStamp(row: SyncedRow): string {
  return Object.values(row.hlc).reduce((newest, stamp) => (stamp > newest ? stamp : newest), '');
}

export interface PageOptions {
  /**
   * The clock follows no stamp later than this (ms): one the hub itself would refuse as too far
   * ahead would make every change this machine writes afterwards refused too.
   */
  clockLimitMs?: number;
}

export async function applyPulledPage(context: DataContext, records: readonly { seq: number; table: TableName; row: SyncedRow }[], checkpoint: number, options: PageOptions = {}): Promise<void> {
  const clockLimitMs = options.clockLimitMs ?? Number.POSITIVE_INFINITY;
  let tooFarAhead = 0;
  await inSyncTransaction(context, async () => {
    const pending = await pendingByRecord(context);
    const byTable = new Map<TableName, SyncedRow[]>();
    let newest = '';
    for (const { table, row } of records) {
      const rows = byTable.get(table) ?? [];
      rows.push(rebasePulled(row, pending.get(`${table}/${row.id}`) ?? []));
      byTable.set(table, rows);
      const stamp = newestStamp(row);
      if (stamp <= newest) continue;
      if (parseHlc(stamp).wallMs <= clockLimitMs) newest = stamp;
      else tooFarAhead += 1;
    }
    for (const [table, rows] of byTable) await context.db.table(table).bulkPut(rows);
    // Our next stamps must sort after everything we have now seen.
    if (newest) context.clock.receive(newest);
    await writeCheckpoint(context, checkpoint);
  });
  if (tooFarAhead > 0) console.warn(`${String(tooFarAhead)} record(s) from the hub carry stamps too far ahead of the hub's time; this machine's clock did not follow them`);
}

export interface SettledMutation {
  mutation: number;
  status: 'applied' | 'duplicate' | 'refused';
  /** With a refusal or duplicate: the hub's copy (null when it has none). */
  row?: SyncedRow | null;
}

/**
 * Removes acknowledged changes from the outbox. For a refused (or possibly refused) change the
 * local record goes back to the hub's copy, plus whatever is still pending for it.
 */
export async function settleMutations(context: DataContext, results: readonly SettledMutation[]): Promise<void> {
  await inSyncTransaction(context, async () => {
    const entries = await context.db.outbox.bulkGet(results.map((result) => result.mutation));
    await context.db.outbox.bulkDelete(results.map((result) => result.mutation));
    const pending = await pendingByRecord(context);
    for (const [index, result] of results.entries()) {
      const entry = entries[index];
      if (!entry || result.status === 'applied' || result.row === undefined) continue;
      const stillPending = pending.get(`${entry.table}/${entry.recordId}`) ?? [];
      const rows = context.db.table(entry.table);
      // The hub's copy is checked like a pulled record: a bad one is not stored, the change still settles.
      const badField = result.row ? invalidFieldOf(entry.table, result.row) : null;
      if (badField !== null) console.warn(`The hub's copy of a ${entry.table} record is not valid (field ${badField || '?'}); keeping this machine's copy`);
      else if (result.row) await rows.put(rebasePulled(result.row, stillPending));
      else if (stillPending.length === 0) await rows.delete(entry.recordId);
    }
  });
}
