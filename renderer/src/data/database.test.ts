import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { LandhubDatabase } from './database';

describe('LandhubDatabase upgrades', () => {
  it('gives members stored by version 1 the card and PIN fields, and indexes card tokens', async () => {
    const name = 'upgrade-from-v1';
    const old = new Dexie(name);
    old.version(1).stores({ members: 'id, name, active', hubSettings: 'id' });
    await old.table('members').put({ id: 'm1', name: 'Åse Bækgaard', active: true });
    await old.table('hubSettings').put({ id: 'hub', name: 'Landhub' });
    old.close();

    const db = new LandhubDatabase(name);
    await db.open();
    expect(await db.members.get('m1')).toMatchObject({ cardToken: null, pinHash: null, name: 'Åse Bækgaard' });
    expect(await db.hubSettings.get('hub')).toMatchObject({ hostPinHash: null });
    await db.members.update('m1', { cardToken: 'token-abcdefghijklmnop' });
    expect((await db.members.where('cardToken').equals('token-abcdefghijklmnop').first())?.id).toBe('m1');
    db.close();
  });
});
