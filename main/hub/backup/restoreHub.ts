import { existsSync, statSync } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { openHubSqlite } from '../sync/sqliteHubStore';
import { backupDatabase, BackupError, type BackupDone } from './takeBackup';
import { checkHubFile } from './checkHubFile';
import { HUB_LOCK_FILE, runningHubOn } from './hubLock';

/**
 * `npm run hub -- --data <folder> --restore <file>`: puts a backup in place of the hub's
 * database while no hub runs on the folder. The current state is backed up first (or, when it
 * is damaged, kept beside as `hub.sqlite.damaged-…`), the backup is checked and copied in with
 * the backup API, and the restored store gets a new epoch and seqs above every seq the current
 * store handed out (docs/sync-protocol.md, "Restores"), so every machine downloads it again.
 */
export interface RestoreOptions {
  dataDir: string;
  databaseFile: string;
  source: string;
  backupDir: string;
  now: Date;
  keep?: number;
}

export interface RestoreDone {
  /** The backup of the state before the restore (null when the folder had no database). */
  safetyBackup: BackupDone | null;
  /** Where a damaged database that could not be backed up was moved. */
  damagedKeptAs: string | null;
  epoch: string;
  schemaVersion: number;
  latestSeq: number;
}

/** A restore that was refused or failed; `exitCode` 2 for a file that is not a hub's backup at all, 1 otherwise. */
export class RestoreError extends Error {
  override name = 'RestoreError';
  constructor(message: string, readonly exitCode: 1 | 2) {
    super(message);
  }
}

/** Seqs to step over when the current store cannot be read: more than any hub hands out between two backups. */
const UNKNOWN_SEQ_MARGIN = 1_000_000_000;

export async function restoreHub(options: RestoreOptions): Promise<RestoreDone> {
  const source = resolve(options.source);
  const running = runningHubOn(options.dataDir);
  if (running) {
    throw new RestoreError(`A hub is running on ${options.dataDir} (process ${String(running.pid)}, since ${running.startedAt}). Stop it first, then restore. If no hub runs there, delete ${join(options.dataDir, HUB_LOCK_FILE)}.`, 1);
  }
  if (source === resolve(options.databaseFile)) throw new RestoreError(`${source} is the hub's own database; name a backup to restore.`, 2);
  if (!existsSync(source)) throw new RestoreError(`There is no file ${source}. Name a backup, for example one in ${options.backupDir}.`, 2);
  const check = checkHubFile(source);
  if (!check.ok) throw new RestoreError(`Nothing was restored: ${check.reason}`, /not a Landhub hub database|cannot be opened/.test(check.reason) ? 2 : 1);

  const current = await setCurrentAside(options);
  const restoring = join(dirname(options.databaseFile), `.${basename(options.databaseFile)}.restoring`);
  await removeWithJournals(restoring);
  try {
    const from = new Database(source, { readonly: true, fileMustExist: true });
    try {
      await from.backup(restoring);
    } finally {
      from.close();
    }
    const restored = renumber(restoring, current.latestSeq ?? UNKNOWN_SEQ_MARGIN);
    // The current store is backed up (or set aside) and one file now; rename replaces it at once.
    await removeJournals(options.databaseFile);
    await rename(restoring, options.databaseFile);
    return { safetyBackup: current.backup, damagedKeptAs: current.damagedKeptAs, ...restored };
  } catch (error) {
    await removeWithJournals(restoring);
    if (error instanceof RestoreError) throw error;
    throw new RestoreError(`The restore failed and the hub's database was left as it was${current.damagedKeptAs ? ` (the damaged one is in ${current.damagedKeptAs})` : ''}: ${error instanceof Error ? error.message : String(error)}`, 1);
  }
}

interface CurrentState {
  backup: BackupDone | null;
  damagedKeptAs: string | null;
  /** The highest seq the current store handed out; null when it cannot be read. */
  latestSeq: number | null;
}

/** Backs the current database up (the restore must be undoable), or moves a damaged one aside. */
async function setCurrentAside(options: RestoreOptions): Promise<CurrentState> {
  const file = options.databaseFile;
  if (!existsSync(file)) return { backup: null, damagedKeptAs: null, latestSeq: 0 };
  const check = statSync(file).size > 0 ? checkHubFile(file) : ({ ok: false, reason: 'empty' } as const);
  if (!check.ok) {
    const aside = `${file}.damaged-${options.now.toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${file}${suffix}`)) await rename(`${file}${suffix}`, `${aside}${suffix}`);
    return { backup: null, damagedKeptAs: aside, latestSeq: null };
  }
  const db = new Database(file, { fileMustExist: true });
  try {
    let backup: BackupDone;
    try {
      backup = await backupDatabase(db, { folder: options.backupDir, reason: { kind: 'beforeRestore' }, now: options.now, keep: options.keep });
    } catch (error) {
      throw new RestoreError(`Nothing was restored: the backup of the current state failed. ${error instanceof BackupError ? error.message : String(error)}`, 1);
    }
    // Folds the WAL into the file and removes it: no -wal of this store may meet the restored one.
    db.pragma('journal_mode = DELETE');
    return { backup, damagedKeptAs: null, latestSeq: check.latestSeq };
  } finally {
    db.close();
  }
}

/**
 * Opens the copy as the hub would (checks, migrations), then gives every record a new seq above
 * `above` and the store a new epoch, in one transaction, and leaves it as one file.
 */
function renumber(file: string, above: number): Pick<RestoreDone, 'epoch' | 'schemaVersion' | 'latestSeq'> {
  const db = openHubSqlite(file);
  try {
    const result = db.transaction(() => {
      db.prepare('UPDATE records SET seq = seq + ?').run(above);
      db.prepare("UPDATE counters SET value = value + ? WHERE name = 'seq'").run(above);
      db.prepare("UPDATE hub_meta SET value = lower(hex(randomblob(16))) WHERE name = 'epoch'").run();
      return {
        epoch: String(db.prepare("SELECT value FROM hub_meta WHERE name = 'epoch'").pluck().get()),
        schemaVersion: Number(db.pragma('user_version', { simple: true })),
        latestSeq: Number(db.prepare("SELECT value FROM counters WHERE name = 'seq'").pluck().get()),
      };
    }).immediate();
    db.pragma('journal_mode = DELETE');
    return result;
  } finally {
    db.close();
  }
}

async function removeJournals(file: string): Promise<void> {
  for (const suffix of ['-journal', '-wal', '-shm']) await unlink(`${file}${suffix}`).catch(() => undefined);
}

async function removeWithJournals(file: string): Promise<void> {
  await unlink(file).catch(() => undefined);
  await removeJournals(file);
}
