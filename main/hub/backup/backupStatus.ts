import { hubLog } from '../hubLog';
import type { BackupDone } from './takeBackup';

/**
 * What /healthz says about the running hub's backups: when the last one was taken and its file
 * name (never the folder: /healthz answers anyone on the LAN), and the last failure until a
 * backup succeeds again. Every backup and failure is also one log line.
 */
export interface BackupHealth {
  lastAt: string | null;
  lastFile: string | null;
  failure: { at: string; reason: string } | null;
}

export interface BackupStatus {
  succeeded(done: BackupDone, at: Date): void;
  failed(reason: string, at: Date): void;
  health(): BackupHealth;
}

export function createBackupStatus(): BackupStatus {
  let state: BackupHealth = { lastAt: null, lastFile: null, failure: null };
  return {
    succeeded(done, at) {
      state = { lastAt: at.toISOString(), lastFile: done.name, failure: null };
      hubLog('backup.done', { file: done.name, bytes: done.bytes, ms: done.ms, pruned: done.pruned.length }, at);
    },
    failed(reason, at) {
      state = { ...state, failure: { at: at.toISOString(), reason } };
      hubLog('backup.failed', { reason }, at);
    },
    health: () => state,
  };
}
