import type { HybridClock } from '../hlc';
import type { TableName } from '../schemas/tables';
import { mergeChange, type RecordChange, type SyncedRow } from './merge';
import type { PushMutation } from './messages';
import type { ReplicaStore } from './replica';

/**
 * A machine's replica in memory, for the convergence property test: the rows, the outbox and
 * the checkpoint a Dexie database holds on a real machine, behind the same ReplicaStore, so the
 * test runs the shipped core/sync/replica.ts. A transaction that throws leaves everything as it
 * was, as a Dexie transaction does.
 */
export class MemoryReplicaStore implements ReplicaStore {
  rows = new Map<string, { table: TableName; row: SyncedRow }>();
  outbox: PushMutation[] = [];
  checkpoint = 0;
  private nextMutation = 1;

  constructor(readonly deviceId: string, readonly clock: HybridClock) {}

  /** A local write, as the machine's write path makes it: merged into the row and queued. */
  write(table: TableName, recordId: string, fields: Record<string, unknown>): RecordChange {
    const change: RecordChange = { table, recordId, fields, hlc: this.clock.now(), deviceId: this.deviceId };
    this.rows.set(keyOf(table, recordId), { table, row: mergeChange(this.get(table, recordId), change) });
    this.outbox.push({ mutation: this.nextMutation++, change });
    return change;
  }

  get(table: TableName, id: string): SyncedRow | undefined {
    return this.rows.get(keyOf(table, id))?.row;
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    const before = { rows: new Map(this.rows), outbox: [...this.outbox], checkpoint: this.checkpoint };
    try {
      return await work();
    } catch (error) {
      ({ rows: this.rows, outbox: this.outbox, checkpoint: this.checkpoint } = before);
      throw error;
    }
  }

  readRow(table: TableName, id: string): Promise<SyncedRow | undefined> {
    return Promise.resolve(this.get(table, id));
  }

  putRows(table: TableName, rows: readonly SyncedRow[]): Promise<void> {
    for (const row of rows) this.rows.set(keyOf(table, row.id), { table, row });
    return Promise.resolve();
  }

  deleteRow(table: TableName, id: string): Promise<void> {
    this.rows.delete(keyOf(table, id));
    return Promise.resolve();
  }

  pendingChanges(): Promise<RecordChange[]> {
    return Promise.resolve(this.outbox.map((entry) => entry.change));
  }

  removeAcknowledged(mutations: readonly number[]): Promise<(RecordChange | undefined)[]> {
    const found = mutations.map((mutation) => this.outbox.find((entry) => entry.mutation === mutation)?.change);
    const done = new Set(mutations);
    this.outbox = this.outbox.filter((entry) => !done.has(entry.mutation));
    return Promise.resolve(found);
  }

  setCheckpoint(seq: number): Promise<void> {
    this.checkpoint = seq;
    return Promise.resolve();
  }

  followClock(stamp: string): Promise<void> {
    this.clock.receive(stamp);
    return Promise.resolve();
  }
}

const keyOf = (table: TableName, id: string) => `${table}/${id}`;
