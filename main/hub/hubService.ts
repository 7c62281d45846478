import path from 'node:path';
import Database from 'better-sqlite3';
import { HybridClock } from '@core/hlc';
import { defaultBackupDir, DEFAULT_BACKUP_KEEP } from './backup/backupFiles';
import { createBackupStatus } from './backup/backupStatus';
import { writeHubLock } from './backup/hubLock';
import { backupBeforeMigration } from './backup/migrationBackup';
import { backupDatabase, type BackupDone } from './backup/takeBackup';
import { startNightlyBackups } from './jobs/nightlyBackup';
import { storedHubSettings } from './storedSettings';
import { createCalendarRoute } from './calendars/calendarFeeds';
import { createFeedKeys } from './calendars/feedKeys';
import { createPublicProjectRoute } from './publicProjects/publicProjectRoute';
import { createHubApi } from './api/hubApi';
import { prepareDataDir } from './dataDir';
import { createDeviceRegistry } from './devices/deviceRegistry';
import { HubStartupError } from './hubStartupError';
import { hubLog } from './hubLog';
import { startHubServer } from './server';
import { hubJobs } from './jobs/hubJobs';
import { startJobScheduler } from './jobs/jobScheduler';
import { createStoreHealth } from './storeHealth';
import { LATEST_SCHEMA_VERSION } from './sync/migrations';
import { createSqliteHubStore, openHubSqlite } from './sync/sqliteHubStore';
import { HUB_NODE } from './sync/syncEngine';
import { attachSyncServer, type SyncTiming } from './sync/syncServer';

/**
 * How long the first host's set-up code stays valid: long enough to walk to the host desk,
 * short enough not to be a standing door into a new hub. `--new-host-code` makes a fresh one.
 */
export const FIRST_HOST_CODE_TTL_MS = 30 * 60_000;
export const HUB_DATABASE_FILE = 'hub.sqlite';

export interface HubOptions {
  port: number;
  host: string;
  dataDir: string;
  rendererDir: string;
  now?: () => Date;
  /** For tests: shorter hello and heartbeat times than a real hub uses. */
  syncTiming?: Partial<SyncTiming>;
  /** For tests: run the timed jobs (main/hub/jobs/) this often instead of at their own intervals. */
  jobEveryMs?: number;
  /** Where backups go (default `<dataDir>/backups`) and how many are kept (default 14). */
  backupDir?: string;
  backupKeep?: number;
  /** For tests: check whether the nightly backup is due this often instead of every minute. */
  backupCheckEveryMs?: number;
}

export interface RunningHub {
  url: string;
  port: number;
  /** A one-time code for the first host desk, while the hub has none. */
  firstHostCode: { code: string; expiresAt: string } | null;
  close(): Promise<void>;
}

function openDatabase(file: string) {
  try {
    return openHubSqlite(file);
  } catch (error) {
    // The start-up check (sync/storeCheck.ts) already said what is wrong with the file.
    if (error instanceof HubStartupError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new HubStartupError(
      `The hub's database at ${file} cannot be opened (${message}). If the file is damaged, restore it from a backup. Only if there is none, move it away to start a new hub, and pair every machine again.`,
    );
  }
}

/** The whole hub: database, device registry, HTTP (renderer, /healthz, /api, /calendars, /projects) and /sync. */
export async function startHub(options: HubOptions): Promise<RunningHub> {
  const now = options.now ?? (() => new Date());
  await prepareDataDir(options.dataDir);
  const backupDir = options.backupDir ?? defaultBackupDir(options.dataDir);
  const keep = options.backupKeep ?? DEFAULT_BACKUP_KEEP;
  // A restore (backup/restoreHub.ts) refuses a folder whose hub runs.
  const releaseLock = writeHubLock(options.dataDir, now());
  const file = path.join(options.dataDir, HUB_DATABASE_FILE);
  let db: Database.Database;
  try {
    const beforeMigration = await backupBeforeMigration(file, { folder: backupDir, now: now(), keep });
    if (beforeMigration) hubLog('backup.beforeMigration', { file: beforeMigration.name, bytes: beforeMigration.bytes, ms: beforeMigration.ms });
    db = openDatabase(file);
  } catch (error) {
    releaseLock();
    throw error;
  }
  const store = createSqliteHubStore(db);
  const backupStatus = createBackupStatus();
  const devices = createDeviceRegistry(db);
  const clock = new HybridClock(HUB_NODE, () => now().getTime());
  const storeHealth = createStoreHealth(now);
  let disconnect: (deviceId: string) => void = () => undefined;
  // The sync endpoint attaches to the server once it listens; until then there is nobody to poke.
  let poke: () => void = () => undefined;
  const feedKeys = createFeedKeys(db);
  const server = await startHubServer({
    port: options.port,
    host: options.host,
    rendererDir: options.rendererDir,
    healthExtras: () => ({ ...storeHealth.status(), deviceCount: devices.count(), latestSeq: store.latestSeq(), schemaVersion: LATEST_SCHEMA_VERSION, backup: backupStatus.health() }),
    onRequestError: (error) => { storeHealth.failed(error); },
    api: createHubApi({ devices, now, disconnect: (deviceId) => { disconnect(deviceId); }, lastMutation: (deviceId) => store.lastMutation(deviceId), getRecord: (table, id) => store.getRecord(table, id), feedKeys }),
    calendars: createCalendarRoute({ store, feedKeys, now }),
    projects: createPublicProjectRoute({ store, clock, now, poke: () => { poke(); } }),
  }).catch((error: unknown) => {
    db.close();
    releaseLock();
    throw error;
  });
  const sync = attachSyncServer(server.server, { store, devices, clock, now, storeHealth, timing: options.syncTiming });
  disconnect = (deviceId) => { sync.disconnect(deviceId, 'This machine was removed from the hub.'); };
  poke = () => { sync.poke(); };
  const jobs = startJobScheduler({ store, clock, now, jobs: hubJobs, poke: () => { sync.poke(); }, storeHealth, everyMs: options.jobEveryMs });
  const backups = startNightlyBackups({ db, folder: backupDir, keep, now, timeZone: () => storedHubSettings(store).timeZone, status: backupStatus, everyMs: options.backupCheckEveryMs });
  const firstHostCode = devices.hasHost() ? null : devices.createPairingCode('host', now(), FIRST_HOST_CODE_TTL_MS);
  return {
    url: server.url,
    port: server.port,
    firstHostCode,
    close: async () => {
      jobs.stop();
      sync.close();
      await server.close();
      // A backup under way reads the database in steps: it finishes first.
      await backups.stop();
      // better-sqlite3 is synchronous: no transaction can be half-way when we get here.
      db.close();
      releaseLock();
    },
  };
}

/**
 * A fresh one-time code for the first host desk, written into the hub's data folder (the
 * running hub, if any, reads codes from the same database). Null when the hub has a host:
 * then a host makes codes in Settings → Machines.
 */
export async function newFirstHostCode(dataDir: string, now: Date = new Date(), backupDir = defaultBackupDir(dataDir)): Promise<{ code: string; expiresAt: string } | null> {
  await prepareDataDir(dataDir);
  const file = path.join(dataDir, HUB_DATABASE_FILE);
  await backupBeforeMigration(file, { folder: backupDir, now });
  const db = openDatabase(file);
  try {
    const devices = createDeviceRegistry(db);
    return devices.hasHost() ? null : devices.createPairingCode('host', now, FIRST_HOST_CODE_TTL_MS);
  } finally {
    db.close();
  }
}

/**
 * `--backup-now`: one backup of the data folder's database, with the backup API, whether or not
 * a hub runs on it (SQLite lets the backup read while the hub writes). The file is opened as it
 * is, without migrations: a backup keeps what is there.
 */
export async function backupHubNow(dataDir: string, backupDir: string, now: Date = new Date(), keep = DEFAULT_BACKUP_KEEP): Promise<BackupDone> {
  const file = path.join(dataDir, HUB_DATABASE_FILE);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true, timeout: 5_000 });
  } catch {
    throw new HubStartupError(`There is no hub database at ${file} to back up. Check the --data folder.`);
  }
  try {
    return await backupDatabase(db, { folder: backupDir, reason: { kind: 'manual' }, now, keep });
  } finally {
    db.close();
  }
}
