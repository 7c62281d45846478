import { HybridClock, hlcNodeFromDeviceId } from '@core/hlc';
import { LandhubDatabase } from './database';

/**
 * Everything a repository needs to write: the database, who is writing, and the clock
 * that stamps each change. One per running app; tests make their own.
 */
export interface DataContext {
  db: LandhubDatabase;
  deviceId: string;
  clock: HybridClock;
  now: () => Date;
}

export const CLOCK_KEY = 'clock';

export async function openDataContext(options: {
  databaseName: string;
  deviceId: string;
  now?: () => Date;
}): Promise<DataContext> {
  const now = options.now ?? (() => new Date());
  const db = new LandhubDatabase(options.databaseName);
  await db.open();
  const clock = new HybridClock(hlcNodeFromDeviceId(options.deviceId), () => now().getTime());
  // The wall clock may have been set back since the last run; the clock must not follow it.
  const saved = await db.meta.get(CLOCK_KEY);
  if (saved) clock.receive(saved.value);
  return { db, deviceId: options.deviceId, clock, now };
}

/** Written inside every write transaction so the clock's high-water mark survives restarts. */
export async function saveClock(context: DataContext): Promise<void> {
  await context.db.meta.put({ key: CLOCK_KEY, value: context.clock.current() });
}
