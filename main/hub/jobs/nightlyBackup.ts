import type Database from 'better-sqlite3';
import { addLocalDays, zonedDateOf, zonedInstant, zonedTimeOnDayOf } from '@core/time/zonedTime';
import { listBackups } from '../backup/backupFiles';
import type { BackupStatus } from '../backup/backupStatus';
import { backupDatabase, BackupError, type BackupDone } from '../backup/takeBackup';

/**
 * The hub's nightly backup (main/hub/backup/), on the hub's clock and in the time zone of its
 * settings like every timed job: once the clock has passed 03:00 there, a backup is due unless
 * the folder holds one taken since. A hub that was off at 03:00 takes it at its first check
 * after, and a new hub at its first start. Unlike the jobs of hubJobs.ts it writes no record:
 * it runs outside the store's transactions, on the backup API, while machines keep syncing.
 */
export const NIGHTLY_BACKUP_TIME = '03:00';
export const BACKUP_CHECK_EVERY_MS = 60_000;

/** The latest 03:00 in `timeZone` at or before `now`. */
export function lastBackupMark(now: Date, timeZone: string, time = NIGHTLY_BACKUP_TIME): Date {
  const today = zonedTimeOnDayOf(now, time, timeZone);
  return today.getTime() <= now.getTime() ? today : zonedInstant(addLocalDays(zonedDateOf(now, timeZone), -1), time, timeZone);
}

/** Pure: whether the newest backup is older than the last 03:00 (or there is none). */
export function backupDue(now: Date, timeZone: string, newest: Date | null): boolean {
  return newest === null || newest.getTime() < lastBackupMark(now, timeZone).getTime();
}

export interface NightlyBackupOptions {
  db: Database.Database;
  folder: string;
  keep: number;
  now: () => Date;
  /** The hub's zone, from its settings at every check. */
  timeZone: () => string;
  status: BackupStatus;
  everyMs?: number;
}

export interface NightlyBackups {
  /** Takes a backup if one is due; resolves once it is done (null when none was due or it failed). */
  check(): Promise<BackupDone | null>;
  /** Stops the timer and waits for a backup under way, so the database can be closed. */
  stop(): Promise<void>;
}

export function startNightlyBackups(options: NightlyBackupOptions): NightlyBackups {
  let running: Promise<BackupDone | null> | null = null;
  let stopped = false;

  const take = async (): Promise<BackupDone | null> => {
    const now = options.now();
    try {
      const newest = (await listBackups(options.folder)).at(-1)?.takenAt ?? null;
      if (stopped || !backupDue(now, options.timeZone(), newest)) return null;
      const done = await backupDatabase(options.db, { folder: options.folder, reason: { kind: 'scheduled' }, now, keep: options.keep });
      options.status.succeeded(done, now);
      return done;
    } catch (error) {
      // The next check tries again; /healthz says what failed until a backup succeeds.
      options.status.failed(error instanceof BackupError || error instanceof Error ? error.message : String(error), now);
      return null;
    }
  };

  const check = (): Promise<BackupDone | null> => {
    running ??= take().finally(() => { running = null; });
    return running;
  };

  const timer = setInterval(() => { void check(); }, options.everyMs ?? BACKUP_CHECK_EVERY_MS);
  timer.unref();
  void check();

  return {
    check,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
