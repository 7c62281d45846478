import { z } from 'zod';
import { deviceRoleSchema } from '@core/deviceRole';
import { storeEpochSchema } from '@core/sync/messages';
import type { DataContext } from '../dataContext';
import type { TokenVault } from './tokenVault';

/**
 * How this machine reaches its hub, kept in the local `meta` table. In browser mode the token
 * lives here, in IndexedDB; Electron will keep it in safeStorage instead (docs/sync-protocol.md).
 */
export const syncSettingsSchema = z.strictObject({
  hubUrl: z.url({ protocol: /^https?$/ }),
  /** Null when the shell keeps the token in its secret storage (tokenVault.ts). */
  token: z.string().min(20).max(200).nullable(),
  role: deviceRoleSchema,
  deviceName: z.string().min(1).max(80),
  pairedAt: z.iso.datetime(),
});
export type SyncSettings = z.infer<typeof syncSettingsSchema>;

const SETTINGS_KEY = 'sync.settings';
const CHECKPOINT_KEY = 'sync.checkpoint';
/** The hub store's epoch the checkpoint counts in (docs/sync-protocol.md, "Restores"). */
export const EPOCH_KEY = 'sync.epoch';

/** The hub connection with its token filled in from the vault where the shell keeps it. */
export type ConnectedHub = SyncSettings & { token: string };

export async function readSyncSettings(context: DataContext, vault: TokenVault): Promise<ConnectedHub | null> {
  const stored = await context.db.meta.get(SETTINGS_KEY);
  if (!stored) return null;
  let parsed: SyncSettings;
  try {
    const result = syncSettingsSchema.safeParse(JSON.parse(stored.value));
    if (!result.success) return null;
    parsed = result.data;
  } catch {
    return null;
  }
  const token = parsed.token ?? (await vault.read());
  return token ? { ...parsed, token } : null;
}

export async function writeSyncSettings(context: DataContext, settings: SyncSettings | null): Promise<void> {
  if (settings) await context.db.meta.put({ key: SETTINGS_KEY, value: JSON.stringify(settings) });
  else await context.db.meta.bulkDelete([SETTINGS_KEY, CHECKPOINT_KEY, EPOCH_KEY]);
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

/** The epoch of the hub store this machine's checkpoint belongs to; null before the first hub that sent one. */
export async function readEpoch(context: DataContext): Promise<string | null> {
  const parsed = storeEpochSchema.safeParse((await context.db.meta.get(EPOCH_KEY))?.value);
  return parsed.success ? parsed.data : null;
}

export async function writeEpoch(context: DataContext, epoch: string): Promise<void> {
  await context.db.meta.put({ key: EPOCH_KEY, value: epoch });
}
