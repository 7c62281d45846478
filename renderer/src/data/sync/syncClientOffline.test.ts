import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket, WebSocketServer } from 'ws';
import { startTestHub } from '../../../../main/hub/sync/syncTestClient';
import type { RunningHub } from '../../../../main/hub/hubService';
import { checkIn } from '../checkInRepo';
import type { DataContext } from '../dataContext';
import { addMember } from '../memberRepo';
import { openTestContext } from '../testContext';
import { createPairingCode } from './hubDevices';
import { pairThisMachine } from './pairing';
import { SyncClient } from './syncClient';
import type { ConnectedHub } from './syncSettings';
import { testSyncServices } from './testSyncServices';
import type { SyncStatus } from './syncTypes';
import { eventually, memberProfile } from '../testSupport';

/** How the client behaves when the network goes: what the indicator says, and what is delivered. */

/** A port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => { server.close(() => { resolve(); }); });
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Node's `ws` throws a refused connection unless someone listens; a browser only reports it. */
class BrowserLikeWebSocket extends NodeWebSocket {
  constructor(url: string, protocols: string[]) {
    super(url, protocols);
    this.on('error', () => undefined);
  }
}

const clients: SyncClient[] = [];
const contexts: DataContext[] = [];
const services = testSyncServices();
/** The browser's online/offline events, which Node does not have. */
const windowEvents = new Map<string, () => void>();

function startClient(context: DataContext, settings: ConnectedHub): Partial<SyncStatus>[] {
  const status: Partial<SyncStatus>[] = [];
  const client = new SyncClient({ context, settings, onStatus: (change) => status.push(change) });
  clients.push(client);
  client.start();
  return status;
}

const lastState = (status: readonly Partial<SyncStatus>[]) => status.filter((change) => change.state).at(-1)?.state;

beforeEach(() => {
  vi.stubGlobal('WebSocket', BrowserLikeWebSocket);
  vi.stubGlobal('addEventListener', (type: string, listener: () => void) => { windowEvents.set(type, listener); });
  vi.stubGlobal('removeEventListener', (type: string) => { windowEvents.delete(type); });
});
afterEach(() => {
  services.stopAll();
  for (const client of clients.splice(0)) client.stop();
  for (const context of contexts.splice(0)) context.db.close();
  windowEvents.clear();
  vi.unstubAllGlobals();
});

describe('a machine losing its network', () => {
  it('keeps "offline since" at the moment the connection was lost, through every failed retry', async () => {
    const context = await openTestContext({ deviceId: crypto.randomUUID() });
    contexts.push(context);
    const settings: ConnectedHub = { hubUrl: `http://127.0.0.1:${String(await closedPort())}`, token: 'x'.repeat(43), role: 'kiosk', deviceName: 'Kiosk', pairedAt: new Date().toISOString() };
    const status = startClient(context, settings);
    const offline = await eventually(() => status.filter((change) => change.state === 'offline'), (changes) => changes.length >= 3);
    expect(new Set(offline.map((change) => change.offlineSince)).size).toBe(1);
    expect(offline[0]?.offlineSince).toEqual(expect.any(String));
  });

  it('says offline as soon as the browser does, and delivers what waited once it is back', async () => {
    const { hub, stop } = await startTestHub();
    try {
      const host = await openTestContext({ deviceId: crypto.randomUUID() });
      contexts.push(host);
      const hostSync = services.of(host);
      await pairThisMachine(hostSync, { hubUrl: hub.url, code: hub.firstHostCode?.code ?? '', deviceName: 'Host desk' });
      const kiosk = await pairedKiosk(hub, (await createPairingCode(hostSync, 'kiosk')).code);
      const member = await addMember(host, memberProfile('Søren Østergaard'));
      await eventually(() => kiosk.context.db.members.count(), (count) => count === 1);
      await eventually(() => lastState(kiosk.status), (state) => state === 'online');

      windowEvents.get('offline')?.();
      // Straight away, without waiting for a socket that may never report its end.
      expect(lastState(kiosk.status)).toBe('offline');
      await checkIn(kiosk.context, member.id, 'name');
      windowEvents.get('online')?.();
      await eventually(() => host.db.checkIns.count(), (count) => count === 1);
      await eventually(() => kiosk.context.db.outbox.count(), (count) => count === 0);
      await eventually(() => lastState(kiosk.status), (state) => state === 'online');
    } finally {
      services.stopAll();
      for (const client of clients.splice(0)) client.stop();
      await stop();
    }
  });
});

async function pairedKiosk(hub: RunningHub, code: string): Promise<{ context: DataContext; status: Partial<SyncStatus>[] }> {
  const context = await openTestContext({ deviceId: crypto.randomUUID() });
  contexts.push(context);
  const response = await fetch(`${hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code, name: 'Reception', deviceId: context.deviceId }) });
  const { token } = (await response.json()) as { token: string };
  const settings: ConnectedHub = { hubUrl: hub.url, token, role: 'kiosk', deviceName: 'Reception', pairedAt: new Date().toISOString() };
  return { context, status: startClient(context, settings) };
}
