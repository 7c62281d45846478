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
 * sees why; a kiosk or a door that writes series is refused, and may check into a date of today only.
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
    const cases = [
      [kiosk, { code: 'roleCannotWrite', params: { role: 'kiosk' } }, { code: 'kioskOnlyConfirms', params: {} }],
      [door, { code: 'roomDisplayOwnRoom', params: {} }, { code: 'roomDisplayOnlyAtTheDoor', params: {} }],
    ] as const;
    for (const [from, refusal, exceptionRefusal] of cases) {
      expect(await push(from, 'bookingSeries', newId(), tonight('room', roomId))).toMatchObject({ status: 'refused', refusal });
      expect(await push(from, 'bookingSeries', seriesId, { status: 'cancelled' })).toMatchObject({ status: 'refused', refusal });
      // Of exceptions, they write only check-ins (below).
      expect(await push(from, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-08'), skip)).toMatchObject({ status: 'refused', refusal: exceptionRefusal });
    }
    expect(await pulled(host, seriesId)).toMatchObject({ status: 'active' });
    expect(await pulled(host, seriesExceptionId(seriesId, '2026-12-08'))).toBeUndefined();
  });
});

describe('checking into a date of a series from a public machine', () => {
  const checkIn = (seriesId: string, date = '2026-12-01') => ({ seriesId, date, kind: 'checkedIn', winnerId: null });
  const room = () => create(host, 'rooms', { name: 'Fjorden', zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy: 'members' });
  const atTheDoor = { status: 'refused', refusal: { code: 'roomDisplayOnlyAtTheDoor', params: {} } };

  it('takes the door\'s check-in of its room\'s date going on now or starting soon, and nothing later, nothing else', async () => {
    const roomId = await room();
    const door = await machine('room', roomId);
    // One room, so three series that never overlap: on now, starting within the quarter hour, later.
    const now = await create(host, 'bookingSeries', seriesFields(roomId, { weekdays: [2], startTime: '17:00', endTime: '17:40' }));
    const soon = await create(host, 'bookingSeries', seriesFields(roomId, { weekdays: [2], startTime: '17:44', endTime: '17:50' }));
    const later = await create(host, 'bookingSeries', seriesFields(roomId, { weekdays: [2], startTime: '17:50', endTime: '18:30' }));
    for (const seriesId of [now, soon]) {
      expect(await push(door, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-01'), checkIn(seriesId))).toMatchObject({ status: 'applied' });
    }
    expect(await pulled(host, seriesExceptionId(now, '2026-12-01'))).toMatchObject({ kind: 'checkedIn', deleted: false });
    expect(await push(door, 'seriesExceptions', seriesExceptionId(later, '2026-12-01'), checkIn(later))).toMatchObject(atTheDoor);
    // Next week's date, a date checked into already, another kind, or another id for the date: refused.
    expect(await push(door, 'seriesExceptions', seriesExceptionId(now, '2026-12-08'), checkIn(now, '2026-12-08'))).toMatchObject(atTheDoor);
    expect(await push(door, 'seriesExceptions', seriesExceptionId(now, '2026-12-01'), checkIn(now))).toMatchObject(atTheDoor);
    expect(await push(door, 'seriesExceptions', seriesExceptionId(later, '2026-12-01'), { ...checkIn(later), kind: 'skipped' })).toMatchObject(atTheDoor);
    expect(await push(door, 'seriesExceptions', newId(), checkIn(later))).toMatchObject(atTheDoor);
  });

  it('refuses the door a date of another room\'s series, as if it did not exist', async () => {
    const [mine, other] = [await room(), await room()];
    const door = await machine('room', mine);
    const seriesId = await create(host, 'bookingSeries', tonight('room', other));
    const ownRoom = { status: 'refused', refusal: { code: 'roomDisplayOwnRoom', params: {} } };
    expect(await push(door, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-01'), checkIn(seriesId))).toMatchObject(ownRoom);
    expect(await push(door, 'seriesExceptions', seriesExceptionId('no-such-series', '2026-12-01'), checkIn('no-such-series'))).toMatchObject(ownRoom);
  });

  it('takes the kiosk\'s check-in of today\'s date that has not ended, also before its start, and no other day', async () => {
    const kiosk = await machine('kiosk');
    const tonightDesk = await create(host, 'bookingSeries', tonight('desk', 'desk-1'));
    const lateDesk = await create(host, 'bookingSeries', seriesFields('desk-2', { resourceKind: 'desk', weekdays: [2], startTime: '20:00', endTime: '22:00' }));
    const endedDesk = await create(host, 'bookingSeries', seriesFields('desk-3', { resourceKind: 'desk', weekdays: [2], startTime: '08:00', endTime: '12:00' }));
    for (const seriesId of [tonightDesk, lateDesk]) {
      expect(await push(kiosk, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-01'), checkIn(seriesId))).toMatchObject({ status: 'applied' });
    }
    const onlyConfirms = { status: 'refused', refusal: { code: 'kioskOnlyConfirms', params: {} } };
    expect(await push(kiosk, 'seriesExceptions', seriesExceptionId(endedDesk, '2026-12-01'), checkIn(endedDesk))).toMatchObject(onlyConfirms);
    expect(await push(kiosk, 'seriesExceptions', seriesExceptionId(tonightDesk, '2026-12-08'), checkIn(tonightDesk, '2026-12-08'))).toMatchObject(onlyConfirms);
  });

  it('lets nobody but the hub write a release, not even a host, and a host still skips and restores dates', async () => {
    const kiosk = await machine('kiosk');
    const seriesId = await create(host, 'bookingSeries', tonight('desk', 'desk-1'));
    const released = { ...checkIn(seriesId), kind: 'released' };
    const exceptionId = seriesExceptionId(seriesId, '2026-12-01');
    expect(await push(kiosk, 'seriesExceptions', exceptionId, released)).toMatchObject({ status: 'refused', refusal: { code: 'roleCannotWrite', params: { role: 'kiosk' } } });
    expect(await push(host, 'seriesExceptions', exceptionId, released)).toMatchObject({ status: 'refused', refusal: { code: 'roleCannotWrite', params: { role: 'host' } } });
    expect(await push(host, 'seriesExceptions', exceptionId, { ...released, kind: 'skipped' })).toMatchObject({ status: 'applied' });
    expect(await push(host, 'seriesExceptions', exceptionId, { deleted: true })).toMatchObject({ status: 'applied' });
    // Given back, the date can be checked into again.
    expect(await push(kiosk, 'seriesExceptions', exceptionId, { ...checkIn(seriesId), deleted: false })).toMatchObject({ status: 'applied' });
  });
});
