import Database from 'better-sqlite3';
import { hubLog } from './hubLog';

/**
 * Whether the hub can write its store right now, for /healthz and the log. A storage failure
 * (locked by another program, disk full, read-only, I/O error) marks the store failing; the next
 * write that succeeds marks it healthy again. One failure is one log line, not one per machine.
 */
export interface StoreHealth {
  /** Returns the SQLite error code when `error` is a storage failure (and records it), else null. */
  failed(error: unknown): string | null;
  succeeded(): void;
  status(): { ok: true } | { ok: false; reason: string };
}

export function storageErrorCode(error: unknown): string | null {
  return error instanceof Database.SqliteError ? error.code : null;
}

export function createStoreHealth(now: () => Date = () => new Date()): StoreHealth {
  let failure: { code: string; since: string } | null = null;
  return {
    failed(error) {
      const code = storageErrorCode(error);
      if (code === null) return null;
      if (failure?.code !== code) hubLog('store.failing', { code });
      failure ??= { code, since: now().toISOString() };
      failure.code = code;
      return code;
    },
    succeeded() {
      if (!failure) return;
      hubLog('store.recovered', { code: failure.code, since: failure.since });
      failure = null;
    },
    status() {
      if (!failure) return { ok: true };
      return { ok: false, reason: `The hub cannot write its database since ${failure.since}: ${describeStorageError(failure.code)} (${failure.code}). Machines cannot sync until it can.` };
    },
  };
}

/** Plain words for the SQLite result codes a running hub meets in the field. */
export function describeStorageError(code: string): string {
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'another program holds a lock on it';
  if (code === 'SQLITE_FULL') return 'the disk is full';
  if (code.startsWith('SQLITE_READONLY')) return 'it is read-only';
  if (code.startsWith('SQLITE_IOERR')) return 'the disk reports a read or write error';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'it is damaged';
  if (code.startsWith('SQLITE_CANTOPEN')) return 'its file cannot be opened';
  return 'a storage error';
}
