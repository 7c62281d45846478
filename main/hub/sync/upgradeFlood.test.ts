import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCodes } from '@core/sync/closeCodes';
import { killHubProcesses, TEST_TIMEOUT_MS } from '../hubProcessSupport';
import { openFileDescriptors } from '../processFds';
import { makeTempDir } from '../testSupport';
import { healthOf, startPairedHubProcess, type PairedHubProcess } from './pairedHubProcess';
import { SYNC_PATH, syncProtocols } from '@core/sync/protocol';
import { SyncConnection } from './syncTestClient';
import { checkInPush } from './testPushes';

/**
 * The real hub process against a flood of upgrade requests it does not accept. Each used to
 * leave an unanswered socket open for good; a few thousand exhausted the hub's descriptors.
 */
const WRONG_PATH = 3000;
const NO_TOKEN = 500;
const BROKEN_HANDSHAKE = 300;
const NEVER_HELLO = 50;
const HALF_SENT = 50;
const AT_ONCE = 250;
/** Loopback keep-alive sockets of the test's own fetches may still be open on the hub's side. */
const SLACK = 4;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let hub: PairedHubProcess;

beforeEach(async () => {
  temp = await makeTempDir('flood');
  hub = await startPairedHubProcess(temp.dir);
});
afterEach(async () => {
  killHubProcesses();
  await temp.remove();
});

function upgradeRequest(path: string, headers: string[]): string {
  return [`GET ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: Upgrade', 'Upgrade: websocket', ...headers, '', ''].join('\r\n');
}

const WEBSOCKET_HEADERS = ['Sec-WebSocket-Version: 13', 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ=='];

/** Writes the request and never closes: resolves with the hub's status line once the hub let go of the socket. */
function sendAndHold(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => { socket.write(request); });
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => { answer += chunk; });
    socket.once('error', reject);
    socket.once('close', () => { resolve(answer.split('\r\n', 1)[0] ?? ''); });
  });
}

async function inBatches(count: number, send: () => Promise<string>): Promise<Map<string, number>> {
  const statuses = new Map<string, number>();
  for (let done = 0; done < count; done += AT_ONCE) {
    const answers = await Promise.all(Array.from({ length: Math.min(AT_ONCE, count - done) }, send));
    for (const status of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  return statuses;
}

async function settledDescriptors(pid: number, ceiling: number): Promise<number> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const count = openFileDescriptors(pid);
    if (count <= ceiling || Date.now() > deadline) return count;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('the hub process under an upgrade flood', () => {
  it('answers and lets go of every upgrade it does not accept, reaps stalled ones, and keeps serving', async () => {
    const health = await healthOf(hub.url);
    expect(health.status).toBe(200);
    const baseline = openFileDescriptors(hub.pid);
    let peak = baseline;
    const sampler = setInterval(() => { peak = Math.max(peak, openFileDescriptors(hub.pid)); }, 25);

    // Stalled while the flood runs: headers never finished, and sockets that never say hello.
    const halfSent = Array.from({ length: HALF_SENT }, () => sendAndHold(hub.port, 'GET /sync HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n'));
    const neverHello = Array.from({ length: NEVER_HELLO }, () => SyncConnection.open(hub, hub.host.token).then((connection) => connection.waitClosed(20_000)));

    const wrongPath = await inBatches(WRONG_PATH, () => sendAndHold(hub.port, upgradeRequest('/x', WEBSOCKET_HEADERS)));
    const noToken = await inBatches(NO_TOKEN, () => sendAndHold(hub.port, upgradeRequest(SYNC_PATH, WEBSOCKET_HEADERS)));
    const broken = await inBatches(BROKEN_HANDSHAKE, () => sendAndHold(hub.port, upgradeRequest(SYNC_PATH, [`Sec-WebSocket-Protocol: ${syncProtocols(hub.host.token).join(', ')}`])));
    expect([...wrongPath]).toEqual([['HTTP/1.1 404 Not Found', WRONG_PATH]]);
    expect([...noToken]).toEqual([['HTTP/1.1 401 Unauthorized', NO_TOKEN]]);
    expect([...broken]).toEqual([['HTTP/1.1 400 Bad Request', BROKEN_HANDSHAKE]]);

    const closes = await Promise.all(neverHello);
    expect(new Set(closes.map((close) => close.code))).toEqual(new Set([closeCodes.helloRequired]));
    // Node answers a request whose headers never end with 408 once headersTimeout is up.
    expect(new Set(await Promise.all(halfSent))).toEqual(new Set(['HTTP/1.1 408 Request Timeout']));
    clearInterval(sampler);

    const after = await settledDescriptors(hub.pid, baseline + SLACK);
    console.info(`hub fds: baseline ${baseline}, peak ${peak}, after the flood ${after} (${WRONG_PATH + NO_TOKEN + BROKEN_HANDSHAKE + NEVER_HELLO + HALF_SENT} sockets)`);
    expect(after).toBeLessThanOrEqual(baseline + SLACK);

    expect(await healthOf(hub.url)).toMatchObject({ status: 200, body: { ok: true } });
    const sync = await SyncConnection.greeted(hub, hub.host.token);
    sync.send(checkInPush(hub.host.deviceId, 1));
    expect((await sync.next('pushResult')).results).toMatchObject([{ status: 'applied', seq: 1 }]);
    sync.close();
  }, TEST_TIMEOUT_MS * 2);
});
