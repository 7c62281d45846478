import { describe, expect, it } from 'vitest';
import { cardLookupHash } from '@core/cardLookup';
import { findMemberByCardToken } from '../memberCardRepo';
import { addMember } from '../memberRepo';
import { readCardKey } from './cardKey';
import { createPairingCode } from './hubDevices';
import { pairThisMachine } from './pairing';
import { SyncClient } from './syncClient';
import { realHubFixture } from './realHubFixture';
import { eventually, memberProfile } from '../testSupport';

/** A kiosk (Dexie on fake-indexeddb) finds member cards by their keyed hashes, synced from a real hub. */

const site = realHubFixture();

describe('card lookups on a paired kiosk', () => {
  it('hash the scanned token with the hub key from welcome; the stored hash itself opens nothing', async () => {
    const host = await site.machine();
    const hostSync = site.sync(host);
    await pairThisMachine(hostSync, { hubUrl: site.hub.url, code: site.hub.firstHostCode!.code, deviceName: 'Host desk' });
    const { code } = await createPairingCode(hostSync, 'kiosk');
    const kiosk = await site.machine();
    const paired = await fetch(`${site.hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code, name: 'Reception', deviceId: kiosk.deviceId }) });
    const { token } = (await paired.json()) as { token: string };
    const client = new SyncClient({ context: kiosk, settings: { hubUrl: site.hub.url, token, role: 'kiosk', deviceName: 'Reception', pairedAt: new Date().toISOString() }, onStatus: () => undefined });
    site.keep(client);
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
