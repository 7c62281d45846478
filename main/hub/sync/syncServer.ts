import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { HybridClock } from '@core/hlc';
import { deviceMessageSchema, MAX_FRAME_BYTES, parseFrame, type DeviceMessage, type HubMessage } from '@core/sync/messages';
import type { DeviceRegistry, PairedDevice } from '../devices/deviceRegistry';
import type { HubStore } from './hubStore';
import { answerRemovedMachine, closeAsRemoved } from './removedMachine';
import { applyPush, pullChanges } from './syncEngine';

/**
 * The sync endpoint: WebSocket at /sync (docs/sync-protocol.md). Tokens are checked at the
 * HTTP upgrade, so an unknown or revoked machine never gets a socket; every frame is parsed
 * strictly; oversized frames and floods close the connection.
 */
export const SYNC_PATH = '/sync';
export const SYNC_SUBPROTOCOL = 'landhub-sync.v1';
const TOKEN_PREFIX = 'token.';
/** Frames a machine may send in a burst, and per second after it. */
const BURST = 100;
const PER_SECOND = 50;

export interface SyncContext {
  store: HubStore;
  devices: DeviceRegistry;
  clock: HybridClock;
  now: () => Date;
}

export interface SyncServer {
  /** Closes every socket of a machine at once (after it was revoked). */
  disconnect(deviceId: string, reason: string): void;
  connectedDevices(): number;
  close(): void;
}

export function tokenFromProtocols(header: string | undefined): string | null {
  const offered = (header ?? '').split(',').map((part) => part.trim());
  if (!offered.includes(SYNC_SUBPROTOCOL)) return null;
  const token = offered.find((part) => part.startsWith(TOKEN_PREFIX));
  return token ? token.slice(TOKEN_PREFIX.length) : null;
}

export function attachSyncServer(server: Server, context: SyncContext): SyncServer {
  const sockets = new Map<string, Set<WebSocket>>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, handleProtocols: () => SYNC_SUBPROTOCOL });

  const broadcastPoke = (except: WebSocket) => {
    const message = JSON.stringify({ type: 'poke', latestSeq: context.store.latestSeq() } satisfies HubMessage);
    for (const set of sockets.values()) for (const socket of set) if (socket !== except && socket.readyState === socket.OPEN) socket.send(message);
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if ((request.url ?? '').split('?', 1)[0] !== SYNC_PATH) return;
    const token = tokenFromProtocols(request.headers['sec-websocket-protocol']);
    const identity = token ? context.devices.identify(token) : { status: 'unknown' as const };
    if (identity.status === 'removed') {
      answerRemovedMachine(wss, request, socket, head, identity.deviceId);
      return;
    }
    if (identity.status === 'unknown') {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const { device } = identity;
    wss.handleUpgrade(request, socket, head, (ws) => {
      const set = sockets.get(device.id) ?? new Set<WebSocket>();
      set.add(ws);
      sockets.set(device.id, set);
      ws.on('close', () => set.delete(ws));
      serveConnection(ws, device, context, broadcastPoke);
    });
  };
  server.on('upgrade', onUpgrade);

  return {
    disconnect: (deviceId, reason) => {
      for (const socket of sockets.get(deviceId) ?? []) closeAsRemoved(socket, reason);
    },
    connectedDevices: () => [...sockets.values()].filter((set) => set.size > 0).length,
    close: () => {
      server.off('upgrade', onUpgrade);
      for (const set of sockets.values()) for (const socket of set) socket.close(1001, 'The hub is shutting down');
      wss.close();
    },
  };
}

function serveConnection(ws: WebSocket, device: PairedDevice, context: SyncContext, poke: (except: WebSocket) => void): void {
  const send = (message: HubMessage) => { ws.send(JSON.stringify(message)); };
  const allowFrame = tokenBucket(BURST, PER_SECOND);
  context.devices.seen(device.id, context.now());
  // An oversized or broken frame: ws closes the socket itself (1009, 1002); nothing to add.
  ws.on('error', () => undefined);
  ws.on('message', (data, isBinary) => {
    if (!allowFrame(Date.now())) {
      ws.close(1008, 'Too many messages; slow down');
      return;
    }
    const parsed = isBinary ? { ok: false as const, reason: 'Binary frames are not part of the protocol' } : parseFrame(deviceMessageSchema, rawText(data));
    if (!parsed.ok) {
      send({ type: 'error', code: 'invalidMessage', message: parsed.reason.slice(0, 500) });
      ws.close(1003, 'Invalid message');
      return;
    }
    try {
      handleMessage(parsed.message, device, context, send, () => { poke(ws); });
    } catch (error) {
      console.error('Sync message failed:', error);
      send({ type: 'error', code: 'hubError', message: 'The hub could not handle this message. It will be retried.' });
      ws.close(1011, 'Hub error');
    }
  });
}

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}

function handleMessage(message: DeviceMessage, device: PairedDevice, context: SyncContext, send: (message: HubMessage) => void, poke: () => void): void {
  const { store, devices, clock } = context;
  switch (message.type) {
    case 'hello':
      send({ type: 'welcome', role: device.role, hubTime: context.now().getTime(), latestSeq: store.latestSeq() });
      return;
    case 'push': {
      const results = applyPush(store, device, message.mutations, clock, context.now());
      send({ type: 'pushResult', results });
      if (results.some((result) => result.seq !== undefined)) poke();
      return;
    }
    case 'pull':
      send({ type: 'changes', ...pullChanges(store, message.sinceSeq, message.limit) });
      return;
    case 'ack':
      devices.acknowledge(device.id, message.seq, message.pending);
      devices.seen(device.id, context.now());
      store.purgeTombstones(devices.ackedByAll());
  }
}

/** Allows `burst` frames at once and `perSecond` after that. */
export function tokenBucket(burst: number, perSecond: number): (nowMs: number) => boolean {
  let tokens = burst;
  let last: number | null = null;
  return (nowMs) => {
    if (last !== null) tokens = Math.min(burst, tokens + ((nowMs - last) / 1000) * perSecond);
    last = nowMs;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
