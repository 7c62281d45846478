import type { DataContext } from '../dataContext';
import { wipeRemovedMachine } from './machineRemoved';
import { SyncClient } from './syncClient';
import { readSyncSettings, type ConnectedHub } from './syncSettings';
import { noTokenVault, type TokenVault } from './tokenVault';
import type { SyncStatus } from './syncTypes';

/**
 * The one sync connection of a machine, and its status for the indicator. Built once at
 * start-up (startApp.ts) with the machine's data context and its shell's token vault; started
 * once the data context is open, restarted after pairing, stopped when the hub is forgotten.
 * Tests build one per machine.
 */
export interface SyncService {
  readonly context: DataContext;
  /** The shell's secret storage for the hub token. */
  readonly vault: TokenVault;
  /** Connects to the paired hub, if any. Safe to call again: the old connection is replaced. */
  start(): Promise<void>;
  stop(): void;
  // Properties, not methods: useSyncStatus hands them to useSyncExternalStore unbound.
  readonly status: () => SyncStatus;
  readonly subscribe: (listener: () => void) => () => void;
}

const unpaired: SyncStatus = {
  state: 'unpaired', pending: 0, offlineSince: null, lastSyncedAt: null, initialSync: null, lastRefusal: null, skippedRecords: null, replaced: [], hubUrl: null, deviceName: null,
};

export function createSyncService(context: DataContext, vault: TokenVault = noTokenVault): SyncService {
  let status: SyncStatus = unpaired;
  let client: SyncClient | null = null;
  const listeners = new Set<() => void>();

  function update(change: Partial<SyncStatus>): void {
    status = { ...status, ...change };
    for (const listener of listeners) listener();
  }

  /** The hub said this machine was removed: it wipes itself and shows the removed screen. */
  async function machineRemoved(removed: SyncClient, settings: ConnectedHub): Promise<void> {
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

  return {
    context,
    vault,
    async start() {
      client?.stop();
      client = null;
      const settings = await readSyncSettings(context, vault);
      if (!settings) {
        update({ ...unpaired, pending: await context.db.outbox.count() });
        return;
      }
      update({ hubUrl: settings.hubUrl, deviceName: settings.deviceName, state: 'connecting' });
      const started = new SyncClient({ context, settings, onStatus: update, onRemoved: () => { void machineRemoved(started, settings); } });
      client = started;
      started.start();
    },
    stop() {
      client?.stop();
      client = null;
      update(unpaired);
    },
    status: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
  };
}
