import { useLiveQuery } from 'dexie-react-hooks';
import { z } from 'zod';
import { tableNames } from '@core/schemas';
import { CLOCK_KEY, type DataContext } from '../dataContext';
import { useDataContext } from '../../app/services';
import { toStorageError } from '../storageErrors';
import type { TokenVault } from './tokenVault';

/**
 * A host removed this machine from the hub. It must not keep the hub's data (a removed kiosk
 * may be a stolen one), so it wipes every synced table, its outbox and every local fact but the
 * clock (checkpoint, sync settings, keys), and the token, in one transaction that also leaves a note saying so: the note survives a reload
 * and shows the "removed" screen until the machine is paired again. Kept: the clock's
 * high-water mark, and what the shell keeps (the device id and language).
 */
export const removedMarkSchema = z.strictObject({
  removedAt: z.iso.datetime(),
  /** Changes made here that never reached the hub, and are gone now. */
  lostChanges: z.int().min(0),
  hubUrl: z.string().max(2000).nullable(),
});
export type RemovedMark = z.infer<typeof removedMarkSchema>;

const REMOVED_KEY = 'sync.removed';
/** The clock's high-water mark: a wiped machine must not hand out stamps older than its last ones. */
const KEPT_META_KEYS = [CLOCK_KEY] as const;

export async function wipeRemovedMachine(context: DataContext, vault: TokenVault, hubUrl: string | null): Promise<RemovedMark> {
  const { db } = context;
  let mark: RemovedMark;
  try {
    mark = await db.transaction('rw', [...tableNames.map((name) => db.table(name)), db.outbox, db.meta], async () => {
      const found: RemovedMark = { removedAt: context.now().toISOString(), lostChanges: await db.outbox.count(), hubUrl };
      await Promise.all(tableNames.map((name) => db.table(name).clear()));
      await db.outbox.clear();
      // Every local fact goes unless it is known to be this machine's own (a key added later for
      // the hub's data, like a card key, is wiped without anyone remembering to list it here).
      await db.meta.where('key').noneOf([...KEPT_META_KEYS]).delete();
      await db.meta.put({ key: REMOVED_KEY, value: JSON.stringify(found) });
      return found;
    });
  } catch (error) {
    throw toStorageError(error);
  }
  // Outside the transaction: the vault is the shell's, not IndexedDB. A token left behind by a
  // failure here opens nothing: the hub has revoked it.
  await vault.store(null).catch(() => false);
  return mark;
}

export async function readRemovedMark(context: DataContext): Promise<RemovedMark | null> {
  const stored = await context.db.meta.get(REMOVED_KEY);
  return parseMark(stored?.value);
}

/** Once the machine is paired again, the removed screen has said what it had to say. */
export async function clearRemovedMark(context: DataContext): Promise<void> {
  await context.db.meta.delete(REMOVED_KEY);
}

/** The note, live: undefined while loading, null when this machine was not removed. */
export function useRemovedMark(): RemovedMark | null | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => parseMark((await db.meta.get(REMOVED_KEY))?.value), [db]);
}

function parseMark(value: string | undefined): RemovedMark | null {
  if (value === undefined) return null;
  try {
    const parsed = removedMarkSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
