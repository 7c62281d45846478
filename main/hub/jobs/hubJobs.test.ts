import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import type { PairAnswer } from '@core/sync/hubDevice';
import { startHub, type RunningHub } from '../hubService';
import { makeTempDir, writeFakeRenderer } from '../testSupport';
import { pair, pairingCode, SyncConnection } from '../sync/syncTestClient';

/**
 * The timed jobs on a real hub over loopback WebSockets: the hub's clock (a test clock here)
 * decides, the hub writes, and connected machines pull the result like any other change.
 */

let wall: Date;
let hub: RunningHub;
let stop: () => Promise<void>;
let hostA: PairAnswer;
let hostB: PairAnswer;

const member = {
  name: 'Søren Østergaard', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
};

beforeEach(async () => {
  // The day summer time ends in Copenhagen (the default hub zone): 18:00 there is 17:00 UTC.
  wall = new Date('2026-10-25T09:00:00Z');
  const temp = await makeTempDir('jobs');
  await writeFakeRenderer(`${temp.dir}/renderer`);
  hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, rendererDir: `${temp.dir}/renderer`, now: () => wall, jobEveryMs: 20 });
  stop = async () => { await hub.close(); await temp.remove(); };
  if (!hub.firstHostCode) throw new Error('a new hub offers a first host code');
  hostA = await pair(hub, hub.firstHostCode.code, 'Host desk A');
  hostB = await pair(hub, await pairingCode(hub, hostA.token, 'host'), 'Host desk B');
});
afterEach(async () => { await stop(); });

let mutation = 0;
function push(device: PairAnswer, table: string, recordId: string, fields: Record<string, unknown>) {
  mutation += 1;
  const hlc = formatHlc({ wallMs: wall.getTime(), counter: 0, node: hlcNodeFromDeviceId(device.deviceId) });
  return { type: 'push', mutations: [{ mutation, change: { table, recordId, fields, hlc, deviceId: device.deviceId } }] };
}

async function pullAll(connection: SyncConnection) {
  connection.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
  return (await connection.next('changes')).records;
}

/** Waits until the hub has poked this machine about a change it made itself. */
async function pokedPast(connection: SyncConnection, seq: number): Promise<number> {
  for (;;) {
    const { latestSeq } = await connection.next('poke');
    if (latestSeq > seq) return latestSeq;
  }
}

describe('timed jobs on the hub', () => {
  it('checks out, once, whoever is still in when the hub clock passes closing time, with two host desks connected', async () => {
    const a = await SyncConnection.greeted(hub, hostA.token);
    const b = await SyncConnection.greeted(hub, hostB.token);
    const memberId = newId();
    a.send(push(hostA, 'members', memberId, { ...member, deleted: false }));
    await a.next('pushResult');
    wall = new Date('2026-10-25T16:30:00Z');
    a.send(push(hostA, 'checkIns', newId(), { memberId, kind: 'in', at: wall.toISOString(), method: 'name', bookingId: null, deleted: false }));
    const [checkedIn] = (await a.next('pushResult')).results;
    expect(checkedIn).toMatchObject({ status: 'applied' });
    const before = checkedIn?.seq ?? 0;
    // 17:30 in Copenhagen: before closing, although past 18:00 in summer time.
    expect((await pullAll(b)).filter((record) => record.table === 'checkIns').map((record) => record.row.kind)).toEqual(['in']);

    wall = new Date('2026-10-25T17:00:30Z');
    const after = await pokedPast(b, before);
    await pokedPast(a, before);
    for (const connection of [a, b]) {
      const outs = (await pullAll(connection)).filter((record) => record.table === 'checkIns' && record.row.kind === 'out');
      expect(outs.map((record) => [record.row.memberId, record.row.method, record.row.at, record.row.deviceId])).toEqual([[memberId, 'automatic', wall.toISOString(), 'hub']]);
      expect(outs[0]?.seq).toBe(after);
    }
    // Many more runs of the job later, still exactly one check-out.
    wall = new Date('2026-10-25T17:05:00Z');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const health = (await (await fetch(`${hub.url}/healthz`)).json()) as { latestSeq: number };
    expect(health.latestSeq).toBe(after);
    a.close();
    b.close();
  });

  it('erases an expired guest as a tombstone with blanked fields that reaches the host desk, and never sends guests to a kiosk', async () => {
    const kiosk = await pair(hub, await pairingCode(hub, hostA.token, 'kiosk'), 'Reception');
    const host = await SyncConnection.greeted(hub, hostA.token);
    const guestId = newId();
    host.send(push(hostA, 'guests', guestId, { name: 'Anna Berg', company: 'Guldborgsund Kommune', purpose: 'Meeting', visitingMemberId: null, arrivedAt: wall.toISOString(), leftAt: null, deleted: false }));
    const seq = (await host.next('pushResult')).results[0]?.seq ?? 0;
    expect(seq).toBeGreaterThan(0);

    wall = new Date('2026-11-30T09:00:00Z');
    await pokedPast(host, seq);
    const [guest] = (await pullAll(host)).filter((record) => record.table === 'guests');
    expect(guest?.row).toMatchObject({ id: guestId, deleted: true, name: '', company: '', purpose: '', visitingMemberId: null, deviceId: 'hub' });

    const reception = await SyncConnection.greeted(hub, kiosk.token);
    const kioskGuests = (await pullAll(reception)).filter((record) => record.table === 'guests');
    expect(kioskGuests.map((record) => Object.keys(record.row).sort())).toEqual([['deleted', 'deviceId', 'hlc', 'id']]);
    host.close();
    reception.close();
  });

  it('releases, once and with no screen open, a booking nobody checked into once the host turned the release on', async () => {
    const host = await SyncConnection.greeted(hub, hostA.token);
    const booking = (resourceId: string, confirmedAt: string | null) => ({
      resourceKind: 'desk', resourceId, memberId: null, title: '', status: 'confirmed', rejection: null, confirmedAt,
      startsAt: '2026-10-25T09:00:00.000Z', endsAt: '2026-10-25T16:00:00.000Z', deleted: false,
    });
    const settings = { name: 'Landhub Tønder', town: 'Tønder', defaultLanguage: 'da', timeZone: 'Europe/Copenhagen', kioskIdleSeconds: 30, checkInPinRequired: false, guestRetentionDays: 30, closingTime: '18:00', hostPinHash: null, pinSalt: null, deleted: false };
    const noShow = newId();
    const came = newId();
    host.send(push(hostA, 'bookings', noShow, booking('desk-7', null)));
    host.send(push(hostA, 'bookings', came, booking('desk-8', '2026-10-25T09:05:00.000Z')));
    await host.next('pushResult');
    await host.next('pushResult');
    wall = new Date('2026-10-25T09:40:00Z');
    // Off by default: half an hour late, both bookings still stand after many runs.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const statuses = async () => new Map((await pullAll(host)).filter((record) => record.table === 'bookings').map((record) => [record.row.id, record.row.status]));
    expect(await statuses()).toEqual(new Map([[noShow, 'confirmed'], [came, 'confirmed']]));

    host.send(push(hostA, 'hubSettings', 'hub', { ...settings, noShowReleaseMinutes: 15 }));
    const seq = (await host.next('pushResult')).results[0]?.seq ?? 0;
    const released = await pokedPast(host, seq);
    expect(await statuses()).toEqual(new Map([[noShow, 'released'], [came, 'confirmed']]));
    await new Promise((resolve) => setTimeout(resolve, 150));
    const health = (await (await fetch(`${hub.url}/healthz`)).json()) as { latestSeq: number };
    expect(health.latestSeq).toBe(released);
    host.close();
  });
});
