import Dexie from 'dexie';
import { newId } from '@core/ids';
import { isFieldPublic } from '@core/memberPrivacy';
import { whoIsIn } from '@core/presence';
import { tableNames, type TableName } from '@core/schemas';
import { zonedStartOfDay } from '@core/time/zonedTime';
import { hubFrameSchema, parseFrame } from '@core/sync/messages';
import { sortPulledRecords } from '@core/sync/pulledRecords';
import { checkIn } from '../../renderer/src/data/checkInRepo';
import { openDataContext, type DataContext } from '../../renderer/src/data/dataContext';
import { DEFAULT_DATABASE_NAME, LandhubDatabase } from '../../renderer/src/data/database';
import { hubTimeZone } from '../../renderer/src/data/hubSettingsRepo';
import { pairThisMachine } from '../../renderer/src/data/sync/pairing';
import { createSyncService } from '../../renderer/src/data/sync/syncService';
import { readCheckpoint } from '../../renderer/src/data/sync/syncSettings';
import type { BenchApi, LatencyWrite, SyncBaselineResult, SyncedDatabaseState } from './benchApi';

/**
 * The sync bench's side in the page: what a fresh device received, the raw Dexie floor for the
 * same rows, and a kiosk that writes check-ins through the app's own repository and sync client.
 */
const RAW_DATABASE = 'landhub-bench-sync-raw';
const PARSE_SAMPLE_TABLES: TableName[] = ['members', 'bookings'];
const PARSE_REPEATS = 3;
const PAIR_TIMEOUT_MS = 120_000;

type Rows = Record<string, unknown>[];

async function syncedState(): Promise<SyncedDatabaseState> {
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  try {
    const counts = await Promise.all(tableNames.map(async (table) => ({ table, rows: await db.table(table).count() })));
    const checkpoint = Number((await db.meta.get('sync.checkpoint'))?.value ?? 0);
    return { checkpoint, counts, records: counts.reduce((sum, { rows }) => sum + rows, 0) };
  } finally {
    db.close();
  }
}

/** The app's own index list for every synced table, so the raw floor maintains the same indexes. */
function indexLists(db: LandhubDatabase): Record<string, string> {
  const lists: Record<string, string> = {};
  for (const table of db.tables) {
    if (!(tableNames as readonly string[]).includes(table.name)) continue;
    lists[table.name] = [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(', ');
  }
  return lists;
}

/** What one pulled page costs to parse before anything is written: the frame as the hub sends it. */
function parseCost(table: TableName, rows: Rows, pageSize: number): SyncBaselineResult['parseMsPerPage'][number] {
  const page = rows.slice(0, pageSize).map((row, index) => ({ seq: index + 1, table, row }));
  const text = JSON.stringify({ type: 'changes', records: page, latestSeq: page.length, more: true });
  const times: number[] = [];
  for (let repeat = 0; repeat < PARSE_REPEATS; repeat++) {
    const started = performance.now();
    // As the sync client does it: the page's envelope, then each record on its own.
    const parsed = parseFrame(hubFrameSchema, text);
    const sorted = parsed.ok && parsed.message.type === 'changes' ? sortPulledRecords(parsed.message.records, 0) : null;
    times.push(performance.now() - started);
    if (!parsed.ok) throw new Error(`The bench's ${table} page does not parse: ${parsed.reason}`);
    if (sorted && sorted.skipped.length > 0) throw new Error(`The bench's ${table} page has records a machine skips: ${JSON.stringify(sorted.skipped[0])}`);
  }
  times.sort((a, b) => a - b);
  return { table, rows: page.length, bytes: text.length, ms: times[Math.floor(times.length / 2)] ?? Number.NaN };
}

/**
 * Plain Dexie `bulkPut` of every row the device just pulled, a page at a time, into a scratch
 * database with the same indexes and Chromium's default durability: the floor initial sync is
 * compared with.
 */
async function syncBulkPutBaseline(chunkSize: number): Promise<SyncBaselineResult> {
  const app = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  const tables: { table: TableName; rows: Rows }[] = [];
  let lists: Record<string, string>;
  try {
    await app.open();
    lists = indexLists(app);
    for (const table of tableNames) tables.push({ table, rows: await app.table<Record<string, unknown>, string>(table).toArray() });
  } finally {
    app.close();
  }
  await Dexie.delete(RAW_DATABASE);
  const raw = new Dexie(RAW_DATABASE);
  raw.version(1).stores(lists);
  let records = 0;
  const started = performance.now();
  try {
    for (const { table, rows } of tables) {
      for (let offset = 0; offset < rows.length; offset += chunkSize) await raw.table(table).bulkPut(rows.slice(offset, offset + chunkSize));
      records += rows.length;
    }
  } finally {
    raw.close();
  }
  const ms = performance.now() - started;
  await Dexie.delete(RAW_DATABASE);
  const parseMsPerPage = PARSE_SAMPLE_TABLES.flatMap((name) => {
    const rows = tables.find(({ table }) => table === name)?.rows ?? [];
    return rows.length > 0 ? [parseCost(name, rows, chunkSize)] : [];
  });
  return { records, ms, chunkSize, parseMsPerPage };
}

let device: { context: DataContext; queue: string[] } | null = null;

/** The machine this page was paired as (a kiosk, a host desk), with its sync client running. */
export function pairedDevice(): { context: DataContext; queue: string[] } {
  if (!device) throw new Error('pairLatencyDevice() must run first');
  return device;
}

/** Pairs this page with the app's own pairing code path (a kiosk or a host desk, by the code's role), then waits for the hub's data. */
async function pairLatencyDevice(hubUrl: string, code: string, latestSeq: number, deviceName: string): Promise<number> {
  const context = await openDataContext({ databaseName: DEFAULT_DATABASE_NAME, deviceId: newId() });
  // Its sync service keeps running after pairing, as the app's does, so the machine keeps syncing.
  await pairThisMachine(createSyncService(context), { hubUrl, code, deviceName });
  device = { context, queue: [] };
  const deadline = performance.now() + PAIR_TIMEOUT_MS;
  for (;;) {
    const checkpoint = await readCheckpoint(context);
    if (checkpoint >= latestSeq) return checkpoint;
    if (performance.now() > deadline) throw new Error(`${deviceName} reached seq ${checkpoint} of ${latestSeq} in ${PAIR_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Members the wall display counts as "in today" once they check in: active, presence public, not in yet. */
async function latencyCandidates(count: number): Promise<number> {
  const kiosk = pairedDevice();
  const { db, now } = kiosk.context;
  // The hub's day, as the wall counts it: the machine's own midnight may fall elsewhere.
  const dayStart = zonedStartOfDay(now(), await hubTimeZone(kiosk.context));
  const events = await db.checkIns.where('at').aboveOrEqual(dayStart.toISOString()).toArray();
  const inside = whoIsIn(events.filter((event) => !event.deleted), now(), dayStart);
  const members = await db.members.filter((member) => member.active && !member.deleted && isFieldPublic(member, 'presence') && !inside.has(member.id)).toArray();
  kiosk.queue = members.slice(0, count).map((member) => member.id);
  return kiosk.queue.length;
}

const epochNow = () => performance.timeOrigin + performance.now();

/** One check-in through checkInRepo, exactly as the kiosk screen writes it; the sync client pushes it. */
async function checkInNext(): Promise<LatencyWrite> {
  const kiosk = pairedDevice();
  const memberId = kiosk.queue.shift();
  if (!memberId) throw new Error('No member left to check in');
  const startedAt = epochNow();
  const result = await checkIn(kiosk.context, memberId, 'name');
  if (!result.changed) throw new Error(`Member ${memberId} was already in`);
  return { memberId, startedAt, committedAt: epochNow() };
}

export const syncBench: Pick<BenchApi, 'syncedState' | 'syncBulkPutBaseline' | 'pairLatencyDevice' | 'latencyCandidates' | 'checkInNext'> = {
  syncedState,
  syncBulkPutBaseline,
  pairLatencyDevice,
  latencyCandidates,
  checkInNext,
};
