import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from '../errorCode';

/**
 * The hub's backup folder: one SQLite file per backup, named by the hub's clock in UTC so that
 * the names sort by time (`hub-2026-12-04T19-30-00-000Z.sqlite`). A backup taken for a reason
 * says it after the time (`…Z-before-schema-9.sqlite`, `…Z-before-restore.sqlite`); every kind
 * counts towards the last N the folder keeps.
 */
export const DEFAULT_BACKUP_KEEP = 14;
export const BACKUP_FOLDER_NAME = 'backups';

/** Where a hub keeps its backups unless told otherwise (`--backup-dir`): beside its data. */
export function defaultBackupDir(dataDir: string): string {
  return join(dataDir, BACKUP_FOLDER_NAME);
}

export type BackupReason = { kind: 'scheduled' } | { kind: 'manual' } | { kind: 'beforeMigration'; fromSchema: number } | { kind: 'beforeRestore' };

const NAME = /^hub-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(-[a-z0-9-]+)?\.sqlite$/;

export function backupFileName(at: Date, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `hub-${stamp}${suffixOf(reason)}.sqlite`;
}

function suffixOf(reason: BackupReason): string {
  switch (reason.kind) {
    case 'beforeMigration':
      return `-before-schema-${String(reason.fromSchema + 1)}`;
    case 'beforeRestore':
      return '-before-restore';
    default:
      return '';
  }
}

/** When a backup of this name was taken, or null for a file that is not one of the hub's backups. */
export function backupTimeOf(name: string): Date | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, millis] = match;
  const at = new Date(`${day ?? ''}T${hours ?? ''}:${minutes ?? ''}:${seconds ?? ''}.${millis ?? ''}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

export interface BackupFile {
  name: string;
  path: string;
  takenAt: Date;
}

/** The folder's backups, oldest first; an absent folder holds none. */
export async function listBackups(folder: string): Promise<BackupFile[]> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
  const found: BackupFile[] = [];
  for (const name of names) {
    const takenAt = backupTimeOf(name);
    if (takenAt && (await stat(join(folder, name))).isFile()) found.push({ name, path: join(folder, name), takenAt });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** Deletes all but the newest `keep` backups; returns the names deleted. Files that are not backups stay. */
export async function pruneBackups(folder: string, keep: number): Promise<string[]> {
  const backups = await listBackups(folder);
  const old = backups.slice(0, Math.max(0, backups.length - keep));
  for (const backup of old) await unlink(backup.path).catch((error: unknown) => { if (errorCode(error) !== 'ENOENT') throw error; });
  return old.map((backup) => backup.name);
}
