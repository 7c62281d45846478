import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { startTestHub } from '../../../../main/hub/sync/syncTestClient';
import type { RunningHub } from '../../../../main/hub/hubService';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { forgetHub, pairThisMachine } from './pairing';
import { testSyncServices } from './testSyncServices';
import { readSyncSettings } from './syncSettings';
import { noTokenVault, type TokenVault } from './tokenVault';

/** The desktop app keeps the hub token in the system's secret storage, never in IndexedDB. */

/** Node's `ws` throws when closed while connecting; a browser's WebSocket only reports it. */
class BrowserLikeWebSocket extends NodeWebSocket {
  constructor(url: string, protocols: string[]) {
    super(url, protocols);
    this.on('error', () => undefined);
  }
}

let hub: RunningHub;
let stopHub: () => Promise<void>;
let context: DataContext;
const services = testSyncServices();

beforeEach(async () => {
  vi.stubGlobal('WebSocket', BrowserLikeWebSocket);
  ({ hub, stop: stopHub } = await startTestHub());
  context = await openTestContext({ deviceId: crypto.randomUUID() });
});
afterEach(async () => {
  services.stopAll();
  context.db.close();
  await stopHub();
  vi.unstubAllGlobals();
});

describe('where the hub token is kept', () => {
  it('hands the token to a shell that can keep secrets, and clears it when the hub is forgotten', async () => {
    let kept: string | null = null;
    const vault: TokenVault = { store: (token) => { kept = token; return Promise.resolve(true); }, read: () => Promise.resolve(kept) };
    const sync = services.of(context, vault);
    await pairThisMachine(sync, { hubUrl: hub.url, code: hub.firstHostCode!.code, deviceName: 'Host desk' });
    expect(kept).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const raw = (await context.db.meta.get('sync.settings'))?.value ?? '';
    expect(raw).not.toContain(String(kept));
    expect((await readSyncSettings(context, vault))?.token).toBe(kept);
    await forgetHub(sync);
    expect(kept).toBeNull();
    expect(await readSyncSettings(context, vault)).toBeNull();
  });

  it('keeps the token with the settings where the shell has no secret storage (browser mode)', async () => {
    await pairThisMachine(services.of(context, noTokenVault), { hubUrl: hub.url, code: hub.firstHostCode!.code, deviceName: 'Tablet' });
    expect((await readSyncSettings(context, noTokenVault))?.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });
});
