import { chmod, mkdir, rename, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { errorCode } from '../errorCode';
import { describeStorageError, storageErrorCode } from '../storeHealth';
import { backupFileName, DEFAULT_BACKUP_KEEP, pruneBackups, type BackupReason } from './backupFiles';
import { checkHubFile } from './checkHubFile';

/**
 * One backup of the hub's database: SQLite's online backup API (better-sqlite3 `db.backup`),
 * which copies a consistent state page by page while machines keep syncing, never a file copy
 * of a live database. Written under a hidden name, turned into a single file (no WAL), checked
 * with the full integrity check (checkHubFile.ts), and only then given its name; a backup that
 * fails the check is deleted and the error says why. Then the folder keeps the newest `keep`.
 */
export interface BackupOptions {
  folder: string;
  reason: BackupReason;
  /** The hub's clock: names the file. */
  now: Date;
  keep?: number;
}

export interface BackupDone {
  file: string;
  name: string;
  bytes: number;
  ms: number;
  /** Older backups deleted to keep the newest `keep`. */
  pruned: string[];
}

/** A backup that could not be taken or failed its check; the message is a sentence for the log and the terminal. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export async function backupDatabase(db: Database.Database, options: BackupOptions): Promise<BackupDone> {
  const started = performance.now();
  await makeBackupFolder(options.folder);
  const name = backupFileName(options.now, options.reason);
  const file = join(options.folder, name);
  const partial = join(options.folder, `.${name}.partial`);
  try {
    await db.backup(partial);
    singleFile(partial);
  } catch (error) {
    await removeQuietly(partial);
    throw new BackupError(`The backup into ${options.folder} could not be written: ${describeWriteError(error)}.`);
  }
  const check = checkHubFile(partial);
  if (!check.ok) {
    await removeQuietly(partial);
    throw new BackupError(`The backup failed its integrity check and was deleted (${check.reason.replace(partial, 'the new backup')}). The hub's own database may be damaged: check /healthz and the log.`);
  }
  // A backup holds what the database holds (members, hashed tokens): for the hub's user only.
  await chmod(partial, 0o600);
  await rename(partial, file);
  const pruned = await pruneBackups(options.folder, options.keep ?? DEFAULT_BACKUP_KEEP);
  return { file, name, bytes: (await stat(file)).size, ms: Math.round(performance.now() - started), pruned };
}

/** The backup copies the live file's WAL mode; a backup is one file, readable anywhere without -wal and -shm. */
function singleFile(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

function describeWriteError(error: unknown): string {
  const sqlite = storageErrorCode(error);
  if (sqlite) return `${describeStorageError(sqlite)} (${sqlite})`;
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'the disk is full';
  if (code === 'EACCES' || code === 'EPERM') return 'no permission to write there';
  if (code === 'EROFS') return 'it is on a read-only file system';
  return error instanceof Error ? error.message : String(error);
}

/** mkdir -p one level at a time (Node's recursive mkdir can retry an ENOENT for ever), in plain words. */
export async function makeBackupFolder(folder: string): Promise<void> {
  const missing: string[] = [];
  for (let current = folder; !(await isDirectory(current)); current = dirname(current)) {
    missing.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const path of missing) {
    try {
      await mkdir(path);
    } catch (error) {
      if (errorCode(error) === 'EEXIST' && (await isDirectory(path))) continue;
      throw new BackupError(`The backup folder ${folder} cannot be created: ${describeWriteError(error)}. Choose another one with --backup-dir.`);
    }
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

async function removeQuietly(file: string): Promise<void> {
  for (const path of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) {
    await unlink(path).catch(() => undefined);
  }
}
