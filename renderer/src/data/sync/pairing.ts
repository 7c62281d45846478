import type { DeviceRole } from '@core/deviceRole';
import { normalizeHubUrl } from '@core/hubAddress';
import { pairAnswerSchema, pairFailureSchema, type PairFailureCode } from '@core/sync/hubDevice';
import { clearRemovedMark } from './machineRemoved';
import { numberOutboxAfter } from './outboxNumbering';
import type { SyncService } from './syncService';
import { readSyncSettings, writeSyncSettings } from './syncSettings';
import { SyncError } from './syncTypes';
import { savePairedRoom } from './pairedRoom';

/** The hub refused the pairing; `code` picks the translated text, the message is the hub's. */
export class PairingError extends SyncError {
  constructor(readonly code: PairFailureCode, message: string) {
    super(message);
    this.name = 'PairingError';
  }
}

async function postPair(hubUrl: string, body: unknown): Promise<Response> {
  try {
    return await fetch(`${hubUrl}/api/pair`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    throw new SyncError(`Landhub could not reach the hub at ${hubUrl}. Check the address and that the hub is running.`);
  }
}

/** Pairs this machine with a one-time code, remembers the hub and starts syncing. */
export async function pairThisMachine(sync: SyncService, input: { hubUrl: string; code: string; deviceName: string }): Promise<{ role: DeviceRole }> {
  const { context } = sync;
  const hubUrl = normalizeHubUrl(input.hubUrl);
  if (hubUrl === null) throw new SyncError('This is not a hub address. It looks like http://192.168.1.20:4870.');
  const code = input.code.replace(/\s+/g, '');
  if (!/^\d{8}$/.test(code)) throw new SyncError('A pairing code has 8 digits.');
  const response = await postPair(hubUrl, { code, name: input.deviceName.trim(), deviceId: context.deviceId });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const hubError = pairFailureSchema.safeParse(body);
    if (hubError.success && hubError.data.code) throw new PairingError(hubError.data.code, hubError.data.error);
    throw new SyncError(hubError.success ? hubError.data.error : `The hub refused the pairing (${response.status}).`);
  }
  const paired = pairAnswerSchema.safeParse(body);
  if (!paired.success) throw new SyncError('The hub answered in a way this version of Landhub does not understand. Update Landhub on this machine.');
  // Before the first push: changes numbered at or below the hub's last number would be dropped as duplicates.
  await numberOutboxAfter(context, paired.data.lastMutation);
  // Where the shell can keep secrets (the desktop app), the token never touches IndexedDB.
  const keptByShell = await sync.vault.store(paired.data.token).catch(() => false);
  await writeSyncSettings(context, {
    hubUrl, token: keptByShell ? null : paired.data.token, role: paired.data.role, deviceName: input.deviceName.trim(), pairedAt: context.now().toISOString(),
  });
  await savePairedRoom(context, paired.data.roomId);
  await clearRemovedMark(context);
  await sync.start();
  return { role: paired.data.role };
}

/** Stops syncing and forgets the hub; local data stays. */
export async function forgetHub(sync: SyncService): Promise<void> {
  sync.stop();
  await sync.vault.store(null).catch(() => false);
  await writeSyncSettings(sync.context, null);
}

/** This machine's hub and token, or a plain error when it has none. */
export async function requireHub(sync: Pick<SyncService, 'context' | 'vault'>): Promise<{ hubUrl: string; token: string }> {
  const settings = await readSyncSettings(sync.context, sync.vault);
  if (!settings) throw new SyncError('This machine is not connected to a hub.');
  return settings;
}
