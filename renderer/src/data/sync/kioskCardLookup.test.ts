import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { cardLookupHash } from '@core/cardLookup';
import { startTestHub } from '../../../../main/hub/sync/syncTestClient';
import type { RunningHub } from '../../../../main/hub/hubService';
import type { DataContext } from '../dataContext';
import { findMemberByCardToken } from '../memberCardRepo';
import { addMember } from '../memberRepo';
import { openTestContext } from '../testContext';
import { readCardKey } from './cardKey';
import { createPairingCode } from './hubDevices';
import { pairThisMachine } from './pairing';
import { SyncClient } from './syncClient';
import { testSyncServices } from './testSyncServices';
import { eventually, memberProfile } from '../testSupport';

/** A kiosk (Dexie on fake-indexeddb) finds member cards by their keyed hashes, synced from a real hub. */

let hub: RunningHub;
let stopHub: () => Promise<void>;
const clients: SyncClient[] = [];
const contexts: DataContext[] = [];
const services = testSyncServices();

beforeEach(async () => {
  vi.stubGlobal('WebSocket', NodeWebSocket);
  ({ hub, stop: stopHub } = await startTestHub());
});
afterEach(async () => {
  services.stopAll();
  for (const client of clients.splice(0)) client.stop();
  for (const context of contexts.splice(0)) context.db.close();
  await stopHub();
  vi.unstubAllGlobals();
});

describe('card lookups on a paired kiosk', () => {
  it('hash the scanned token with the hub key from welcome; the stored hash itself opens nothing', async () => {
    const host = await openTestContext({ deviceId: crypto.randomUUID() });
    contexts.push(host);
    const hostSync = services.of(host);
    await pairThisMachine(hostSync, { hubUrl: hub.url, code: hub.firstHostCode!.code, deviceName: 'Host desk' });
    const { code } = await createPairingCode(hostSync, 'kiosk');
    const kiosk = await openTestContext({ deviceId: crypto.randomUUID() });
    contexts.push(kiosk);
    const paired = await fetch(`${hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code, name: 'Reception', deviceId: kiosk.deviceId }) });
    const { token } = (await paired.json()) as { token: string };
    const client = new SyncClient({ context: kiosk, settings: { hubUrl: hub.url, token, role: 'kiosk', deviceName: 'Reception', pairedAt: new Date().toISOString() }, onStatus: () => undefined });
    clients.push(client);
    client.start();

    const member = await addMember(host, memberProfile('Søren Østergaard', { email: 'private@example.org' }));
    const realToken = member.cardToken;
    if (!realToken) throw new Error('a new member gets a card');
    const stored = await eventually(() => kiosk.db.members.get(member.id), (row) => row !== undefined);
    const key = await readCardKey(kiosk);
    if (!key) throw new Error('the kiosk keeps the card key from welcome');

    expect(stored?.cardToken).toBe(await cardLookupHash(key, realToken));
    expect(stored?.email).toBeUndefined();
    expect((await findMemberByCardToken(kiosk, realToken))?.id).toBe(member.id);
    // A card printed with the hash copied from the kiosk's storage is looked up as hash(hash): nobody.
    expect(await findMemberByCardToken(kiosk, stored?.cardToken ?? '')).toBeNull();
    // The host desk holds the real token, has no key and looks it up as it is.
    expect(await readCardKey(host)).toBeNull();
    expect((await findMemberByCardToken(host, realToken))?.id).toBe(member.id);
  });
});
