import { existsSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { HubStartupError } from '../hubStartupError';
import { LATEST_SCHEMA_VERSION, schemaVersionOf } from '../sync/migrations';
import { backupDatabase, BackupError, type BackupDone } from './takeBackup';

/**
 * Before the hub migrates a store written by an older Landhub, it backs it up: a migration
 * rewrites every record at times (migration 4), and the version that wrote the store is the
 * only one that can still read it. A new file (schema 0) has nothing to keep. A file that cannot
 * be opened or read is left to the start-up check (sync/storeCheck.ts), which words it.
 */
export async function backupBeforeMigration(file: string, options: { folder: string; now: Date; keep?: number }): Promise<BackupDone | null> {
  if (!existsSync(file) || statSync(file).size === 0) return null;
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch {
    return null;
  }
  try {
    let version: number;
    try {
      version = schemaVersionOf(db);
    } catch {
      return null;
    }
    if (version === 0 || version >= LATEST_SCHEMA_VERSION) return null;
    try {
      return await backupDatabase(db, { folder: options.folder, reason: { kind: 'beforeMigration', fromSchema: version }, now: options.now, keep: options.keep });
    } catch (error) {
      const detail = error instanceof BackupError ? error.message : String(error);
      throw new HubStartupError(`The hub's database at ${file} is from an older Landhub (schema ${String(version)}) and was not upgraded, because the backup taken first failed. ${detail}`);
    }
  } finally {
    db.close();
  }
}
