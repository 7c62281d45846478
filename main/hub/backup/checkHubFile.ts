import Database from 'better-sqlite3';
import { errorCode } from '../errorCode';
import { LATEST_SCHEMA_VERSION, schemaVersionOf } from '../sync/migrations';

/**
 * Whether a file is a whole Landhub hub database: SQLite's full `PRAGMA integrity_check` (every
 * page, record and index; `quick_check` skips the indexes) and the tables every hub store has.
 * Opened read-only, so checking a file never changes it. Every failure is a sentence.
 */
export type HubFileCheck =
  | { ok: true; schemaVersion: number; latestSeq: number }
  | { ok: false; reason: string };

/** Tables every hub store has had since schema 1 (the migrations bring an older one up to date). */
const HUB_TABLES = ['counters', 'records', 'device_mutations'] as const;

export function checkHubFile(file: string): HubFileCheck {
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'SQLITE_CANTOPEN') return { ok: false, reason: `${file} cannot be opened: it does not exist or this user may not read it.` };
    return { ok: false, reason: `${file} cannot be opened (${error instanceof Error ? error.message : String(error)}).` };
  }
  try {
    return checkOpened(db, file);
  } finally {
    db.close();
  }
}

function checkOpened(db: Database.Database, file: string): HubFileCheck {
  let problems: string[];
  try {
    problems = db.prepare('PRAGMA integrity_check(10)').pluck().all().map(String);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'SQLITE_NOTADB') return { ok: false, reason: `${file} is not a Landhub hub database (not an SQLite file at all).` };
    return { ok: false, reason: `${file} is damaged: the integrity check could not read it (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (problems.length !== 1 || problems[0] !== 'ok') {
    return { ok: false, reason: `${file} is damaged: the integrity check found ${problems.join('; ').replace(/\s+/g, ' ').slice(0, 300)}.` };
  }
  const tables = new Set(db.prepare<[], string>("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all());
  const missing = HUB_TABLES.filter((table) => !tables.has(table));
  if (missing.length > 0) return { ok: false, reason: `${file} is an SQLite database, but not a Landhub hub database (it has no ${missing.join(', ')} table).` };
  const schemaVersion = schemaVersionOf(db);
  if (schemaVersion > LATEST_SCHEMA_VERSION) {
    return { ok: false, reason: `${file} was written by a newer Landhub (hub schema ${String(schemaVersion)}; this one knows up to ${String(LATEST_SCHEMA_VERSION)}). Update Landhub first.` };
  }
  const latestSeq = Number(db.prepare("SELECT value FROM counters WHERE name = 'seq'").pluck().get() ?? 0);
  return { ok: true, schemaVersion, latestSeq };
}
