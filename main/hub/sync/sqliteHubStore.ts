import Database from 'better-sqlite3';
import type { SyncedRow } from '@core/sync/merge';
import { tableNames, type TableName } from '@core/schemas';
import type { HubStore, StoredChange } from './hubStore';
import { migrate } from './migrations';
import { refuseDamagedStore, refuseEmptyStore } from './storeCheck';

/**
 * The hub's store on SQLite (better-sqlite3, WAL). `records` holds each record's current
 * merged state with the seq of its latest change, which makes "changes since N" one indexed
 * range query that also coalesces repeated edits of one record.
 */
export function openSqliteHubStore(file: string): HubStore {
  return createSqliteHubStore(openHubSqlite(file));
}

/**
 * How long a write waits for a lock another program holds before it fails (and closes only the
 * connection that wrote). better-sqlite3 waits 5 s by default, and the wait blocks every machine.
 */
export const STORE_BUSY_TIMEOUT_MS = 1_000;

/** Opens, checks (storeCheck.ts) and migrates the hub's SQLite file; `:memory:` for tests. */
export function openHubSqlite(file: string): Database.Database {
  refuseEmptyStore(file);
  const db = new Database(file, { timeout: STORE_BUSY_TIMEOUT_MS });
  try {
    refuseDamagedStore(db, file);
    db.pragma('journal_mode = WAL');
    // FULL: a change the hub acknowledged survives a power cut, not only a crash of the process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function createSqliteHubStore(db: Database.Database): HubStore {
  const statements = {
    latestSeq: db.prepare<[], { value: number }>("SELECT value FROM counters WHERE name = 'seq'"),
    bumpSeq: db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'seq'"),
    getRecord: db.prepare<[string, string], { row_json: string }>('SELECT row_json FROM records WHERE table_name = ? AND id = ?'),
    putRecord: db.prepare(`INSERT INTO records (table_name, id, seq, deleted, resource_id, row_json) VALUES (@table, @id, @seq, @deleted, @resourceId, @json)
      ON CONFLICT (table_name, id) DO UPDATE SET seq = @seq, deleted = @deleted, resource_id = @resourceId, row_json = @json`),
    bookings: db.prepare<[string], { row_json: string }>("SELECT row_json FROM records WHERE table_name = 'bookings' AND resource_id = ?"),
    since: db.prepare<[number, number], { seq: number; table_name: string; row_json: string }>('SELECT seq, table_name, row_json FROM records WHERE seq > ? ORDER BY seq LIMIT ?'),
    lastMutation: db.prepare<[string], { last_mutation: number }>('SELECT last_mutation FROM device_mutations WHERE device_id = ?'),
    setLastMutation: db.prepare(`INSERT INTO device_mutations (device_id, last_mutation) VALUES (?, ?)
      ON CONFLICT (device_id) DO UPDATE SET last_mutation = excluded.last_mutation`),
    purge: db.prepare('DELETE FROM records WHERE deleted = 1 AND seq <= ?'),
  };

  const latestSeq = () => statements.latestSeq.get()?.value ?? 0;
  // Rows are written only by putRecord below, after the sync engine validated them.
  const parseRow = (json: string): SyncedRow => JSON.parse(json) as SyncedRow;

  return {
    transaction: (work) => db.transaction(work).immediate(),
    latestSeq,
    nextSeq: () => {
      statements.bumpSeq.run();
      return latestSeq();
    },
    getRecord: (table, id) => {
      const found = statements.getRecord.get(table, id);
      return found ? parseRow(found.row_json) : undefined;
    },
    putRecord: (table, row, seq) => {
      const resourceId = table === 'bookings' && typeof row.resourceId === 'string' ? row.resourceId : null;
      statements.putRecord.run({ table, id: row.id, seq, deleted: row.deleted ? 1 : 0, resourceId, json: JSON.stringify(row) });
    },
    bookingsOfResource: (resourceId) => statements.bookings.all(resourceId).map((found) => parseRow(found.row_json)),
    changesSince: (seq, limit): StoredChange[] =>
      statements.since.all(seq, limit).map((found) => ({ seq: found.seq, table: asTableName(found.table_name), row: parseRow(found.row_json) })),
    lastMutation: (deviceId) => statements.lastMutation.get(deviceId)?.last_mutation ?? 0,
    setLastMutation: (deviceId, mutation) => {
      statements.setLastMutation.run(deviceId, mutation);
    },
    purgeTombstones: (uptoSeq) => statements.purge.run(uptoSeq).changes,
    close: () => {
      db.close();
    },
  };
}

function asTableName(name: string): TableName {
  const table = tableNames.find((known) => known === name);
  if (!table) throw new Error(`The hub database holds an unknown table: ${name}`);
  return table;
}
