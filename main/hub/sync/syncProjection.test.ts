import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cardLookupHash } from '@core/cardLookup';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import type { SyncedRow } from '@core/sync/merge';
import type { HubMessage } from '@core/sync/messages';
import type { RunningHub } from '../hubService';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';

/**
 * What the real hub sends each role over real sockets (core/sync/roleProjection.ts): pull pages
 * and push answers alike, with rows withdrawn when they leave a role's view.
 */

const consented = { public: true, consentedAt: '2026-01-01T00:00:00.000Z' };
const PRIVATE = { email: 'birgitte@frolund.example', phone: '+45 30 11 22 33', company: 'Frølund Regnskab ApS' };
const CARD_TOKEN = 'Secret_card_token_0123456789';
const PIN_VERIFIER = 'Q'.repeat(43);

let hub: RunningHub;
let stop: () => Promise<void>;
let host: { deviceId: string; token: string };
let hostSync: SyncConnection;
let mutation = 0;
const open: SyncConnection[] = [];

function stamp(deviceId: string): string {
  return formatHlc({ wallMs: Date.now(), counter: ++mutation, node: hlcNodeFromDeviceId(deviceId) });
}

function change(deviceId: string, table: string, recordId: string, fields: Record<string, unknown>) {
  const hlc = stamp(deviceId);
  return { mutation, change: { table, recordId, fields, hlc, deviceId } };
}

async function pushAs(connection: SyncConnection, deviceId: string, table: string, recordId: string, fields: Record<string, unknown>, number?: number) {
  const entry = change(deviceId, table, recordId, fields);
  connection.send({ type: 'push', mutations: [{ ...entry, mutation: number ?? entry.mutation }] });
  const [result] = (await connection.next('pushResult')).results;
  if (!result) throw new Error('no push result');
  return result;
}

const memberFields = (extra: Record<string, unknown> = {}) => ({
  name: 'Birgitte Frølund', photo: null, bio: '', skills: [], offers: [], needs: [], languages: [], plan: 'flex', memberSince: '2024-01-01',
  active: true, consent: {}, cardToken: CARD_TOKEN, pinHash: PIN_VERIFIER, ...PRIVATE, ...extra,
});

async function connect(role: 'kiosk' | 'wall' | 'room', roomId: string | null = null): Promise<{ sync: SyncConnection; deviceId: string; welcome: Extract<HubMessage, { type: 'welcome' }> }> {
  const device = await pair(hub, await pairingCode(hub, host.token, role, roomId), `${role} machine`);
  const sync = await SyncConnection.open(hub, device.token);
  open.push(sync);
  sync.send({ type: 'hello', protocol: 1, lastSeq: 0 });
  return { sync, deviceId: device.deviceId, welcome: await sync.next('welcome') };
}

async function pullAll(sync: SyncConnection, sinceSeq = 0): Promise<{ seq: number; table: string; row: SyncedRow }[]> {
  sync.send({ type: 'pull', sinceSeq, limit: 5000 });
  return (await sync.next('changes')).records;
}

function expectNoPrivateValue(value: unknown, label: string): void {
  const text = JSON.stringify(value);
  for (const secret of [...Object.values(PRIVATE), CARD_TOKEN, PIN_VERIFIER]) expect(text, `${label} must not carry ${secret}`).not.toContain(secret);
}

beforeEach(async () => {
  ({ hub, stop } = await startTestHub());
  if (!hub.firstHostCode) throw new Error('a new hub must offer a first host code');
  host = await pair(hub, hub.firstHostCode.code, 'Host desk');
  hostSync = await SyncConnection.greeted(hub, host.token);
  open.push(hostSync);
  expect(await pushAs(hostSync, host.deviceId, 'members', 'member-1', memberFields())).toMatchObject({ status: 'applied' });
});
afterEach(async () => {
  for (const connection of open.splice(0)) connection.close();
  await stop();
});

describe('what the hub sends each role', () => {
  it('answers a wall display that pushes an empty change to a member without her e-mail, phone, card token or PIN verifier, and a room display without her at all', async () => {
    for (const role of ['wall', 'room'] as const) {
      const { sync, deviceId } = await connect(role, role === 'room' ? 'room-1' : null);
      const refused = await pushAs(sync, deviceId, 'members', 'member-1', {}, 1);
      // The door shows no members: it learns of her only as a bare tombstone.
      const shown = role === 'wall' ? { id: 'member-1', name: 'Birgitte Frølund', email: '', phone: '', company: '' } : { id: 'member-1', deleted: true };
      expect(refused).toMatchObject({ status: 'refused', row: shown });
      if (role === 'room') expect(refused.row).not.toHaveProperty('name');
      expectNoPrivateValue(refused, `${role}'s refusal`);
      // The retry of the same number is a duplicate, answered with the same projection.
      const duplicate = await pushAs(sync, deviceId, 'members', 'member-1', {}, 1);
      expect(duplicate).toMatchObject({ status: 'duplicate', row: { id: 'member-1' } });
      expectNoPrivateValue(duplicate, `${role}'s duplicate`);
      const pulled = await pullAll(sync);
      expect(pulled.map((record) => record.row.name)).toEqual(role === 'wall' ? ['Birgitte Frølund'] : [undefined]);
      expectNoPrivateValue(pulled, `${role}'s pull`);
    }
  });

  it('gives the kiosk the card key and hashes instead of card tokens, with the PIN verifier it checks offline', async () => {
    const { sync, deviceId, welcome } = await connect('kiosk');
    if (!welcome.cardKey) throw new Error('a kiosk must get the card key');
    const [record] = await pullAll(sync);
    expect(record?.row).toMatchObject({ cardToken: await cardLookupHash(welcome.cardKey, CARD_TOKEN), pinHash: PIN_VERIFIER });
    const answer = await pushAs(sync, deviceId, 'members', 'member-1', {}, 1);
    for (const row of [record?.row, answer.row]) {
      const text = JSON.stringify(row);
      for (const secret of [...Object.values(PRIVATE), CARD_TOKEN]) expect(text).not.toContain(secret);
    }
    // Only kiosks hold the key; the host desk gets the real token.
    for (const role of ['wall', 'room'] as const) expect((await connect(role, role === 'room' ? 'room-1' : null)).welcome).not.toHaveProperty('cardKey');
    const hostRecords = await pullAll(hostSync);
    expect(hostRecords[0]?.row).toMatchObject({ cardToken: CARD_TOKEN, email: PRIVATE.email });
  });

  it('withdraws a check-in from the wall with a new seq when consent is withdrawn, and everything of a deactivated member from the kiosk', async () => {
    await pushAs(hostSync, host.deviceId, 'members', 'member-1', { consent: { presence: consented } });
    const kiosk = await connect('kiosk');
    const wall = await connect('wall');
    const checkIn = { memberId: 'member-1', kind: 'in', at: new Date().toISOString(), method: 'name', bookingId: null };
    expect(await pushAs(kiosk.sync, kiosk.deviceId, 'checkIns', 'check-in-1', checkIn)).toMatchObject({ status: 'applied' });

    const first = await pullAll(wall.sync);
    const shown = first.find((record) => record.table === 'checkIns');
    expect(shown?.row).toEqual({ id: 'check-in-1', memberId: 'member-1', kind: 'in', at: checkIn.at, hlc: expect.any(Object) as unknown, deviceId: kiosk.deviceId, deleted: false });
    const checkpoint = first.at(-1)?.seq ?? 0;

    await pushAs(hostSync, host.deviceId, 'members', 'member-1', { consent: {} });
    const after = await pullAll(wall.sync, checkpoint);
    const withdrawn = after.find((record) => record.table === 'checkIns');
    expect(withdrawn?.seq).toBeGreaterThan(shown?.seq ?? Infinity);
    expect(withdrawn?.row).toEqual({ id: 'check-in-1', hlc: { '*': expect.any(String) as unknown }, deviceId: kiosk.deviceId, deleted: true });

    // The kiosk still sees it (it counts everyone who is in), until the member is deactivated.
    const kioskFirst = await pullAll(kiosk.sync);
    expect(kioskFirst.find((record) => record.table === 'checkIns')?.row.deleted).toBe(false);
    await pushAs(hostSync, host.deviceId, 'members', 'member-1', { active: false });
    const kioskAfter = await pullAll(kiosk.sync, kioskFirst.at(-1)?.seq ?? 0);
    expect(kioskAfter.map((record) => [record.table, record.row.deleted])).toEqual([['members', true], ['checkIns', true]]);
    expect(kioskAfter.every((record) => Object.keys(record.row).sort().join() === 'deleted,deviceId,hlc,id')).toBe(true);
    // The host desk sees the member and the check-in as they are.
    const hostView = await pullAll(hostSync);
    expect(hostView.find((record) => record.table === 'checkIns')?.row).toMatchObject({ ...checkIn, deleted: false });
  });

  it('sends no guest and no hub PIN verifier to a public machine', async () => {
    await pushAs(hostSync, host.deviceId, 'guests', 'guest-1', { name: 'Anna Gast', company: 'Gast GmbH', purpose: 'Visit', visitingMemberId: 'member-1', arrivedAt: new Date().toISOString(), leftAt: null });
    const { sync } = await connect('wall');
    const records = await pullAll(sync);
    expect(records.find((record) => record.table === 'guests')?.row).toEqual({ id: 'guest-1', hlc: { '*': expect.any(String) as unknown }, deviceId: host.deviceId, deleted: true });
    expect(JSON.stringify(records)).not.toMatch(/Anna Gast|Gast GmbH/);
  });
});
