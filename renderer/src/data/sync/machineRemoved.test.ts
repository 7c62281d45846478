import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { tableNames } from '@core/schemas';
import { pairingCode, startTestHub } from '../../../../main/hub/sync/syncTestClient';
import type { RunningHub } from '../../../../main/hub/hubService';
import { checkIn, checkOut } from '../checkInRepo';
import type { DataContext } from '../dataContext';
import { addMember } from '../memberRepo';
import { openTestContext } from '../testContext';
import { readRemovedMark } from './machineRemoved';
import { pairThisMachine } from './pairing';
import { SyncClient } from './syncClient';
import { testSyncServices } from './testSyncServices';
import { readCheckpoint } from './syncSettings';
import type { TokenVault } from './tokenVault';
import { eventually, memberProfile } from '../testSupport';

/**
 * A machine a host removes, through a real hub on loopback and a real Dexie (fake-indexeddb):
 * it stops, wipes itself, says how many changes that lost, pairs again under its own id, and
 * its new changes reach the hub instead of being dropped as duplicates.
 */

/** Node's `ws` throws when closed while connecting; a browser's WebSocket only reports it. */
class BrowserLikeWebSocket extends NodeWebSocket {
  constructor(url: string, protocols: string[]) {
    super(url, protocols);
    this.on('error', () => undefined);
  }
}

/** The desktop shell's secret storage, in memory. */
function memoryVault(): TokenVault & { token: string | null } {
  const vault = {
    token: null as string | null,
    store: (token: string | null) => { vault.token = token; return Promise.resolve(true); },
    read: () => Promise.resolve(vault.token),
  };
  return vault;
}

let hub: RunningHub;
let stopHub: () => Promise<void>;
let host: { deviceId: string; token: string };
let hostContext: DataContext;
let hostClient: SyncClient;
const contexts: DataContext[] = [];
const services = testSyncServices();

beforeEach(async () => {
  vi.stubGlobal('WebSocket', BrowserLikeWebSocket);
  ({ hub, stop: stopHub } = await startTestHub());
  hostContext = await openTestContext({ deviceId: crypto.randomUUID() });
  contexts.push(hostContext);
  const paired = await fetch(`${hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code: hub.firstHostCode?.code, name: 'Host desk', deviceId: hostContext.deviceId }) });
  host = (await paired.json()) as { deviceId: string; token: string };
  // The host desk syncs with a client of its own; the kiosks under test have their app's sync service.
  hostClient = new SyncClient({ context: hostContext, settings: { hubUrl: hub.url, token: host.token, role: 'host', deviceName: 'Host desk', pairedAt: new Date().toISOString() }, onStatus: () => undefined });
  hostClient.start();
});
afterEach(async () => {
  services.stopAll();
  hostClient.stop();
  for (const context of contexts.splice(0)) context.db.close();
  await stopHub();
  vi.unstubAllGlobals();
});

async function revoke(deviceId: string): Promise<void> {
  const response = await fetch(`${hub.url}/api/devices/${deviceId}/revoke`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` } });
  expect(response.status).toBe(200);
}

async function membersOnHost(count: number) {
  const members = await Promise.all(Array.from({ length: count }, (_, index) => addMember(hostContext, memberProfile(`Member ${index}`))));
  await eventually(() => hostContext.db.outbox.count(), (pending) => pending === 0);
  return members;
}

const checkInsOnHost = () => hostContext.db.checkIns.count();

describe('a machine removed by a host', () => {
  it('wipes itself at its next connection, counts the changes that lost, pairs again and its new changes are applied', async () => {
    const members = await membersOnHost(3);
    const vault = memoryVault();
    const kiosk = await openTestContext({ deviceId: `kiosk_${crypto.randomUUID()}` });
    contexts.push(kiosk);
    const sync = services.of(kiosk, vault);
    await pairThisMachine(sync, { hubUrl: hub.url, code: await pairingCode(hub, host.token, 'kiosk'), deviceName: 'Reception' });
    expect(vault.token).not.toBeNull();
    await eventually(() => kiosk.db.members.count(), (count) => count === 3);
    for (const member of members) await checkIn(kiosk, member.id, 'name');
    await eventually(checkInsOnHost, (count) => count === 3);
    await eventually(() => kiosk.db.outbox.count(), (pending) => pending === 0);

    // Offline for a while: two check-outs wait in the outbox while a host removes the machine.
    sync.stop();
    await checkOut(kiosk, members[0]?.id ?? '', 'name');
    await checkOut(kiosk, members[1]?.id ?? '', 'name');
    await revoke(kiosk.deviceId);
    const clockBefore = await kiosk.db.meta.get('clock');
    await sync.start();

    const mark = await eventually(() => readRemovedMark(kiosk), (found) => found !== null);
    expect(mark).toMatchObject({ lostChanges: 2, hubUrl: hub.url });
    for (const name of tableNames) expect(await kiosk.db.table(name).count(), name).toBe(0);
    expect(await kiosk.db.outbox.count()).toBe(0);
    expect(await readCheckpoint(kiosk)).toBe(0);
    expect((await kiosk.db.meta.toArray()).map((entry) => entry.key).sort()).toEqual(['clock', 'sync.removed']);
    expect(await kiosk.db.meta.get('clock')).toEqual(clockBefore);
    expect(vault.token).toBeNull();
    expect(sync.status().state).toBe('unpaired');

    // Paired again under the same id, as a kiosk again: its new check-ins reach the hub.
    await pairThisMachine(sync, { hubUrl: hub.url, code: await pairingCode(hub, host.token, 'kiosk'), deviceName: 'Reception' });
    expect(await readRemovedMark(kiosk)).toBeNull();
    await eventually(() => kiosk.db.members.count(), (count) => count === 3);
    await checkOut(kiosk, members[2]?.id ?? '', 'name');
    await eventually(checkInsOnHost, (count) => count === 4);
    await eventually(() => kiosk.db.outbox.count(), (pending) => pending === 0);
  });

  it('numbers the changes of a machine that starts over under a known id above the hub’s last number, pending and future alike', async () => {
    const members = await membersOnHost(4);
    const deviceId = crypto.randomUUID();
    const first = await openTestContext({ deviceId });
    contexts.push(first);
    const firstSync = services.of(first);
    await pairThisMachine(firstSync, { hubUrl: hub.url, code: await pairingCode(hub, host.token, 'kiosk'), deviceName: 'Reception' });
    await eventually(() => first.db.members.count(), (count) => count === 4);
    for (const member of members.slice(0, 3)) await checkIn(first, member.id, 'name');
    await eventually(checkInsOnHost, (count) => count === 3);
    firstSync.stop();
    await revoke(deviceId);

    // The same machine id with empty storage (its browser data was cleared): numbering would start at 1.
    const fresh = await openTestContext({ deviceId });
    contexts.push(fresh);
    await fresh.db.members.bulkPut(await first.db.members.toArray());
    await checkIn(fresh, members[3]?.id ?? '', 'name');
    expect((await fresh.db.outbox.toArray()).map((entry) => entry.seq)).toEqual([1]);
    await pairThisMachine(services.of(fresh), { hubUrl: hub.url, code: await pairingCode(hub, host.token, 'kiosk'), deviceName: 'Reception' });
    // The pending check-in (made before pairing) and one made after both arrive.
    await eventually(checkInsOnHost, (count) => count === 4);
    await checkOut(fresh, members[0]?.id ?? '', 'name');
    await eventually(checkInsOnHost, (count) => count === 5);
    await eventually(() => fresh.db.outbox.count(), (pending) => pending === 0);
  });
});
