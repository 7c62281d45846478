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

  it('rewrites rejections stored with an English reason (version 2) as codes, in rows and pending changes', async () => {
    const name = 'upgrade-from-v2';
    const old = new Dexie(name);
    old.version(2).stores({ bookings: 'id, resourceId, memberId, startsAt, [resourceId+startsAt]', outbox: '++seq, [table+recordId]' });
    await old.table('bookings').bulkPut([
      { id: 'b1', status: 'rejected', rejection: { reason: 'This desk or room was already booked for that time.', winnerId: 'b0' } },
      { id: 'b2', status: 'confirmed', rejection: null },
    ]);
    await old.table('outbox').add({ table: 'bookings', recordId: 'b1', fields: { rejection: { reason: 'Old words', winnerId: null } }, hlc: '1764590000000-000000-a', deviceId: 'd1' });
    await old.table('outbox').add({ table: 'members', recordId: 'm1', fields: { name: 'Åse' }, hlc: '1764590000001-000000-a', deviceId: 'd1' });
    old.close();

    const db = new LandhubDatabase(name);
    await db.open();
    expect((await db.bookings.get('b1'))?.rejection).toEqual({ code: 'bookingConflict', params: {}, winnerId: 'b0' });
    expect((await db.bookings.get('b2'))?.rejection).toBeNull();
    const outbox = await db.outbox.toArray();
    expect(outbox.map((entry) => entry.fields)).toEqual([{ rejection: { code: 'bookingConflict', params: {}, winnerId: null } }, { name: 'Åse' }]);
    db.close();
  });

  it('keeps bookings and series stored by version 4, and finds them by the end and kind indexes of version 5', async () => {
    const name = 'upgrade-from-v4';
    const old = new Dexie(name);
    old.version(4).stores({ bookings: 'id, resourceId, memberId, startsAt, [resourceId+startsAt]', bookingSeries: 'id, resourceId, memberId' });
    await old.table('bookings').put({ id: 'b1', resourceKind: 'desk', startsAt: '2026-12-02T08:00:00.000Z', endsAt: '2026-12-02T11:00:00.000Z', status: 'confirmed', rejection: null });
    await old.table('bookingSeries').bulkPut([{ id: 's1', resourceKind: 'room' }, { id: 's2', resourceKind: 'desk' }]);
    old.close();

    const db = new LandhubDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.bookings.get('b1')).toMatchObject({ resourceKind: 'desk', status: 'confirmed' });
    expect(await db.bookings.where('endsAt').above('2026-12-02T10:00:00.000Z').primaryKeys()).toEqual(['b1']);
    expect(await db.bookingSeries.where('resourceKind').equals('desk').primaryKeys()).toEqual(['s2']);
    db.close();
  });
});
