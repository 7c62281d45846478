import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { deviceConfigSchema, type DeviceConfig } from '@core/ipcContract';
import { newId } from '@core/ids';

/**
 * What this machine is (id, role, language, whether it runs the hub), kept in userData/device.json. The deviceId is
 * stamped on every change this machine makes, so losing the file means the hub sees a new,
 * unpaired device: a damaged file is therefore kept aside for a person to look at, never
 * silently overwritten.
 */

export const deviceConfigFileName = 'device.json';

export type DeviceConfigChange = Partial<Omit<DeviceConfig, 'deviceId'>>;

export interface DeviceConfigStore {
  current(): DeviceConfig;
  update(change: DeviceConfigChange): Promise<DeviceConfig>;
}

export interface DeviceConfigStoreOptions {
  createId?: () => string;
  now?: () => Date;
}

function freshConfig(createId: () => string): DeviceConfig {
  return { deviceId: createId(), role: null, language: null, runsHub: false };
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function parseConfig(text: string): DeviceConfig | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = deviceConfigSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/**
 * Write-then-rename, so a power cut leaves either the old file or the new one, never half.
 * The file is readable by this user only: it may hold a (encrypted) secret.
 */
export async function writeFileAtomically(filePath: string, data: string | Uint8Array): Promise<void> {
  const tempPath = `${filePath}.${process.pid.toString()}.${newId()}.tmp`;
  const handle = await open(tempPath, 'w', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(tempPath, filePath);
  } catch (error) {
    await rm(tempPath, { force: true });
    throw error;
  }
}

export function writeJsonAtomically(filePath: string, value: unknown): Promise<void> {
  return writeFileAtomically(filePath, `${JSON.stringify(value, null, 2)}\n`);
}

/** Backup names sort by time and stay valid file names on Windows (no colons). */
export function corruptBackupName(now: Date): string {
  return `${deviceConfigFileName}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
}

export async function loadDeviceConfig(dir: string, options: DeviceConfigStoreOptions = {}): Promise<DeviceConfig> {
  const createId = options.createId ?? newId;
  const filePath = path.join(dir, deviceConfigFileName);
  await mkdir(dir, { recursive: true });

  let text: string | null;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if (!isMissingFile(error)) throw error;
    text = null;
  }

  const existing = text === null ? null : parseConfig(text);
  if (existing !== null) return existing;

  if (text !== null) {
    await rename(filePath, path.join(dir, corruptBackupName(options.now?.() ?? new Date())));
  }
  const config = freshConfig(createId);
  await writeJsonAtomically(filePath, config);
  return config;
}

export async function openDeviceConfigStore(dir: string, options: DeviceConfigStoreOptions = {}): Promise<DeviceConfigStore> {
  const filePath = path.join(dir, deviceConfigFileName);
  let config = await loadDeviceConfig(dir, options);
  // Updates run one after another so two quick changes cannot interleave their renames.
  let queue: Promise<unknown> = Promise.resolve();

  return {
    current: () => config,
    update(change) {
      const run = async (): Promise<DeviceConfig> => {
        const next = deviceConfigSchema.parse({ ...config, ...change });
        await writeJsonAtomically(filePath, next);
        config = next;
        return next;
      };
      const result = queue.then(run, run);
      queue = result;
      return result;
    },
  };
}
