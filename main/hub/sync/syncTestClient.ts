import { WebSocket } from 'ws';
import { newId } from '@core/ids';
import type { HubMessage } from '@core/sync/messages';
import { makeTempDir, writeFakeRenderer } from '../testSupport';
import { startHub, type HubOptions, type RunningHub } from '../hubService';
import { hubSocketUrl, SYNC_PROTOCOL_VERSION, syncProtocols } from '@core/sync/protocol';
import { pairAnswerSchema, pairFailureSchema, type PairAnswer } from '@core/sync/hubDevice';

/** Where a hub answers: a RunningHub in this process, or a hub process started by a test. */
export type HubAddress = Pick<RunningHub, 'url'>;

/** A real hub on loopback with a fake renderer, and helpers to pair machines and talk sync. */
export async function startTestHub(options: Pick<HubOptions, 'syncTiming' | 'now'> = {}): Promise<{ hub: RunningHub; stop: () => Promise<void> }> {
  const temp = await makeTempDir('sync');
  await writeFakeRenderer(`${temp.dir}/renderer`);
  const hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, rendererDir: `${temp.dir}/renderer`, ...options });
  return { hub, stop: async () => { await hub.close(); await temp.remove(); } };
}

export async function pair(hub: HubAddress, code: string, name: string): Promise<PairAnswer> {
  const deviceId = newId();
  const response = await fetch(`${hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code, name, deviceId }), headers: { 'Content-Type': 'application/json' } });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(pairFailureSchema.safeParse(body).data?.error ?? `pairing failed: ${response.status}`);
  return pairAnswerSchema.parse(body);
}

export async function pairingCode(hub: HubAddress, hostToken: string, role: string, roomId: string | null = null): Promise<string> {
  const response = await fetch(`${hub.url}/api/pairing-codes`, { method: 'POST', body: JSON.stringify({ role, roomId }), headers: { Authorization: `Bearer ${hostToken}` } });
  const body = (await response.json()) as { code: string };
  return body.code;
}

/** A sync connection that queues what the hub sends, for `next()` to take in order. */
export class SyncConnection {
  readonly messages: HubMessage[] = [];
  private waiters: (() => void)[] = [];
  closed: { code: number; reason: string } | null = null;

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      this.messages.push(JSON.parse(data.toString('utf8')) as HubMessage);
      this.wake();
    });
    socket.on('close', (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.wake();
    });
  }

  static open(hub: HubAddress, token: string): Promise<SyncConnection> {
    const socket = new WebSocket(hubSocketUrl(hub.url), syncProtocols(token));
    return new Promise((resolve, reject) => {
      socket.once('open', () => { resolve(new SyncConnection(socket)); });
      socket.once('unexpected-response', (_request, response) => { reject(new Error(`refused: ${response.statusCode ?? 0}`)); });
      socket.once('error', reject);
    });
  }

  /** Opens a connection and says `hello`, which the hub requires first. */
  static async greeted(hub: HubAddress, token: string, lastSeq = 0): Promise<SyncConnection> {
    const connection = await SyncConnection.open(hub, token);
    connection.send({ type: 'hello', protocol: SYNC_PROTOCOL_VERSION, lastSeq });
    await connection.next('welcome');
    return connection;
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  async next<T extends HubMessage['type']>(type: T, timeoutMs = 5000): Promise<Extract<HubMessage, { type: T }>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.messages.findIndex((message) => message.type === type);
      if (index >= 0) return this.messages.splice(index, 1)[0] as Extract<HubMessage, { type: T }>;
      if (this.closed) throw new Error(`closed (${this.closed.code}) while waiting for ${type}`);
      if (Date.now() > deadline) throw new Error(`no ${type} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async waitClosed(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error('still open');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closed;
  }

  close(): void {
    this.socket.close();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
