import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * Which process runs the hub on a data folder: `hub.lock` holds its pid while it runs (written
 * at start, removed at a clean stop). SQLite in WAL mode holds no lock while the hub is idle, so
 * the database cannot say whether a hub has it open; a restore, which replaces the file, asks
 * here. A lock left by a hub that crashed names a process that is gone and counts for nothing.
 */
export const HUB_LOCK_FILE = 'hub.lock';

const lockSchema = z.strictObject({ pid: z.int().min(1), startedAt: z.iso.datetime() });
export type HubLock = z.infer<typeof lockSchema>;

export function writeHubLock(dataDir: string, now: Date): () => void {
  const file = join(dataDir, HUB_LOCK_FILE);
  const mine: HubLock = { pid: process.pid, startedAt: now.toISOString() };
  writeFileSync(file, `${JSON.stringify(mine)}\n`, { mode: 0o644 });
  return () => {
    // Only our own: a second hub started on the folder since then owns the file now.
    if (readHubLock(dataDir)?.startedAt === mine.startedAt) {
      try {
        unlinkSync(file);
      } catch {
        // Already gone.
      }
    }
  };
}

export function readHubLock(dataDir: string): HubLock | null {
  try {
    const parsed = lockSchema.safeParse(JSON.parse(readFileSync(join(dataDir, HUB_LOCK_FILE), 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The running hub's lock on this folder, or null when no live process holds it. */
export function runningHubOn(dataDir: string): HubLock | null {
  const lock = readHubLock(dataDir);
  return lock && processAlive(lock.pid) ? lock : null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (a hub run as a service).
    return typeof error === 'object' && error !== null && 'code' in error && error.code === 'EPERM';
  }
}
