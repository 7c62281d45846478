import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import { CARD_KEY_BYTES } from '@core/cardLookup';
import type { SyncedRow } from '@core/sync/merge';
import { parentIdOf } from '@core/sync/roleProjection';
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

const CARD_KEY_NAME = 'cardKey';
/** Tables whose rows hold a desk or room in `resource_id` (index bookings_by_resource): the overlap rule reads them by resource. */
const RESOURCE_TABLES: ReadonlySet<TableName> = new Set(['bookings', 'bookingSeries']);

export function createSqliteHubStore(db: Database.Database): HubStore {
  const statements = {
    latestSeq: db.prepare<[], { value: number }>("SELECT value FROM counters WHERE name = 'seq'"),
    bumpSeq: db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'seq'"),
    getRecord: db.prepare<[string, string], { row_json: string }>('SELECT row_json FROM records WHERE table_name = ? AND id = ?'),
    putRecord: db.prepare(`INSERT INTO records (table_name, id, seq, deleted, resource_id, parent_id, row_json) VALUES (@table, @id, @seq, @deleted, @resourceId, @parentId, @json)
      ON CONFLICT (table_name, id) DO UPDATE SET seq = @seq, deleted = @deleted, resource_id = @resourceId, parent_id = @parentId, row_json = @json`),
    getRecords: db.prepare<[string, string], { id: string; row_json: string }>('SELECT id, row_json FROM records WHERE table_name = ? AND id IN (SELECT value FROM json_each(?))'),
    children: db.prepare<[string, string], { id: string }>('SELECT id FROM records WHERE parent_id = ? AND table_name = ? ORDER BY seq'),
    setSeq: db.prepare('UPDATE records SET seq = ? WHERE table_name = ? AND id = ?'),
    epoch: db.prepare<[], { value: string }>("SELECT value FROM hub_meta WHERE name = 'epoch'"),
    readSecret: db.prepare<[string], { value: string }>('SELECT value FROM hub_secrets WHERE name = ?'),
    addSecret: db.prepare('INSERT OR IGNORE INTO hub_secrets (name, value) VALUES (?, ?)'),
    bookings: db.prepare<[string], { row_json: string }>("SELECT row_json FROM records WHERE table_name = 'bookings' AND resource_id = ?"),
    series: db.prepare<[string], { row_json: string }>("SELECT row_json FROM records WHERE table_name = 'bookingSeries' AND resource_id = ? AND deleted = 0"),
    liveChildren: db.prepare<[string, string], { row_json: string }>('SELECT row_json FROM records WHERE parent_id = ? AND table_name = ? AND deleted = 0'),
    pendingHelpOffers: db.prepare<[string], { count: number }>("SELECT count(*) AS count FROM records WHERE table_name = 'helpOffers' AND json_extract(row_json, '$.projectId') = ? AND deleted = 0 AND json_extract(row_json, '$.status') = 'pending'"),
    // The same expression as the index bookings_by_member (migration 7), so SQLite uses it.
    memberBookings: db.prepare<[string, string], { row_json: string }>("SELECT row_json FROM records WHERE table_name = 'bookings' AND json_extract(row_json, '$.memberId') = ? AND deleted = 0 AND json_extract(row_json, '$.endsAt') > ?"),
    live: db.prepare<[string], { row_json: string }>('SELECT row_json FROM records WHERE table_name = ? AND deleted = 0'),
    bookingsStarting: db.prepare<[string, string], { row_json: string }>("SELECT row_json FROM records WHERE table_name = 'bookings' AND deleted = 0 AND json_extract(row_json, '$.startsAt') >= ? AND json_extract(row_json, '$.startsAt') < ?"),
    checkInsSince: db.prepare<[string], { row_json: string }>("SELECT row_json FROM records WHERE table_name = 'checkIns' AND deleted = 0 AND json_extract(row_json, '$.at') >= ?"),
    since: db.prepare<[number, number], { seq: number; table_name: string; row_json: string }>('SELECT seq, table_name, row_json FROM records WHERE seq > ? ORDER BY seq LIMIT ?'),
    lastMutation: db.prepare<[string], { last_mutation: number }>('SELECT last_mutation FROM device_mutations WHERE device_id = ?'),
    setLastMutation: db.prepare(`INSERT INTO device_mutations (device_id, last_mutation) VALUES (?, ?)
      ON CONFLICT (device_id) DO UPDATE SET last_mutation = excluded.last_mutation`),
    purge: db.prepare('DELETE FROM records WHERE deleted = 1 AND seq <= ?'),
  };

  const latestSeq = () => statements.latestSeq.get()?.value ?? 0;
  let cardKey: string | null = null;
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
    getRecords: (table, ids) => new Map(statements.getRecords.all(table, JSON.stringify(ids)).map((found) => [found.id, parseRow(found.row_json)])),
    putRecord: (table, row, seq) => {
      const resourceId = RESOURCE_TABLES.has(table) && typeof row.resourceId === 'string' ? row.resourceId : null;
      statements.putRecord.run({ table, id: row.id, seq, deleted: row.deleted ? 1 : 0, resourceId, parentId: parentIdOf(table, row), json: JSON.stringify(row) });
    },
    restampChildren: (table, parentId) => {
      const children = statements.children.all(parentId, table);
      for (const child of children) {
        statements.bumpSeq.run();
        statements.setSeq.run(latestSeq(), table, child.id);
      }
      return children.length;
    },
    epoch: () => {
      const found = statements.epoch.get()?.value;
      if (!found) throw new Error('The hub database has no epoch.');
      return found;
    },
    cardKey: () => {
      if (cardKey) return cardKey;
      // OR IGNORE: the first key ever written stays the key; every kiosk's hashes depend on it.
      if (!statements.readSecret.get(CARD_KEY_NAME)) statements.addSecret.run(CARD_KEY_NAME, randomBytes(CARD_KEY_BYTES).toString('base64url'));
      cardKey = statements.readSecret.get(CARD_KEY_NAME)?.value ?? null;
      if (!cardKey) throw new Error('The hub could not keep its card key.');
      return cardKey;
    },
    liveRecords: (table) => statements.live.all(table).map((found) => parseRow(found.row_json)),
    checkInsSince: (since) => statements.checkInsSince.all(since).map((found) => parseRow(found.row_json)),
    bookingsStartingBetween: (from, to) => statements.bookingsStarting.all(from, to).map((found) => parseRow(found.row_json)),
    bookingsOfResource: (resourceId) => statements.bookings.all(resourceId).map((found) => parseRow(found.row_json)),
    seriesOfResource: (resourceId) => statements.series.all(resourceId).map((found) => parseRow(found.row_json)),
    exceptionsOfSeries: (seriesId) => statements.liveChildren.all(seriesId, 'seriesExceptions').map((found) => parseRow(found.row_json)),
    liveChildren: (table, parentId) => statements.liveChildren.all(parentId, table).map((found) => parseRow(found.row_json)),
    pendingHelpOffers: (projectId) => statements.pendingHelpOffers.get(projectId)?.count ?? 0,
    bookingsOfMember: (memberId, endingAfter) => statements.memberBookings.all(memberId, endingAfter).map((found) => parseRow(found.row_json)),
    changesSince: (seq, limit, maxChars): StoredChange[] => {
      const page: StoredChange[] = [];
      let chars = 0;
      for (const found of statements.since.iterate(seq, limit)) {
        if (page.length > 0 && chars + found.row_json.length > maxChars) break;
        chars += found.row_json.length;
        page.push({ seq: found.seq, table: asTableName(found.table_name), row: parseRow(found.row_json) });
      }
      return page;
    },
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
