import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, WebSocket as NodeWebSocket } from 'ws';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { SyncClient } from './syncClient';
import { SYNC_SUBPROTOCOL } from '@core/sync/protocol';
import type { SyncStatus } from './syncTypes';

/** A hub that vanishes without closing the line: the client must notice it on its own. */

let server: WebSocketServer | null = null;
let client: SyncClient | null = null;
let context: DataContext | null = null;
afterEach(async () => {
  client?.stop();
  context?.db.close();
  await new Promise<void>((resolve) => { if (server) server.close(() => { resolve(); }); else resolve(); });
  vi.unstubAllGlobals();
});

describe('the sync client on a silent line', () => {
  it('sends keep-alive pulls and goes offline when the hub stops answering', async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: () => SYNC_SUBPROTOCOL });
    await new Promise<void>((resolve) => server?.once('listening', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const heard: string[] = [];
    server.on('connection', (socket) => {
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as { type: string };
        heard.push(message.type);
        // Greets once, answers the first pull, then goes silent like a hub whose power was cut.
        if (message.type === 'hello') socket.send(JSON.stringify({ type: 'welcome', role: 'kiosk', hubTime: Date.now(), latestSeq: 0 }));
        if (message.type === 'pull' && heard.filter((type) => type === 'pull').length === 1) {
          socket.send(JSON.stringify({ type: 'changes', records: [], latestSeq: 0, more: false }));
        }
      });
    });
    vi.stubGlobal('WebSocket', NodeWebSocket);
    context = await openTestContext();
    const status: Partial<SyncStatus>[] = [];
    client = new SyncClient({
      context,
      settings: { hubUrl: `http://127.0.0.1:${String(address.port)}`, token: 'x'.repeat(43), role: 'kiosk', deviceName: 'Kiosk', pairedAt: new Date().toISOString() },
      onStatus: (change) => status.push(change),
      timing: { keepAliveMs: 100, silenceLimitMs: 400 },
    });
    client.start();
    const deadline = Date.now() + 5000;
    while (!status.some((change, index) => change.state === 'offline' && status.slice(0, index).some((earlier) => earlier.state === 'online'))) {
      if (Date.now() > deadline) throw new Error(`never went offline: ${JSON.stringify(status)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(heard.filter((type) => type === 'pull').length).toBeGreaterThanOrEqual(2);
  });
});
