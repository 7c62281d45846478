import { afterEach, beforeEach, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import type { RunningHub } from '../../../../main/hub/hubService';
import { startTestHub } from '../../../../main/hub/sync/syncTestClient';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import type { SyncClient } from './syncClient';
import { testSyncServices } from './testSyncServices';

/**
 * Machines (Dexie on fake-indexeddb) and a real hub on loopback for each test of a file, and
 * everything they opened closed after it. Node's `ws` stands in for the browser's WebSocket.
 */
export function realHubFixture() {
  const services = testSyncServices();
  const contexts: DataContext[] = [];
  const clients: SyncClient[] = [];
  let running: Awaited<ReturnType<typeof startTestHub>> | null = null;

  beforeEach(async () => {
    vi.stubGlobal('WebSocket', NodeWebSocket);
    running = await startTestHub();
  });
  afterEach(async () => {
    services.stopAll();
    for (const client of clients.splice(0)) client.stop();
    for (const context of contexts.splice(0)) context.db.close();
    await running?.stop();
    running = null;
    vi.unstubAllGlobals();
  });

  return {
    get hub(): RunningHub {
      if (!running) throw new Error('The test hub runs only inside a test');
      return running.hub;
    },
    /** A new machine with its own local database. */
    async machine(): Promise<DataContext> {
      const context = await openTestContext({ deviceId: crypto.randomUUID() });
      contexts.push(context);
      return context;
    },
    sync: (context: DataContext) => services.of(context),
    /** A bare client the test drives itself, stopped after the test. */
    keep<C extends SyncClient>(client: C): C {
      clients.push(client);
      return client;
    },
  };
}
