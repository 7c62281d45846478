import { describe, expect, it } from 'vitest';
import { checkIn, checkOut } from '../checkInRepo';
import type { DataContext } from '../dataContext';
import { addMember } from '../memberRepo';
import { createPairingCode, listHubDevices } from './hubDevices';
import { pairThisMachine } from './pairing';
import { SyncClient } from './syncClient';
import { realHubFixture } from './realHubFixture';
import type { ConnectedHub } from './syncSettings';
import type { SyncStatus } from './syncTypes';
import { eventually, memberProfile } from '../testSupport';

/** Real machines (Dexie on fake-indexeddb) syncing through a real hub on loopback. */

const site = realHubFixture();

/** A second machine with a bare client of its own, whose status changes the test reads. */
async function pairedMachine(code: string, name: string): Promise<{ context: DataContext; client: SyncClient; status: Partial<SyncStatus>[]; settings: ConnectedHub }> {
  const context = await site.machine();
  const response = await fetch(`${site.hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code, name, deviceId: context.deviceId }) });
  const { token, role } = (await response.json()) as { token: string; role: 'kiosk' | 'host' };
  const status: Partial<SyncStatus>[] = [];
  const settings: ConnectedHub = { hubUrl: site.hub.url, token, role, deviceName: name, pairedAt: new Date().toISOString() };
  const client = new SyncClient({ context, settings, onStatus: (change) => status.push(change) });
  site.keep(client);
  client.start();
  return { context, client, status, settings };
}

describe('machines syncing through the hub', () => {
  it('pairs, carries a member to the kiosk and a check-in back, refuses what a kiosk may not write, and delivers offline check-ins later', async () => {
    const host = await site.machine();
    const hostSync = site.sync(host);
    expect(await pairThisMachine(hostSync, { hubUrl: site.hub.url.replace('http://', ''), code: site.hub.firstHostCode!.code, deviceName: 'Host desk' })).toEqual({ role: 'host' });
    const kiosk = await pairedMachine(await createPairingCode(hostSync, 'kiosk').then((result) => result.code), 'Reception');

    const soren = await addMember(host, memberProfile('Søren Østergaard'));
    const anja = await addMember(host, memberProfile('Anja Schröder'));
    await eventually(() => kiosk.context.db.members.count(), (count) => count === 2);

    await checkIn(kiosk.context, soren.id, 'qrCard');
    await eventually(() => host.db.checkIns.where('memberId').equals(soren.id).count(), (count) => count === 1);

    // A kiosk may not add members: the hub refuses, says why, and the kiosk's copy goes away.
    const sneaky = await addMember(kiosk.context, memberProfile('Mallory'));
    await eventually(() => Promise.resolve(kiosk.status.some((change) => change.lastRefusal)), Boolean);
    await eventually(() => kiosk.context.db.members.get(sneaky.id), (row) => row === undefined);
    expect(await host.db.members.get(sneaky.id)).toBeUndefined();

    // Offline: the kiosk keeps checking people in; both arrive once it is back.
    kiosk.client.stop();
    await checkIn(kiosk.context, anja.id, 'name');
    await checkOut(kiosk.context, soren.id, 'scanner');
    expect(await kiosk.context.db.outbox.count()).toBe(2);
    const back = new SyncClient({ context: kiosk.context, settings: kiosk.settings, onStatus: () => undefined });
    site.keep(back);
    back.start();
    await eventually(() => host.db.checkIns.count(), (count) => count === 3);
    await eventually(() => kiosk.context.db.outbox.count(), (count) => count === 0);

    const devices = await listHubDevices(hostSync);
    expect(devices.map((device) => [device.name, device.role])).toEqual([['Host desk', 'host'], ['Reception', 'kiosk']]);
  });

  it('fills a new machine with everything, reporting progress', async () => {
    const host = await site.machine();
    const hostSync = site.sync(host);
    await pairThisMachine(hostSync, { hubUrl: site.hub.url, code: site.hub.firstHostCode!.code, deviceName: 'Host desk' });
    for (let index = 0; index < 30; index++) await addMember(host, memberProfile(`Member ${index}`));
    await eventually(() => host.db.outbox.count(), (count) => count === 0);
    const wall = await pairedMachine((await createPairingCode(hostSync, 'wall')).code, 'Wall');
    await eventually(() => wall.context.db.members.count(), (count) => count === 30);
    expect(wall.status.some((change) => change.initialSync && change.initialSync.total >= 30)).toBe(true);
  });
});
