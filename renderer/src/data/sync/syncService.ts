import type { DataContext } from '../dataContext';
import { wipeRemovedMachine } from './machineRemoved';
import { SyncClient } from './syncClient';
import { readSyncSettings, type ConnectedHub } from './syncSettings';
import { noTokenVault, type TokenVault } from './tokenVault';
import type { SyncStatus } from './syncTypes';

/**
 * The one sync connection of this app, and its status for the indicator. Started once the
 * data context is open; restarted after pairing; stopped when the hub is forgotten.
 */
const unpaired: SyncStatus = {
  state: 'unpaired', pending: 0, offlineSince: null, lastSyncedAt: null, initialSync: null, lastRefusal: null, skippedRecords: null, hubUrl: null, deviceName: null,
};

let status: SyncStatus = unpaired;
let vault: TokenVault = noTokenVault;
let client: SyncClient | null = null;
const listeners = new Set<() => void>();

function update(change: Partial<SyncStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

export function subscribeSyncStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function currentSyncStatus(): SyncStatus {
  return status;
}

/** The shell's secret storage for the hub token, as handed to startSync. */
export function tokenVault(): TokenVault {
  return vault;
}

/**
 * Connects to the paired hub, if any. Safe to call again: the old connection is replaced.
 * The app passes its shell's token vault once at start; later calls keep it.
 */
export async function startSync(context: DataContext, shellVault?: TokenVault): Promise<void> {
  if (shellVault) vault = shellVault;
  client?.stop();
  client = null;
  const settings = await readSyncSettings(context, vault);
  if (!settings) {
    update({ ...unpaired, pending: await context.db.outbox.count() });
    return;
  }
  update({ hubUrl: settings.hubUrl, deviceName: settings.deviceName, state: 'connecting' });
  const started = new SyncClient({ context, settings, onStatus: update, onRemoved: () => { void machineRemoved(context, started, settings); } });
  client = started;
  started.start();
}

/** The hub said this machine was removed: it wipes itself and shows the removed screen. */
async function machineRemoved(context: DataContext, removed: SyncClient, settings: ConnectedHub): Promise<void> {
  // A newer pairing has replaced this client already: its hub is not this one.
  if (client !== removed) return;
  client = null;
  update(unpaired);
  try {
    await wipeRemovedMachine(context, vault, settings.hubUrl);
  } catch (error) {
    console.error('This machine was removed from the hub, but wiping its data failed', error);
  }
}

export function stopSync(): void {
  client?.stop();
  client = null;
  update(unpaired);
}
