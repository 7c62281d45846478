import { statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { HubStartupError } from '../hubStartupError';

/**
 * The start-up check of the hub's store. A damaged store must stop the hub in plain words:
 * carrying on would serve (and sync to every machine) whatever survived, and treating an empty
 * file as a new hub would silently lock every paired machine out (their tokens are gone).
 */
const RESTORE = 'Restore it from a backup. Only if there is none, move it away to start a new hub, and pair every machine again.';

/** SQLite opens a zero-byte file as a new, empty database; for the hub that is a lost one. */
export function refuseEmptyStore(file: string): void {
  if (file === ':memory:') return;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // No file yet: a new hub.
  }
  if (size === 0) {
    throw new HubStartupError(`The hub's database at ${file} is empty (0 bytes): it is damaged, not a new hub. ${RESTORE}`);
  }
}

/** `PRAGMA quick_check`: every page and record readable and well-formed (indexes aside), in one pass. */
export function refuseDamagedStore(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = db.prepare('PRAGMA quick_check(5)').pluck().all().map(String);
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    // Not a database at all: the caller words that one ("cannot be opened").
    if (code === 'SQLITE_NOTADB') throw error;
    throw new HubStartupError(`The hub's database at ${file} is damaged (${error instanceof Error ? error.message : String(error)}). ${RESTORE}`);
  }
  if (problems.length === 1 && problems[0] === 'ok') return;
  throw new HubStartupError(`The hub's database at ${file} is damaged (the integrity check found: ${problems.join('; ').replace(/\s+/g, ' ').slice(0, 300)}). ${RESTORE}`);
}
