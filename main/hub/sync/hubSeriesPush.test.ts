import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesExceptionId } from '@core/bookings/bookingSeries';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import type { HubMessage } from '@core/sync/messages';
import { zonedInstant } from '@core/time/zonedTime';
import type { RunningHub } from '../hubService';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';
import { seriesFields, timeZone } from './testSeries';

/**
 * Series through the real push path: a hub on loopback, real sockets, the hub's clock fixed to
 * Tuesday 1 December 2026, 17:30 in its zone. The kiosk's walk-in and the door's book-now lose to
 * a series' occurrence; a series pushed after the door's booking loses that date, and the door
 * sees why; a kiosk or a door that writes series is refused.
 */

type Result = Extract<HubMessage, { type: 'pushResult' }>['results'][number];
interface Machine { deviceId: string; connection: SyncConnection; mutation: number }

const HUB_START_MS = zonedInstant('2026-12-01', '17:30', timeZone).getTime();
let startedMs = 0;
const hubNow = () => new Date(HUB_START_MS + Date.now() - startedMs);
const inMinutes = (minutes: number) => new Date(hubNow().getTime() + minutes * 60_000).toISOString();

let hub: RunningHub;
let stop: () => Promise<void>;
let hostToken: string;
let host: Machine;
const machines: Machine[] = [];

async function connect(deviceId: string, token: string): Promise<Machine> {
  const machine = { deviceId, connection: await SyncConnection.greeted(hub, token), mutation: 0 };
  machines.push(machine);
  return machine;
}

async function machine(role: 'kiosk' | 'room', roomId: string | null = null): Promise<Machine> {
  const paired = await pair(hub, await pairingCode(hub, hostToken, role, roomId), `A ${role}`);
  return connect(paired.deviceId, paired.token);
}

async function push(from: Machine, table: string, recordId: string, fields: Record<string, unknown>): Promise<Result | undefined> {
  from.mutation += 1;
  const hlc = formatHlc({ wallMs: hubNow().getTime(), counter: from.mutation, node: hlcNodeFromDeviceId(from.deviceId) });
  from.connection.send({ type: 'push', mutations: [{ mutation: from.mutation, change: { table, recordId, fields, hlc, deviceId: from.deviceId } }] });
  return (await from.connection.next('pushResult')).results[0];
}

async function pulled(from: Machine, id: string) {
  from.connection.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
  return (await from.connection.next('changes')).records.find((record) => record.row.id === id)?.row;
}

async function create(from: Machine, table: string, fields: Record<string, unknown>) {
  const id = newId();
  expect(await push(from, table, id, fields)).toMatchObject({ status: 'applied' });
  return id;
}

const bookNow = (roomId: string, minutes: number) => ({
  resourceKind: 'room', resourceId: roomId, memberId: null, title: '', startsAt: hubNow().toISOString(), endsAt: inMinutes(minutes),
  status: 'confirmed', rejection: null, confirmedAt: hubNow().toISOString(),
});
const walkIn = (deskId: string) => ({ ...bookNow(deskId, 30), resourceKind: 'desk', memberId: 'member-1' });
/** This evening, 17:00 to 19:00: a host's series may run past the member hours. */
const tonight = (resourceKind: 'room' | 'desk', resourceId: string) => seriesFields(resourceId, { resourceKind, weekdays: [2], startDate: '2026-12-01', until: '2026-12-29', startTime: '17:00', endTime: '19:00' });
const lostTo = (winnerId: string) => ({ status: 'rejected', rejection: { code: 'bookingConflict', params: {}, winnerId } });

beforeEach(async () => {
  startedMs = Date.now();
  ({ hub, stop } = await startTestHub({ now: hubNow }));
  if (!hub.firstHostCode) throw new Error('a new hub must offer a first host code');
  const paired = await pair(hub, hub.firstHostCode.code, 'Host desk');
  hostToken = paired.token;
  host = await connect(paired.deviceId, paired.token);
});
afterEach(async () => {
  for (const open of machines.splice(0)) open.connection.close();
  await stop();
});

describe('public machines book against series', () => {
  it('rejects the door\'s book-now during an occurrence, naming the series', async () => {
    const roomId = await create(host, 'rooms', { name: 'Fjorden', zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy: 'members' });
    const door = await machine('room', roomId);
    const seriesId = await create(host, 'bookingSeries', tonight('room', roomId));
    const booking = await create(door, 'bookings', bookNow(roomId, 15));
    expect(await pulled(host, booking)).toMatchObject(lostTo(seriesId));
    expect(await pulled(door, booking)).toMatchObject(lostTo(seriesId));
  });

  it('rejects the kiosk\'s walk-in on a desk a series holds this evening', async () => {
    const deskId = await create(host, 'desks', { code: 'D1', zoneId: null, features: [], active: true, fixedMemberId: null, outOfService: null });
    const kiosk = await machine('kiosk');
    const seriesId = await create(host, 'bookingSeries', tonight('desk', deskId));
    expect(await pulled(host, await create(kiosk, 'bookings', walkIn(deskId)))).toMatchObject(lostTo(seriesId));
  });

  it('takes tonight out of a series pushed after the door\'s booking, and the door pulls why', async () => {
    const roomId = await create(host, 'rooms', { name: 'Fjorden', zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy: 'members' });
    const door = await machine('room', roomId);
    const booking = await create(door, 'bookings', bookNow(roomId, 15));
    const seriesId = await create(host, 'bookingSeries', tonight('room', roomId));
    const exceptionId = seriesExceptionId(seriesId, '2026-12-01');
    expect(await pulled(door, exceptionId)).toMatchObject({ seriesId, date: '2026-12-01', kind: 'conflict', winnerId: booking, deviceId: 'hub' });
    expect(await pulled(host, booking)).toMatchObject({ status: 'confirmed' });
    expect(await pulled(host, seriesExceptionId(seriesId, '2026-12-08'))).toBeUndefined();
  });
});

describe('a hostile public machine', () => {
  it('cannot write series or their exceptions', async () => {
    const roomId = newId();
    const kiosk = await machine('kiosk');
    const door = await machine('room', roomId);
    const seriesId = await create(host, 'bookingSeries', tonight('room', roomId));
    const skip = { seriesId, date: '2026-12-08', kind: 'skipped', winnerId: null };
    for (const [from, refusal] of [[kiosk, { code: 'roleCannotWrite', params: { role: 'kiosk' } }], [door, { code: 'roomDisplayOwnRoom', params: {} }]] as const) {
      expect(await push(from, 'bookingSeries', newId(), tonight('room', roomId))).toMatchObject({ status: 'refused', refusal });
      expect(await push(from, 'bookingSeries', seriesId, { status: 'cancelled' })).toMatchObject({ status: 'refused', refusal });
      expect(await push(from, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-08'), skip)).toMatchObject({ status: 'refused', refusal });
    }
    expect(await pulled(host, seriesId)).toMatchObject({ status: 'active' });
    expect(await pulled(host, seriesExceptionId(seriesId, '2026-12-08'))).toBeUndefined();
  });
});
