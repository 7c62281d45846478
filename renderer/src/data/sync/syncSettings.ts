import { z } from 'zod';
import { deviceRoleSchema } from '@core/deviceRole';
import type { DataContext } from '../dataContext';

/**
 * How this machine reaches its hub, kept in the local `meta` table. In browser mode the token
 * lives here, in IndexedDB; Electron will keep it in safeStorage instead (docs/sync-protocol.md).
 */
export const syncSettingsSchema = z.strictObject({
  hubUrl: z.url({ protocol: /^https?$/ }),
  token: z.string().min(20).max(200),
  role: deviceRoleSchema,
  deviceName: z.string().min(1).max(80),
  pairedAt: z.iso.datetime(),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

const SETTINGS_KEY = 'sync.settings';
const CHECKPOINT_KEY = 'sync.checkpoint';

export async function readSyncSettings(context: DataContext): Promise<SyncSettings | null> {
  const stored = await context.db.meta.get(SETTINGS_KEY);
  if (!stored) return null;
  try {
    const parsed = syncSettingsSchema.safeParse(JSON.parse(stored.value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeSyncSettings(context: DataContext, settings: SyncSettings | null): Promise<void> {
  if (settings) await context.db.meta.put({ key: SETTINGS_KEY, value: JSON.stringify(settings) });
  else await context.db.meta.bulkDelete([SETTINGS_KEY, CHECKPOINT_KEY]);
}

/** The seq of the last change pulled and stored: where the next pull starts. */
export async function readCheckpoint(context: DataContext): Promise<number> {
  const stored = await context.db.meta.get(CHECKPOINT_KEY);
  const value = Number(stored?.value ?? 0);
  return Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

export async function writeCheckpoint(context: DataContext, seq: number): Promise<void> {
  await context.db.meta.put({ key: CHECKPOINT_KEY, value: String(seq) });
}
