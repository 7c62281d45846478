import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import { tableNames } from '@core/schemas';
import type { RunningHub } from '../hubService';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';
import { checkInPush } from './testPushes';

/**
 * Random well-formed and malformed frames from every role against one real hub on loopback.
 * After each run the hub is up, a wall display (which may write nothing) changed nothing, and a
 * well-behaved host desk on its own connection still pushes and pulls.
 */
const roles = ['host', 'kiosk', 'wall', 'room'] as const;
type Role = (typeof roles)[number];
type Frame = { text: string } | { binary: Uint8Array };

let hub: RunningHub;
let stop: () => Promise<void>;
const devices = {} as Record<Role, { deviceId: string; token: string }>;
let steady: SyncConnection;
let steadyId: string;
let steadyMutation = 0;

beforeAll(async () => {
  ({ hub, stop } = await startTestHub());
  const host = await pair(hub, hub.firstHostCode?.code ?? '', 'Fuzzed host');
  devices.host = host;
  devices.kiosk = await pair(hub, await pairingCode(hub, host.token, 'kiosk'), 'Kiosk');
  devices.wall = await pair(hub, await pairingCode(hub, host.token, 'wall'), 'Wall');
  devices.room = await pair(hub, await pairingCode(hub, host.token, 'room', 'room-fjorden'), 'Fjorden');
  const steadyHost = await pair(hub, await pairingCode(hub, host.token, 'host'), 'Steady host');
  steadyId = steadyHost.deviceId;
  steady = await SyncConnection.greeted(hub, steadyHost.token);
});
afterAll(async () => {
  steady.close();
  await stop();
});

const edgeNumber = fc.constantFrom(0, 1, -1, 0.5, 5000, 5001, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e308);
const text = (value: unknown): Frame => ({ text: JSON.stringify(value) });

function frames(deviceId: string): fc.Arbitrary<Frame> {
  const stamp = fc.record({ ahead: fc.integer({ min: -86_400_000, max: 86_400_000 }), counter: fc.integer({ min: 0, max: 0xffffff }) })
    .map(({ ahead, counter }) => formatHlc({ wallMs: Date.now() + ahead, counter, node: hlcNodeFromDeviceId(deviceId) }));
  const change = fc.record({
    table: fc.oneof(fc.constantFrom(...tableNames), fc.string()),
    recordId: fc.oneof(fc.constant(newId()), fc.constantFrom('member-1', 'hub', '../x'), fc.string({ maxLength: 80 })),
    fields: fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 6 }),
    hlc: fc.oneof(stamp, fc.string()),
    deviceId: fc.oneof(fc.constant(deviceId), fc.constant(newId()), fc.string()),
  });
  const validLookingPush = fc.array(fc.record({ mutation: fc.oneof(fc.integer({ min: 1, max: 50 }), edgeNumber), change }), { minLength: 1, maxLength: 4 })
    .map((mutations) => text({ type: 'push', mutations }));
  const tombstone = fc.record({ mutation: fc.integer({ min: 1, max: 1000 }), recordId: fc.constant(newId()), junk: fc.jsonValue({ maxDepth: 2 }) })
    .chain(({ mutation, recordId, junk }) => stamp.map((hlc) => text({ type: 'push', mutations: [{ mutation, change: { table: 'members', recordId, fields: { deleted: junk }, hlc, deviceId } }] })));
  const nested = fc.integer({ min: 33, max: 6000 }).map((depth) => ({ text: `{"type":"push","mutations":[{"mutation":1,"change":{"table":"members","recordId":"m","fields":{"bio":${'['.repeat(depth)}${']'.repeat(depth)}},"hlc":"x","deviceId":"d"}}]}` }));
  const huge = fc.constantFrom(300_001, 1_100_000).map((length) => text({ type: 'push', mutations: [{ mutation: 1, change: { table: 'members', recordId: newId(), fields: { bio: 'x'.repeat(length) }, hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: hlcNodeFromDeviceId(deviceId) }), deviceId } }] }));
  return fc.oneof(
    fc.json().map((value) => ({ text: value })),
    fc.string({ maxLength: 200 }).map((value) => ({ text: value })),
    nested,
    huge,
    validLookingPush,
    tombstone,
    fc.record({ type: fc.constantFrom('hello', 'push', 'pull', 'ack', 'welcome', 'poke', 'x'), mutations: fc.anything(), seq: fc.anything(), limit: fc.anything() }).map(text),
    fc.record({ type: fc.constant('pull'), sinceSeq: edgeNumber, limit: edgeNumber }).map(text),
    fc.record({ type: fc.constant('ack'), seq: edgeNumber, pending: edgeNumber }).map(text),
    fc.record({ type: fc.constant('hello'), protocol: fc.constantFrom(0, 1, 2), lastSeq: edgeNumber }).map(text),
    fc.uint8Array({ maxLength: 256 }).map((binary) => ({ binary })),
  );
}

const run = fc.constantFrom(...roles).chain((role) =>
  fc.record({ role: fc.constant(role), hello: fc.boolean(), frames: fc.array(frames(devices[role].deviceId), { minLength: 1, maxLength: 5 }) }),
);

/** Every record as the steady host pulls it, and the latest seq. */
async function snapshot(): Promise<{ latestSeq: number; records: string }> {
  steady.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
  const page = await steady.next('changes');
  return { latestSeq: page.latestSeq, records: JSON.stringify(page.records) };
}

/** Sends the frames, then closes: the close comes back only after the hub handled every frame before it. */
async function play(role: Role, hello: boolean, sequence: Frame[]): Promise<void> {
  const connection = await SyncConnection.open(hub, devices[role].token);
  // A frame the hub refuses as too large may reset the socket under the client's feet.
  connection.socket.on('error', () => undefined);
  if (hello) connection.send({ type: 'hello', protocol: 1, lastSeq: 0 });
  for (const frame of sequence) {
    if ('text' in frame) connection.send(frame.text);
    else connection.socket.send(frame.binary, { binary: true });
  }
  connection.close();
  await connection.waitClosed(10_000);
}

/**
 * The steady host is a well-behaved machine: it stays within the hub's frame budget (50 a
 * second after a burst, syncServer.ts), which two frames per run at full speed would exceed on
 * a fast machine and get it closed for flooding.
 */
async function steadyHostStillSyncs(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  steadyMutation += 1;
  const push = checkInPush(steadyId, steadyMutation);
  steady.send(push);
  const [result] = (await steady.next('pushResult')).results;
  expect(result).toMatchObject({ status: 'applied' });
  steady.send({ type: 'pull', sinceSeq: (result?.seq ?? 1) - 1, limit: 10 });
  expect((await steady.next('changes')).records.map((record) => record.row.id)).toContain(push.mutations[0]?.change.recordId);
}

describe('the hub under random frames from every role', () => {
  it('stays up, lets a wall display write nothing, and keeps serving a well-behaved host', async () => {
    await fc.assert(
      fc.asyncProperty(run, async ({ role, hello, frames: sequence }) => {
        const before = role === 'wall' ? await snapshot() : null;
        await play(role, hello, sequence);
        const health = await fetch(`${hub.url}/healthz`);
        expect(health.status).toBe(200);
        expect(await health.json()).toMatchObject({ ok: true });
        if (before) expect(await snapshot()).toEqual(before);
        await steadyHostStillSyncs();
      }),
      { numRuns: 100 },
    );
    expect(steady.closed).toBeNull();
  }, 60_000);
});
