import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { closeCodes } from '@core/sync/closeCodes';
import type { RunningHub } from '../hubService';
import { pair, startTestHub, SyncConnection } from './syncTestClient';
import { hubSocketUrl, SYNC_PATH, syncProtocols } from '@core/sync/protocol';
import { checkInPush } from './testPushes';

/**
 * The rules of one sync connection, on a real hub on loopback with short hello and heartbeat
 * times: hello first, silent peers reaped, floods closed. Each test waits for what the hub
 * does (a close code, a closed socket), never for a duration.
 */
const HELLO_MS = 400;
const HEARTBEAT_MS = 150;

let hub: RunningHub;
let stop: () => Promise<void>;
let host: { deviceId: string; token: string };

async function latestSeq(): Promise<number> {
  return ((await (await fetch(`${hub.url}/healthz`)).json()) as { latestSeq: number }).latestSeq;
}

describe('a sync connection', () => {
  afterEach(async () => { await stop(); });

  describe('with a quick hello deadline', () => {
    beforeEach(async () => {
      ({ hub, stop } = await startTestHub({ syncTiming: { helloMs: HELLO_MS, heartbeatMs: 60_000 } }));
      host = await pair(hub, hub.firstHostCode?.code ?? '', 'Host desk');
    });

    it('must start with hello: a push or pull first is refused with helloRequired and writes nothing', async () => {
      for (const first of [checkInPush(host.deviceId, 1), { type: 'pull', sinceSeq: 0, limit: 10 }, { type: 'ack', seq: 0, pending: 0 }]) {
        const connection = await SyncConnection.open(hub, host.token);
        connection.send(first);
        const error = await connection.next('error').catch(() => null);
        expect(error).toMatchObject({ code: 'helloRequired' });
        expect((await connection.waitClosed()).code).toBe(closeCodes.helloRequired);
      }
      expect(await latestSeq()).toBe(0);
      // After hello the same push is taken: it was refused for its place, not its content.
      const greeted = await SyncConnection.greeted(hub, host.token);
      greeted.send(checkInPush(host.deviceId, 2));
      expect((await greeted.next('pushResult')).results).toMatchObject([{ status: 'applied', seq: 1 }]);
      greeted.close();
    });

    it('closes a socket that never says hello, and tells only greeted machines about changes', async () => {
      const silent = await SyncConnection.open(hub, host.token);
      const listener = await SyncConnection.greeted(hub, host.token);
      const pusher = await SyncConnection.greeted(hub, host.token);
      pusher.send(checkInPush(host.deviceId, 1));
      await pusher.next('pushResult');
      expect(await listener.next('poke')).toEqual({ type: 'poke', latestSeq: 1 });
      expect((await silent.waitClosed()).code).toBe(closeCodes.helloRequired);
      expect(silent.messages.map((message) => message.type)).toEqual(['error']);
      listener.close();
      pusher.close();
    });

    it('closes a binary frame as an invalid message', async () => {
      const connection = await SyncConnection.greeted(hub, host.token);
      connection.socket.send(Buffer.from('{"type":"pull","sinceSeq":0,"limit":1}'), { binary: true });
      expect((await connection.waitClosed()).code).toBe(closeCodes.invalidMessage);
    });

    it('closes a flooding machine with a reason, and lets it connect again at once', async () => {
      const connection = await SyncConnection.greeted(hub, host.token);
      for (let i = 0; i < 400; i++) connection.send({ type: 'ack', seq: 0, pending: 0 });
      expect((await connection.waitClosed()).code).toBe(closeCodes.flooding);
      expect(connection.messages.find((message) => message.type === 'error')).toMatchObject({ code: 'flooding' });
      const again = await SyncConnection.greeted(hub, host.token);
      again.send(checkInPush(host.deviceId, 1));
      expect((await again.next('pushResult')).results).toMatchObject([{ status: 'applied' }]);
      again.close();
    });
  });

  describe('with a quick heartbeat', () => {
    beforeEach(async () => {
      ({ hub, stop } = await startTestHub({ syncTiming: { helloMs: 60_000, heartbeatMs: HEARTBEAT_MS } }));
      host = await pair(hub, hub.firstHostCode?.code ?? '', 'Host desk');
    });

    it('keeps a machine that answers pings, and closes one that stopped answering with idle', async () => {
      const answering = await SyncConnection.greeted(hub, host.token);
      const mute = new WebSocket(hubSocketUrl(hub.url), syncProtocols(host.token), { autoPong: false });
      const muteClosed = new Promise<number>((resolve) => mute.once('close', resolve));
      mute.once('open', () => { mute.send(JSON.stringify({ type: 'hello', protocol: 1, lastSeq: 0 })); });
      expect(await muteClosed).toBe(closeCodes.idle);
      // Many heartbeats later the answering machine is still served.
      answering.send({ type: 'pull', sinceSeq: 0, limit: 1 });
      expect(await answering.next('changes')).toMatchObject({ records: [] });
      answering.close();
    });

    it('cuts a half-open socket that answers nothing, not even the close', async () => {
      const socket = await rawWebSocket(hub.port, host.token);
      // The hub pings, then closes (idle), then cuts the TCP connection when no close comes back.
      await new Promise<void>((resolve) => { socket.once('close', () => { resolve(); }); });
      expect(socket.destroyed).toBe(true);
      expect(await latestSeq()).toBe(0);
    });
  });
});

/** A WebSocket handshake by hand, after which the client never sends or answers anything. */
function rawWebSocket(port: number, token: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write([
        `GET ${SYNC_PATH} HTTP/1.1`, `Host: 127.0.0.1:${port}`, 'Connection: Upgrade', 'Upgrade: websocket',
        'Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==', `Sec-WebSocket-Protocol: ${syncProtocols(token).join(', ')}`, '', '',
      ].join('\r\n'));
    });
    socket.once('data', (data: Buffer) => {
      if (data.toString('latin1').startsWith('HTTP/1.1 101')) resolve(socket);
      else reject(new Error(`no upgrade: ${data.toString('latin1').split('\r\n', 1)[0] ?? ''}`));
    });
  });
}
