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
    expect(db.verno).toBeGreaterThanOrEqual(5);
    expect(await db.bookings.get('b1')).toMatchObject({ resourceKind: 'desk', status: 'confirmed' });
    expect(await db.bookings.where('endsAt').above('2026-12-02T10:00:00.000Z').primaryKeys()).toEqual(['b1']);
    expect(await db.bookingSeries.where('resourceKind').equals('desk').primaryKeys()).toEqual(['s2']);
    db.close();
  });

  it('keeps projects and their rows stored by version 5 as they were, and adds the pinboard\'s tables and indexes (version 6)', async () => {
    const name = 'upgrade-from-v5';
    const old = new Dexie(name);
    old.version(5).stores({ projects: 'id, status', tasks: 'id, projectId, assigneeMemberId', comments: 'id, projectId, taskId', volunteerHours: 'id, memberId, projectId, on', projectMemberships: 'id, projectId, memberId' });
    await old.table('projects').put({ id: 'p1', title: 'Strandrensning', status: 'running', public: true });
    await old.table('comments').put({ id: 'c1', projectId: 'p1', kind: 'counterProposal', body: 'Kaffe bagefter?' });
    await old.table('volunteerHours').put({ id: 'h1', memberId: 'm1', projectId: 'p1', on: '2026-11-02', hours: 2 });
    old.close();

    const db = new LandhubDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(7);
    expect(await db.projects.get('p1')).toEqual({ id: 'p1', title: 'Strandrensning', status: 'running', public: true });
    expect(await db.comments.get('c1')).toMatchObject({ kind: 'counterProposal' });
    expect(await db.volunteerHours.get('h1')).not.toHaveProperty('approval');
    await db.citizens.put({ id: 'z1', name: 'Birthe fra Bandholm', contact: '', consent: { scopes: ['contact'], at: '2026-12-01T10:00:00.000Z', textVersion: 1 }, createdAt: '2026-12-01T10:00:00.000Z', hlc: { '*': 'x' }, deviceId: 'd1', deleted: false });
    await db.projectMemberships.put({ id: 'pm1', projectId: 'p1', memberId: null, citizenId: 'z1', role: 'follower', joinedAt: '2026-12-01T10:00:00.000Z', hlc: { '*': 'x' }, deviceId: 'd1', deleted: false });
    expect(await db.projectMemberships.where('citizenId').equals('z1').primaryKeys()).toEqual(['pm1']);
    expect(await db.pledges.where('memberId').equals('m1').count()).toBe(0);
    expect(await db.projectEdits.where('projectId').equals('p1').count()).toBe(0);
    await db.comments.put({ ...(await db.comments.get('c1'))!, id: 'c2', parentId: 'c1' });
    expect(await db.comments.where('parentId').equals('c1').primaryKeys()).toEqual(['c2']);
    db.close();
  });

  it('adds the help offers, by project and status, to a database of version 7 and keeps what it held (version 8)', async () => {
    const name = 'upgrade-from-v7';
    const old = new Dexie(name);
    old.version(7).stores({ projects: 'id, status, continuedIn', citizens: 'id, name' });
    await old.table('projects').put({ id: 'p1', title: 'Strandrensning', status: 'running', public: true });
    old.close();

    const db = new LandhubDatabase(name);
    await db.open();
    expect(db.verno).toBe(8);
    expect(await db.projects.get('p1')).toMatchObject({ title: 'Strandrensning' });
    await db.helpOffers.put({
      id: 'o1', projectId: 'p1', name: 'Birthe', contact: '+45 21 43 65 87', message: '', language: 'da', consent: { at: '2026-12-01T10:00:00.000Z', textVersion: 1 },
      createdAt: '2026-12-01T10:00:00.000Z', status: 'pending', handledAt: null, hlc: { '*': 'x' }, deviceId: 'hub', deleted: false,
    });
    expect(await db.helpOffers.where('projectId').equals('p1').primaryKeys()).toEqual(['o1']);
    expect(await db.helpOffers.where('status').equals('pending').primaryKeys()).toEqual(['o1']);
    db.close();
  });
});
