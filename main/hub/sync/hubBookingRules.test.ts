import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultBookingPolicy, type BookingPolicy } from '@core/bookings/bookingPolicy';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import { defaultHubSettings, HUB_SETTINGS_ID } from '@core/schemas';
import type { HubMessage } from '@core/sync/messages';
import { zonedInstant } from '@core/time/zonedTime';
import type { RunningHub } from '../hubService';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';

/**
 * The hub enforces the booking policy by the pushing machine's role: a real hub on loopback,
 * real sockets. The hub's clock is injected and starts on a Tuesday at 17:30 in its zone, so
 * every time below lies in its day and its opening hours (08:00 to 18:00) whenever the test runs.
 */

type Result = Extract<HubMessage, { type: 'pushResult' }>['results'][number];
interface Machine { deviceId: string; connection: SyncConnection; mutation: number }

const { timeZone } = defaultHubSettings;
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
  const connection = await SyncConnection.greeted(hub, token);
  const machine = { deviceId, connection, mutation: 0 };
  machines.push(machine);
  return machine;
}

async function machine(role: 'kiosk' | 'room', roomId: string | null = null): Promise<Machine> {
  const paired = await pair(hub, await pairingCode(hub, hostToken, role, roomId), `A ${role}`);
  return connect(paired.deviceId, paired.token);
}

/** One change, stamped by the machine's clock set to the hub's. */
async function push(from: Machine, table: string, recordId: string, fields: Record<string, unknown>): Promise<Result | undefined> {
  from.mutation += 1;
  const hlc = formatHlc({ wallMs: hubNow().getTime(), counter: from.mutation, node: hlcNodeFromDeviceId(from.deviceId) });
  from.connection.send({ type: 'push', mutations: [{ mutation: from.mutation, change: { table, recordId, fields, hlc, deviceId: from.deviceId } }] });
  return (await from.connection.next('pushResult')).results[0];
}

async function storedBooking(id: string) {
  host.connection.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
  return (await host.connection.next('changes')).records.find((record) => record.row.id === id)?.row;
}

/** Pushes a new booking and answers how the hub stored it. */
async function book(from: Machine, fields: Record<string, unknown>) {
  const id = newId();
  expect(await push(from, 'bookings', id, fields)).toMatchObject({ status: 'applied' });
  return { id, row: await storedBooking(id) };
}

const bookNow = (roomId: string, minutes: number) => ({
  resourceKind: 'room', resourceId: roomId, memberId: null, title: '', startsAt: hubNow().toISOString(), endsAt: inMinutes(minutes),
  status: 'confirmed', rejection: null, confirmedAt: hubNow().toISOString(),
});
const walkIn = (deskId: string) => ({ ...bookNow(deskId, 30), resourceKind: 'desk', memberId: 'member-1' });
const roomFields = (bookableBy: 'members' | 'hosts') => ({ name: `Room ${bookableBy}`, zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy });
const deskFields = (extra: Record<string, unknown>) => ({ code: 'D1', zoneId: null, features: [], active: true, fixedMemberId: null, outOfService: null, ...extra });
const setPolicy = (policy: BookingPolicy) => push(host, 'hubSettings', HUB_SETTINGS_ID, { ...defaultHubSettings, bookingPolicy: policy });
const rejectedFor = (code: string, params: Record<string, unknown> = {}) => ({ status: 'rejected', rejection: { code, params, winnerId: null } });

async function newRoom(bookableBy: 'members' | 'hosts' = 'members') {
  const roomId = newId();
  expect(await push(host, 'rooms', roomId, roomFields(bookableBy))).toMatchObject({ status: 'applied' });
  return roomId;
}

async function newDesk(extra: Record<string, unknown> = {}) {
  const deskId = newId();
  expect(await push(host, 'desks', deskId, deskFields(extra))).toMatchObject({ status: 'applied' });
  return deskId;
}

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

describe('a room display books by the member rules', () => {
  it('is rejected outside opening hours, stamped by the hub; the same booking from a host desk stands', async () => {
    const roomId = await newRoom();
    const door = await machine('room', roomId);
    const late = await book(door, bookNow(roomId, 60));
    expect(late.row).toMatchObject(rejectedFor('outsideOpeningHours', { opens: '08:00', closes: '18:00' }));
    expect(late.row?.hlc.rejection?.endsWith('-hub')).toBe(true);
    expect((await book(host, { ...bookNow(roomId, 60), title: 'Evening talk' })).row).toMatchObject({ status: 'confirmed', rejection: null });
  });

  it('is rejected in a room for hosts only, however well it fits the hours', async () => {
    const roomId = await newRoom('hosts');
    const door = await machine('room', roomId);
    expect((await book(door, bookNow(roomId, 15))).row).toMatchObject(rejectedFor('roomForHostsOnly'));
    expect((await book(host, bookNow(roomId, 15))).row).toMatchObject({ status: 'confirmed' });
  });

  it('keeps a booking made before the policy changed through its check-in, early end and cancel', async () => {
    const roomId = await newRoom();
    const door = await machine('room', roomId);
    const first = await book(door, { ...bookNow(roomId, 20), confirmedAt: null });
    const second = await book(host, { ...bookNow(roomId, 45), startsAt: inMinutes(20), confirmedAt: null });
    expect([first.row?.status, second.row?.status]).toEqual(['confirmed', 'confirmed']);
    // The hub now closes at 17:00 on Tuesdays: both bookings break the new policy.
    expect(await setPolicy({ ...defaultBookingPolicy, openingHours: [{ weekday: 2, opens: '08:00', closes: '17:00' }] })).toMatchObject({ status: 'applied' });

    expect(await push(door, 'bookings', first.id, { confirmedAt: hubNow().toISOString() })).toMatchObject({ status: 'applied' });
    expect(await push(door, 'bookings', first.id, { endsAt: inMinutes(5) })).toMatchObject({ status: 'applied' });
    expect(await storedBooking(first.id)).toMatchObject({ status: 'confirmed', rejection: null });
    expect(await push(host, 'bookings', second.id, { status: 'cancelled' })).toMatchObject({ status: 'applied' });
    expect(await storedBooking(second.id)).toMatchObject({ status: 'cancelled', rejection: null });
    // A new booking is held to the new policy (after the first meeting, which now ends in 5 minutes).
    expect((await book(door, { ...bookNow(roomId, 15), startsAt: inMinutes(5) })).row).toMatchObject(rejectedFor('outsideOpeningHours', { opens: '08:00', closes: '17:00' }));
  });
});

describe('a kiosk books walk-ins', () => {
  it('is rejected on a desk fixed to a member or out of service, never for the opening hours', async () => {
    const kiosk = await machine('kiosk');
    const fixed = await newDesk({ fixedMemberId: 'member-2' });
    const broken = await newDesk({ outOfService: 'Broken chair' });
    const hot = await newDesk();
    expect((await book(kiosk, walkIn(fixed))).row).toMatchObject(rejectedFor('deskNotOpenToWalkIns'));
    expect((await book(kiosk, walkIn(broken))).row).toMatchObject(rejectedFor('deskNotOpenToWalkIns'));
    // 17:30 plus an hour is past closing; a walk-in may stay.
    expect((await book(kiosk, { ...walkIn(hot), endsAt: inMinutes(60) })).row).toMatchObject({ status: 'confirmed' });
  });

  it('ends a walk-in early on a desk fixed to a member since', async () => {
    const kiosk = await machine('kiosk');
    const deskId = await newDesk();
    const { id } = await book(kiosk, walkIn(deskId));
    expect(await push(host, 'desks', deskId, { fixedMemberId: 'member-2' })).toMatchObject({ status: 'applied' });
    expect(await push(kiosk, 'bookings', id, { endsAt: inMinutes(1) })).toMatchObject({ status: 'applied' });
    expect(await storedBooking(id)).toMatchObject({ status: 'confirmed', rejection: null });
  });
});
