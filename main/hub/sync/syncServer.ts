import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { HybridClock } from '@core/hlc';
import { closeCodes, EPOCH_FEATURE, offersFeature, SYNC_PATH, SYNC_SUBPROTOCOL, tokenFromProtocols, type DeviceIdentity } from '@core/sync/protocol';
import { deviceMessageSchema, MAX_FRAME_BYTES, parseFrame, type DeviceMessage, type HubMessage } from '@core/sync/messages';
import type { DeviceRegistry } from '../devices/deviceRegistry';
import { rateLimitedHubLog } from '../hubLog';
import { createStoreHealth, type StoreHealth } from '../storeHealth';
import { createHeartbeat } from './heartbeat';
import type { HubStore } from './hubStore';
import { refuseUpgrade } from './refuseUpgrade';
import { answerRemovedMachine, closeAsRemoved } from './removedMachine';
import { applyPush, pullChanges } from './syncEngine';
import { createConnectionGuard, type ConnectionGuard } from './connectionGuard';

/**
 * The sync endpoint: WebSocket at /sync (docs/sync-protocol.md). Tokens are checked at the
 * HTTP upgrade, so an unknown or revoked machine never gets a socket; any other upgrade is
 * answered and its socket let go. On a socket, `hello` comes first, every frame is parsed
 * strictly, and whatever goes wrong with one connection closes that connection only.
 */

export interface SyncTiming {
  /** A socket must send `hello` within this long. */
  helloMs: number;
  /** Ping interval; a silent peer is closed after two, cut after three. */
  heartbeatMs: number;
}
export const DEFAULT_SYNC_TIMING: SyncTiming = { helloMs: 10_000, heartbeatMs: 15_000 };

export interface SyncContext {
  store: HubStore;
  devices: DeviceRegistry;
  clock: HybridClock;
  now: () => Date;
  /** Store failures seen while syncing, for /healthz; a private one when absent. */
  storeHealth?: StoreHealth;
  timing?: Partial<SyncTiming>;
}

export interface SyncServer {
  /** Closes every socket of a machine at once (after it was revoked). */
  disconnect(deviceId: string, reason: string): void;
  connectedDevices(): number;
  /** Tells every greeted machine to pull: after the hub changed records itself (main/hub/jobs/). */
  poke(): void;
  close(): void;
}

// An attacker's flood of refused upgrades must not become a flood of log lines.
const logRefusedUpgrade = rateLimitedHubLog(5);

export function attachSyncServer(server: Server, context: SyncContext): SyncServer {
  const timing = { ...DEFAULT_SYNC_TIMING, ...context.timing };
  const storeHealth = context.storeHealth ?? createStoreHealth();
  const sockets = new Map<string, Set<WebSocket>>();
  const welcomed = new WeakSet<WebSocket>();
  const heartbeat = createHeartbeat(timing.heartbeatMs);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, handleProtocols: () => SYNC_SUBPROTOCOL });

  // Only machines that said hello hear of changes: anything before `welcome` would be out of order.
  const broadcastPoke = (except: WebSocket | null) => {
    const message = JSON.stringify({ type: 'poke', latestSeq: context.store.latestSeq() } satisfies HubMessage);
    for (const set of sockets.values()) for (const socket of set) if (socket !== except && welcomed.has(socket) && socket.readyState === socket.OPEN) socket.send(message);
  };

  const accept = (ws: WebSocket, device: DeviceIdentity, features: Features) => {
    const set = sockets.get(device.id) ?? new Set<WebSocket>();
    set.add(ws);
    sockets.set(device.id, set);
    const guard = createConnectionGuard(ws, device, storeHealth);
    ws.on('close', guard.run(() => {
      set.delete(ws);
      if (set.size === 0) sockets.delete(device.id);
    }));
    heartbeat.watch(ws, () => { guard.close(closeCodes.idle, 'idle', 'No answer from this machine; connect again.'); });
    serveConnection({ ws, device, features, context, guard, timing, storeHealth, onWelcome: () => welcomed.add(ws), poke: () => { broadcastPoke(ws); } });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // Node removed its own error handler from an upgrading socket: a reset now must not throw.
    socket.on('error', () => { socket.destroy(); });
    try {
      if ((request.url ?? '').split('?', 1)[0] !== SYNC_PATH) {
        refuse(socket, 404, request);
        return;
      }
      const token = tokenFromProtocols(request.headers['sec-websocket-protocol']);
      const identity = token ? context.devices.identify(token) : { status: 'unknown' as const };
      if (identity.status === 'removed') {
        answerRemovedMachine(wss, request, socket, head, identity.deviceId);
        return;
      }
      if (identity.status === 'unknown') {
        refuse(socket, 401, request);
        return;
      }
      const { device } = identity;
      const features: Features = { epoch: offersFeature(request.headers['sec-websocket-protocol'], EPOCH_FEATURE) };
      wss.handleUpgrade(request, socket, head, (ws) => { accept(ws, device, features); });
    } catch (error) {
      // Before the upgrade completed (a store that cannot be read): still an HTTP answer.
      storeHealth.failed(error);
      refuse(socket, 503, request, error);
    }
  };
  server.on('upgrade', onUpgrade);

  return {
    disconnect: (deviceId, reason) => {
      for (const socket of sockets.get(deviceId) ?? []) closeAsRemoved(socket, reason);
    },
    connectedDevices: () => sockets.size,
    poke: () => { broadcastPoke(null); },
    close: () => {
      server.off('upgrade', onUpgrade);
      heartbeat.stop();
      for (const set of sockets.values()) for (const socket of set) socket.close(closeCodes.goingAway, 'The hub is shutting down');
      wss.close();
    },
  };
}

function refuse(socket: Duplex, status: number, request: IncomingMessage, error?: unknown): void {
  const address = request.socket.remoteAddress ?? 'unknown';
  // Keyed by status only: a flood from many addresses still writes a few lines a minute.
  logRefusedUpgrade(String(status), 'sync.upgradeRefused', { status, address, error: error instanceof Error ? error.name : undefined });
  refuseUpgrade(socket, status, status === 503 ? { 'Retry-After': '10' } : {});
}

/** What the machine said at the upgrade that it reads (core/sync/protocol.ts EPOCH_FEATURE). */
interface Features {
  epoch: boolean;
}

interface Connection {
  ws: WebSocket;
  device: DeviceIdentity;
  features: Features;
  context: SyncContext;
  guard: ConnectionGuard;
  timing: SyncTiming;
  storeHealth: StoreHealth;
  onWelcome: () => void;
  poke: () => void;
}

/** A device that reads nothing while asking for more: its unsent answers are bounded. */
const MAX_UNSENT_BYTES = 64 * 1024 * 1024;

function serveConnection({ ws, device, features, context, guard, timing, storeHealth, onWelcome, poke }: Connection): void {
  const send = (message: HubMessage) => { ws.send(JSON.stringify(message)); };
  const allowFrame = tokenBucket(BURST, PER_SECOND);
  let saidHello = false;
  const helloTimer = setTimeout(guard.run(() => { guard.close(closeCodes.helloRequired, 'helloRequired', 'Send hello first.'); }), timing.helloMs);
  helloTimer.unref();
  ws.on('close', guard.run(() => { clearTimeout(helloTimer); }));
  // ws reports frames it refused itself (too large, bad framing) with a code of its own, then closes.
  ws.on('error', guard.run((error: Error & { code?: unknown }) => { guard.log('sync.socketError', typeof error.code === 'string' ? error.code : error.name); }));

  ws.on('message', guard.run((data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
    // Frames still arriving after the hub began closing are not handled.
    if (ws.readyState !== ws.OPEN) return;
    if (!allowFrame(Date.now()) || ws.bufferedAmount > MAX_UNSENT_BYTES) {
      guard.close(closeCodes.flooding, 'flooding', 'Too many messages; slow down and connect again.');
      return;
    }
    const parsed = isBinary ? { ok: false as const, reason: 'Binary frames are not part of the protocol' } : parseFrame(deviceMessageSchema, rawText(data), { maxChars: MAX_FRAME_BYTES });
    if (!parsed.ok) {
      guard.close(closeCodes.invalidMessage, 'invalidMessage', parsed.reason);
      return;
    }
    if (!saidHello && parsed.message.type !== 'hello') {
      guard.close(closeCodes.helloRequired, 'helloRequired', 'The first message must be hello.');
      return;
    }
    handleMessage(parsed.message, device, features, context, send, poke);
    if (parsed.message.type === 'push' || parsed.message.type === 'ack') storeHealth.succeeded();
    if (!saidHello) {
      saidHello = true;
      clearTimeout(helloTimer);
      onWelcome();
    }
  }));

  // The first write of a connection: a store that cannot write closes it here, not the hub.
  guard.run(() => {
    context.devices.seen(device.id, context.now());
    storeHealth.succeeded();
  })();
}

function rawText(data: Buffer | ArrayBuffer | Buffer[]): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}

function handleMessage(message: DeviceMessage, device: DeviceIdentity, features: Features, context: SyncContext, send: (message: HubMessage) => void, poke: () => void): void {
  const { store, devices, clock } = context;
  switch (message.type) {
    case 'hello':
      // The card key goes to kiosks only: they find cards by its hashes (core/cardLookup.ts). The
      // epoch only to machines that read it: an older one parses welcome strictly.
      send({ type: 'welcome', role: device.role, hubTime: context.now().getTime(), latestSeq: store.latestSeq(), ...(features.epoch ? { epoch: store.epoch() } : {}), ...(device.role === 'kiosk' ? { cardKey: store.cardKey() } : {}), ...(device.role === 'room' ? { roomId: device.roomId } : {}) });
      return;
    case 'push': {
      const results = applyPush(store, device, message.mutations, clock, context.now());
      send({ type: 'pushResult', results });
      if (results.some((result) => result.seq !== undefined)) poke();
      return;
    }
    case 'pull':
      // The role (and room) the machine was paired with decides what it gets, never anything in a frame.
      send({ type: 'changes', ...pullChanges(store, message.sinceSeq, message.limit, device) });
      return;
    case 'ack':
      devices.acknowledge(device.id, message.seq, message.pending);
      devices.seen(device.id, context.now());
      store.purgeTombstones(devices.ackedByAll());
  }
}

/**
 * Flooding closes the connection (closeCodes.flooding): the machine reconnects with back-off.
 * Frames a machine may send in a burst, and per second after it.
 */
const BURST = 100;
const PER_SECOND = 50;

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
