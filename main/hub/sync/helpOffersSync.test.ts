import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, hlcNodeFromDeviceId } from '@core/hlc';
import type { DeviceRole } from '@core/deviceRole';
import { storeHelpOffer } from '../publicProjects/helpOfferWrite';
import { migrate } from './migrations';
import { createSqliteHubStore } from './sqliteHubStore';
import { applyPush, HUB_NODE, pullChanges, type Mutation } from './syncEngine';

/**
 * Help offers on the hub's store: the hub writes them, host desks alone receive them, and no
 * machine (a hostile kiosk, wall or door, nor a host desk) creates one or changes what the person
 * wrote; a host marks one handled or deletes it with the words erased.
 */
describe('help offers on the hub', () => {
  const setUp = () => {
    const db = new Database(':memory:');
    migrate(db);
    const store = createSqliteHubStore(db);
    const now = new Date();
    const clock = new HybridClock(HUB_NODE, () => now.getTime());
    let mutation = 0;
    const push = (role: DeviceRole, recordId: string, fields: Record<string, unknown>, table = 'helpOffers') => {
      mutation += 1;
      // A millisecond later each: a machine that pulled the hub's offer stamps its change after it.
      const device = { id: `${role}A`, role, roomId: role === 'room' ? 'room-1' : null };
      const entry = { mutation, change: { table, recordId, fields, hlc: formatHlc({ wallMs: now.getTime() + mutation, counter: 0, node: hlcNodeFromDeviceId(device.id) }), deviceId: device.id } } as Mutation;
      return applyPush(store, device, [entry], clock, now)[0];
    };
    expect(push('host', 'p1', {
      title: 'Strandrensning', summary: '', status: 'gathering', ownerMemberId: null, wantedSkills: [], public: true, startsOn: null, createdAt: now.toISOString(),
    }, 'projects')).toMatchObject({ status: 'applied' });
    const offer = storeHelpOffer(store, clock, now, { projectId: 'p1', name: 'Birthe fra Bandholm', contact: '+45 21 43 65 87', message: 'Jeg har en trailer', language: 'da' });
    if (offer.kind !== 'stored') throw new Error('the offer was not stored');
    return { db, store, now, push, offerId: offer.offerId };
  };
  const offerFields = (now: Date) => ({
    projectId: 'p1', name: 'Mallory', contact: 'x', message: '', language: 'en', consent: { at: now.toISOString(), textVersion: 1 }, createdAt: now.toISOString(), status: 'pending', handledAt: null,
  });

  it('reaches host desks only: kiosk, wall and room display get at most a bare tombstone', () => {
    const { db, store, offerId } = setUp();
    const host = pullChanges(store, 0, 100, { role: 'host', roomId: null }).records.find((record) => record.row.id === offerId);
    expect(host?.row).toMatchObject({ projectId: 'p1', name: 'Birthe fra Bandholm', status: 'pending', deviceId: HUB_NODE });
    for (const role of ['kiosk', 'wall', 'room'] as const) {
      const records = pullChanges(store, 0, 100, { role, roomId: role === 'room' ? 'room-1' : null }).records.filter((record) => record.table === 'helpOffers');
      expect(records.map((record) => Object.keys(record.row).sort())).toEqual([['deleted', 'deviceId', 'hlc', 'id']]);
      expect(JSON.stringify(records)).not.toMatch(/Birthe|21 43|trailer/);
    }
    expect(store.pendingHelpOffers('p1')).toBe(1);
    db.close();
  });

  it('counts a project’s pending offers through the index (the form asks at every offer)', () => {
    const { db, store } = setUp();
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT count(*) AS count FROM records WHERE table_name = 'helpOffers' AND json_extract(row_json, '$.projectId') = ? AND deleted = 0 AND json_extract(row_json, '$.status') = 'pending'").all('p1');
    expect(JSON.stringify(plan)).toContain('help_offers_by_project');
    expect([store.pendingHelpOffers('p1'), store.pendingHelpOffers('p2')]).toEqual([1, 0]);
    db.close();
  });

  it('refuses a hostile kiosk, wall or door that creates, changes or deletes an offer, and a host desk that creates one or rewrites it', () => {
    const { db, store, now, push, offerId } = setUp();
    for (const role of ['kiosk', 'wall', 'room'] as const) {
      expect(push(role, `forged-${role}`, offerFields(now)), role).toMatchObject({ status: 'refused' });
      expect(push(role, offerId, { status: 'handled', handledAt: now.toISOString() }), role).toMatchObject({ status: 'refused' });
      expect(push(role, offerId, { deleted: true }), role).toMatchObject({ status: 'refused' });
    }
    expect(push('host', 'forged-host', offerFields(now))).toMatchObject({ status: 'refused', refusal: { code: 'roleCannotWrite', params: { role: 'host' } } });
    expect(push('host', offerId, { name: 'Someone else' })).toMatchObject({ status: 'refused' });
    expect(push('host', offerId, { projectId: 'p2' })).toMatchObject({ status: 'refused' });
    expect(push('host', offerId, { deleted: true, message: 'kept' })).toMatchObject({ status: 'refused' });
    expect(store.getRecord('helpOffers', 'forged-kiosk')).toBeUndefined();
    expect(store.getRecord('helpOffers', 'forged-host')).toBeUndefined();
    expect(store.getRecord('helpOffers', offerId)).toMatchObject({ name: 'Birthe fra Bandholm', status: 'pending', deleted: false });
    db.close();
  });

  it('lets a host desk mark an offer handled, and delete it with the person’s words erased, never bring it back', () => {
    const { db, store, now, push, offerId } = setUp();
    expect(push('host', offerId, { status: 'handled', handledAt: now.toISOString() })).toMatchObject({ status: 'applied' });
    expect(store.pendingHelpOffers('p1')).toBe(0);
    expect(push('host', offerId, { deleted: true, name: '', contact: '', message: '' })).toMatchObject({ status: 'applied' });
    expect(store.getRecord('helpOffers', offerId)).toMatchObject({ deleted: true, name: '', contact: '', message: '' });
    expect(push('host', offerId, { deleted: false })).toMatchObject({ status: 'refused' });
    db.close();
  });
});
