import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc } from '@core/hlc';
import { SYNC_PROTOCOL_VERSION } from '@core/sync/protocol';
import type { RunningHub } from '../hubService';
import { LATEST_SCHEMA_VERSION } from './migrations';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';

const memberFields = (name: string) => ({
  name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '',
  plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
});

function memberPush(deviceId: string, mutation: number, recordId: string, name: string) {
  return {
    type: 'push',
    mutations: [{ mutation, change: { table: 'members', recordId, fields: memberFields(name), hlc: formatHlc({ wallMs: Date.now(), counter: mutation, node: deviceId.replace(/-/g, '') }), deviceId } }],
  };
}

let hub: RunningHub;
let stop: () => Promise<void>;
let host: { deviceId: string; token: string };

beforeEach(async () => {
  ({ hub, stop } = await startTestHub());
  if (!hub.firstHostCode) throw new Error('a new hub must offer a first host code');
  host = await pair(hub, hub.firstHostCode.code, 'Host desk');
});
afterEach(async () => { await stop(); });

describe('the sync endpoint', () => {
  it('pairs the first host with the printed code, once, and syncs a change to another machine', async () => {
    await expect(pair(hub, hub.firstHostCode!.code, 'Second try')).rejects.toThrow(/already been used/);
    const kiosk = await pair(hub, await pairingCode(hub, host.token, 'kiosk'), 'Reception');
    expect(kiosk.role).toBe('kiosk');

    const hostSync = await SyncConnection.open(hub, host.token);
    const kioskSync = await SyncConnection.greeted(hub, kiosk.token);
    hostSync.send({ type: 'hello', protocol: 1, lastSeq: 0 });
    expect(await hostSync.next('welcome')).toMatchObject({ role: 'host', latestSeq: 0 });

    hostSync.send(memberPush(host.deviceId, 1, 'member-1', 'Åse Bækgaard'));
    expect((await hostSync.next('pushResult')).results).toEqual([{ mutation: 1, status: 'applied', seq: 1 }]);
    expect(await kioskSync.next('poke')).toEqual({ type: 'poke', latestSeq: 1 });

    kioskSync.send({ type: 'pull', sinceSeq: 0, limit: 100 });
    const changes = await kioskSync.next('changes');
    expect(changes.records.map((record) => record.row.name)).toEqual(['Åse Bækgaard']);
    expect(changes.more).toBe(false);

    hostSync.send(memberPush(host.deviceId, 1, 'member-1', 'Retry'));
    expect((await hostSync.next('pushResult')).results[0]).toMatchObject({ mutation: 1, status: 'duplicate', row: { name: 'Åse Bækgaard' } });
    const health = (await (await fetch(`${hub.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ deviceCount: 2, latestSeq: 1, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(0);
    hostSync.close();
    kioskSync.close();
  });

  it('refuses sockets without a token, with an unknown token, and for a revoked machine', async () => {
    await expect(SyncConnection.open(hub, 'a'.repeat(43))).rejects.toThrow(/401/);
    const wall = await pair(hub, await pairingCode(hub, host.token, 'wall'), 'Wall');
    const connection = await SyncConnection.open(hub, wall.token);
    const revoke = await fetch(`${hub.url}/api/devices/${wall.deviceId}/revoke`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` } });
    expect(revoke.status).toBe(200);
    expect((await connection.waitClosed()).code).toBe(4001);
    // A revoked token is told it was removed (removedMachine.test.ts), not refused like an unknown one.
    expect((await (await SyncConnection.open(hub, wall.token)).waitClosed()).code).toBe(4001);
    const list = (await (await fetch(`${hub.url}/api/devices`, { headers: { Authorization: `Bearer ${host.token}` } })).json()) as { devices: { name: string; revokedAt: string | null }[] };
    expect(list.devices.find((device) => device.name === 'Wall')?.revokedAt).not.toBeNull();
    expect((await fetch(`${hub.url}/api/devices`, { headers: { Authorization: `Bearer ${wall.token}` } })).status).toBe(401);
  });

  it('lets a kiosk write check-ins but not members, and says why', async () => {
    const kiosk = await pair(hub, await pairingCode(hub, host.token, 'kiosk'), 'Reception');
    const connection = await SyncConnection.greeted(hub, kiosk.token);
    connection.send(memberPush(kiosk.deviceId, 1, 'member-x', 'Mallory'));
    const [result] = (await connection.next('pushResult')).results;
    expect(result).toMatchObject({ status: 'refused', refusal: { code: 'roleCannotWrite', params: { role: 'kiosk' } }, row: null });
    connection.send({ type: 'pull', sinceSeq: 0, limit: 10 });
    expect((await connection.next('changes')).records).toEqual([]);
    connection.close();
  });

  it('closes the connection on an oversized frame', async () => {
    const connection = await SyncConnection.open(hub, host.token);
    connection.send('x'.repeat(1024 * 1024 + 10));
    expect((await connection.waitClosed()).code).toBe(1009);
  });

  it('never crashes or writes on malformed messages', async () => {
    const junk = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constant('{"type":"push","mutations":[{"mutation":1,"change":{"table":"members","recordId":"m1","fields":{"__proto__":{"x":1}},"hlc":"0001700000000-000000-a","deviceId":"d"}}]}'),
      fc.constant('{"type":"pull","sinceSeq":0,"limit":5,"extra":true}'),
      fc.constant('{"type":"hello","protocol":1,"lastSeq":1e400}'),
      fc.record({ type: fc.constantFrom('push', 'pull', 'ack', 'hello'), mutations: fc.anything() }).map((value) => JSON.stringify(value)),
    );
    await fc.assert(
      fc.asyncProperty(junk, async (frame) => {
        const connection = await SyncConnection.open(hub, host.token);
        connection.send(frame);
        const outcome = await Promise.race([connection.waitClosed(800).then(() => 'closed', () => 'silent'), connection.next('welcome', 800).then(() => 'answered', () => 'silent')]);
        expect(['closed', 'answered', 'silent']).toContain(outcome);
        connection.close();
      }),
      { numRuns: 25 },
    );
    const health = (await (await fetch(`${hub.url}/healthz`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ ok: true, latestSeq: 0 });
  });

  it('throttles a machine that floods the hub', async () => {
    const connection = await SyncConnection.greeted(hub, host.token);
    for (let i = 0; i < 400; i++) connection.send({ type: 'ack', seq: 0, pending: 0 });
    expect((await connection.waitClosed()).code).toBe(1008);
  });

  it('lets a room display book its own meeting room and no other', async () => {
    const refusedWithoutRoom = await fetch(`${hub.url}/api/pairing-codes`, { method: 'POST', body: JSON.stringify({ role: 'room' }), headers: { Authorization: `Bearer ${host.token}` } });
    expect(refusedWithoutRoom.status).toBe(400);
    const display = await pair(hub, await pairingCode(hub, host.token, 'room', 'room-fjorden'), 'Fjorden door');
    const connection = await SyncConnection.greeted(hub, display.token);
    const booking = (mutation: number, recordId: string, resourceId: string) => ({
      mutation,
      change: {
        table: 'bookings', recordId, deviceId: display.deviceId,
        hlc: formatHlc({ wallMs: Date.now(), counter: mutation, node: display.deviceId.replace(/-/g, '') }),
        fields: {
          resourceKind: 'room', resourceId, memberId: null, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
          startsAt: new Date(Date.now() + 60_000).toISOString(), endsAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
      },
    });
    connection.send({ type: 'push', mutations: [booking(1, 'booking-own', 'room-fjorden'), booking(2, 'booking-other', 'room-havnen')] });
    const results = (await connection.next('pushResult')).results;
    expect(results.map((result) => result.status)).toEqual(['applied', 'refused']);
    expect(results[1]?.refusal).toEqual({ code: 'roomDisplayOwnRoom', params: {} });
    connection.close();
  });

  it('tells a room display its room, and sends it that room and its bookings, never who booked or why', async () => {
    const display = await pair(hub, await pairingCode(hub, host.token, 'room', 'room-adalen'), 'Adalen door');
    expect(display.roomId).toBe('room-adalen');
    const hostConnection = await SyncConnection.greeted(hub, host.token);
    const stamp = (counter: number) => formatHlc({ wallMs: Date.now(), counter, node: host.deviceId.replace(/-/g, '') });
    const write = (mutation: number, table: string, recordId: string, fields: Record<string, unknown>) => ({ mutation, change: { table, recordId, deviceId: host.deviceId, hlc: stamp(mutation), fields } });
    const roomFields = (name: string) => ({ name, zoneId: null, capacity: 6, equipment: ['screen'], description: '', active: true });
    const bookingFields = (resourceId: string) => ({
      resourceKind: 'room', resourceId, memberId: null, title: 'Lønsamtale med Birgit', status: 'confirmed', rejection: null, confirmedAt: null,
      startsAt: new Date(Date.now() + 3_600_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString(),
    });
    hostConnection.send({ type: 'push', mutations: [
      write(1, 'rooms', 'room-adalen', roomFields('Ådalen')), write(2, 'rooms', 'room-havnen', roomFields('Havnen')),
      write(3, 'bookings', 'b-adalen', bookingFields('room-adalen')), write(4, 'bookings', 'b-havnen', bookingFields('room-havnen')),
    ] });
    expect((await hostConnection.next('pushResult')).results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    hostConnection.close();

    const connection = await SyncConnection.open(hub, display.token);
    connection.send({ type: 'hello', protocol: SYNC_PROTOCOL_VERSION, lastSeq: 0 });
    expect((await connection.next('welcome')).roomId).toBe('room-adalen');
    connection.send({ type: 'pull', sinceSeq: 0, limit: 500 });
    const { records } = await connection.next('changes');
    const shown = (table: string) => records.filter((record) => record.table === table && !record.row.deleted).map((record) => record.row);
    expect(shown('rooms').map((row) => row.name)).toEqual(['Ådalen']);
    expect(shown('bookings').map((row) => row.id)).toEqual(['b-adalen']);
    expect(JSON.stringify(records)).not.toMatch(/Birgit|Havnen/);
    connection.close();
  });
});
