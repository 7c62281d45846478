import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { erasedGuestFields } from '@core/guestRetention';
import { formatHlc, hlcNodeFromDeviceId, MAX_PLAUSIBLE_COUNTER } from '@core/hlc';
import { newId } from '@core/ids';
import type { HubMessage } from '@core/sync/messages';
import { defaultHubSettings } from '@core/schemas';
import { zonedEndOfDay, zonedStartOfDay } from '@core/time/zonedTime';
import { setHubLogSink } from '../hubLog';
import type { RunningHub } from '../hubService';
import { MAX_MUTATION_JUMP } from './syncEngine';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';

/** What the hub accepts in a push and how it says no: a real hub on loopback, real sockets. */

type Result = Extract<HubMessage, { type: 'pushResult' }>['results'][number];

const memberFields = (name: string) => ({
  name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '',
  plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
});
const guestFields = () => ({ name: 'Anna Gast', company: 'Nordlys', purpose: 'Meeting', visitingMemberId: null, arrivedAt: new Date().toISOString(), leftAt: null });
const checkInFields = () => ({ memberId: 'member-1', kind: 'in', at: new Date().toISOString(), method: 'name', bookingId: null });

interface Machine {
  deviceId: string;
  connection: SyncConnection;
  mutation: number;
}

let hub: RunningHub;
let stop: () => Promise<void>;
let host: Machine;
let logLines: string[];

async function connect(deviceId: string, token: string): Promise<Machine> {
  const connection = await SyncConnection.open(hub, token);
  connection.send({ type: 'hello', protocol: 1, lastSeq: 0 });
  await connection.next('welcome');
  return { deviceId, connection, mutation: 0 };
}

async function machine(role: 'kiosk' | 'wall'): Promise<Machine> {
  const paired = await pair(hub, await pairingCode(hub, hostToken, role), `A ${role}`);
  return connect(paired.deviceId, paired.token);
}

let hostToken: string;

interface ChangeOptions { table: string; recordId: string; fields: Record<string, unknown>; wallMs?: number; counter?: number; node?: string; deviceId?: string; mutation?: number }

/** Pushes changes of one machine, each with its next mutation number unless one is given. */
async function push(from: Machine, ...changes: ChangeOptions[]): Promise<Result[]> {
  const mutations = changes.map((change) => {
    const mutation = change.mutation ?? (from.mutation += 1);
    const hlc = formatHlc({ wallMs: change.wallMs ?? Date.now(), counter: change.counter ?? 0, node: change.node ?? hlcNodeFromDeviceId(from.deviceId) });
    return { mutation, change: { table: change.table, recordId: change.recordId, fields: change.fields, hlc, deviceId: change.deviceId ?? from.deviceId } };
  });
  from.connection.send({ type: 'push', mutations });
  return (await from.connection.next('pushResult')).results;
}

async function pullAll(from: Machine) {
  from.connection.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
  return (await from.connection.next('changes')).records;
}

const invalid = (field: string) => ({ status: 'refused', refusal: { code: 'invalidRecord', params: { field } } });

beforeEach(async () => {
  logLines = [];
  setHubLogSink((line) => { logLines.push(line); });
  ({ hub, stop } = await startTestHub());
  if (!hub.firstHostCode) throw new Error('a new hub must offer a first host code');
  const paired = await pair(hub, hub.firstHostCode.code, 'Host desk');
  hostToken = paired.token;
  host = await connect(paired.deviceId, paired.token);
});
afterEach(async () => {
  host.connection.close();
  await stop();
  setHubLogSink(null);
});

describe('a tombstone is checked as strictly as any other change', () => {
  it('refuses a non-boolean deleted, junk in a delete, and unerased personal data, and stores a proper erasure', async () => {
    const kiosk = await machine('kiosk');
    const guestId = newId();
    expect(await push(kiosk, { table: 'guests', recordId: guestId, fields: guestFields() })).toMatchObject([{ status: 'applied' }]);

    expect(await push(kiosk, { table: 'checkIns', recordId: newId(), fields: { deleted: 'poison' } })).toMatchObject([invalid('deleted')]);
    expect(await push(kiosk, { table: 'checkIns', recordId: newId(), fields: { ...checkInFields(), deleted: 'poison' } })).toMatchObject([invalid('deleted')]);
    const results = await push(
      host,
      { table: 'guests', recordId: guestId, fields: { deleted: true, ...erasedGuestFields, junk: 'x'.repeat(200_000) } },
      { table: 'guests', recordId: guestId, fields: { deleted: true, ...erasedGuestFields, name: 'Still named' } },
      { table: 'guests', recordId: guestId, fields: { deleted: true, arrivedAt: new Date().toISOString() } },
      { table: 'members', recordId: newId(), fields: { deleted: true, bio: 'x'.repeat(900) } },
    );
    expect(results).toMatchObject([invalid('junk'), invalid('name'), invalid('arrivedAt'), invalid('bio')]);

    expect(await push(host, { table: 'guests', recordId: guestId, fields: { deleted: true, ...erasedGuestFields } })).toMatchObject([{ status: 'applied' }]);
    // Even the hub's own copy of a deleted record may take only valid values.
    expect(await push(host, { table: 'guests', recordId: guestId, fields: { purpose: 7 } })).toMatchObject([invalid('purpose')]);

    const records = await pullAll(host);
    expect(records.map((record) => record.table)).toEqual(['guests']);
    expect(records[0]?.row).toMatchObject({ id: guestId, deleted: true, ...erasedGuestFields });
    expect(JSON.stringify(records)).not.toMatch(/poison|junk|Still named/);
    kiosk.connection.close();
  });

  it('refuses fields the table does not have, bookkeeping set as fields, and invalid values, even when the change loses the merge', async () => {
    const memberId = newId();
    expect(await push(host, { table: 'members', recordId: memberId, fields: memberFields('Åse') })).toMatchObject([{ status: 'applied' }]);
    const older = Date.now() - 60_000;
    const results = await push(
      host,
      { table: 'members', recordId: memberId, fields: { nickname: 'Åsa' } },
      { table: 'members', recordId: memberId, fields: { id: newId() } },
      { table: 'members', recordId: memberId, fields: { hlc: { '*': formatHlc({ wallMs: Date.now(), counter: 0, node: 'x' }) } } },
      { table: 'members', recordId: memberId, fields: { email: 'not an address' } },
      { table: 'members', recordId: memberId, fields: { email: { nested: true } }, wallMs: older },
      { table: 'members', recordId: memberId, fields: { name: '' } },
    );
    expect(results).toMatchObject([invalid('nickname'), invalid('id'), invalid('hlc'), invalid('email'), invalid('email'), invalid('name')]);
    expect((await pullAll(host))[0]?.row).toMatchObject({ id: memberId, name: 'Åse', email: '' });
  });
});

describe('stamps and mutation numbers', () => {
  it('refuses a maxed counter a minute ahead, and the hub keeps stamping for every other machine', async () => {
    const kiosk = await machine('kiosk');
    const aheadMs = Date.now() + 60_000;
    expect(await push(kiosk, { table: 'checkIns', recordId: newId(), fields: checkInFields(), wallMs: aheadMs, counter: 0xffffff }))
      .toMatchObject([{ status: 'refused', refusal: { code: 'counterTooHigh', params: {} } }]);
    expect(await push(kiosk, { table: 'checkIns', recordId: newId(), fields: checkInFields(), wallMs: aheadMs, counter: MAX_PLAUSIBLE_COUNTER }))
      .toMatchObject([{ status: 'applied' }]);

    // Two overlapping bookings: the second is rejected with a stamp from the hub's own clock.
    const desk = { resourceKind: 'desk', resourceId: 'desk-1', memberId: null, title: '', status: 'confirmed', rejection: null, confirmedAt: null };
    const slot = { startsAt: new Date(Date.now() + 3_600_000).toISOString(), endsAt: new Date(Date.now() + 7_200_000).toISOString() };
    const winner = newId();
    const loser = newId();
    expect(await push(host, { table: 'bookings', recordId: winner, fields: { ...desk, ...slot } }, { table: 'bookings', recordId: loser, fields: { ...desk, ...slot } }))
      .toMatchObject([{ status: 'applied' }, { status: 'applied' }]);
    const rejected = (await pullAll(host)).find((record) => record.row.id === loser)?.row;
    expect(rejected).toMatchObject({ status: 'rejected', rejection: { code: 'bookingConflict', params: {}, winnerId: winner } });
    expect(rejected?.hlc.status?.endsWith('-hub')).toBe(true);
    kiosk.connection.close();
  });

  it('refuses stamps of another clock, a clock too far ahead, and changes of another machine', async () => {
    const kiosk = await machine('kiosk');
    const results = await push(
      kiosk,
      { table: 'checkIns', recordId: newId(), fields: checkInFields(), node: hlcNodeFromDeviceId(host.deviceId) },
      { table: 'checkIns', recordId: newId(), fields: checkInFields(), wallMs: Date.now() + 10 * 60_000 },
      { table: 'checkIns', recordId: newId(), fields: checkInFields(), deviceId: host.deviceId },
    );
    expect(results).toMatchObject([
      { status: 'refused', refusal: { code: 'foreignStamp', params: {} } },
      { status: 'refused', refusal: { code: 'clockAhead', params: { minutes: 10 } } },
      { status: 'refused', refusal: { code: 'notOwnChange', params: {} } },
    ]);
    expect(await pullAll(kiosk)).toEqual([]);
    kiosk.connection.close();
  });

  it('refuses a check-in dated implausibly far from the hub\'s clock: ahead for every machine, more than a day past for a kiosk', async () => {
    const kiosk = await machine('kiosk');
    const dated = (offsetMs: number) => ({ table: 'checkIns', recordId: newId(), fields: { ...checkInFields(), at: new Date(Date.now() + offsetMs).toISOString() } });
    const minute = 60_000;
    const day = 24 * 60 * minute;
    expect(await push(kiosk, dated(10 * minute), dated(-day - 10 * minute), dated(2 * minute), dated(-day + 10 * minute))).toMatchObject([
      { status: 'refused', refusal: { code: 'checkInTimeImplausible', params: {} } },
      { status: 'refused', refusal: { code: 'checkInTimeImplausible', params: {} } },
      { status: 'applied' },
      { status: 'applied' },
    ]);
    // The host desk may record an arrival it was told about later, never one in the future.
    expect(await push(host, dated(-3 * day), dated(10 * minute)))
      .toMatchObject([{ status: 'applied' }, { status: 'refused', refusal: { code: 'checkInTimeImplausible' } }]);
    expect((await pullAll(host)).filter((record) => record.table === 'checkIns')).toHaveLength(3);
    kiosk.connection.close();
  });

  it('refuses a mutation number that jumps too far, without locking the machine out', async () => {
    const member = (name: string, mutation: number) => ({ table: 'members', recordId: newId(), fields: memberFields(name), mutation });
    expect(await push(host, member('Far', Number.MAX_SAFE_INTEGER), member('Also far', MAX_MUTATION_JUMP + 1)))
      .toMatchObject([{ status: 'refused', refusal: { code: 'mutationJump', params: {} } }, { status: 'refused', refusal: { code: 'mutationJump' } }]);
    expect(await push(host, member('Near', 1), member('Still fine', 1 + MAX_MUTATION_JUMP)))
      .toMatchObject([{ status: 'applied', seq: 1 }, { status: 'applied', seq: 2 }]);
    expect(await push(host, member('Retry', 1))).toMatchObject([{ status: 'duplicate' }]);
  });
});

describe('the log of refused changes', () => {
  it('writes one line per refusal with device, role, table and code, limited per machine', async () => {
    const wall = await machine('wall');
    const flood = Array.from({ length: 45 }, () => ({ table: 'checkIns', recordId: newId(), fields: checkInFields() }));
    const results = await push(wall, ...flood);
    expect(results.every((result) => result.status === 'refused' && result.refusal?.code === 'roleCannotWrite')).toBe(true);
    await push(host, { table: 'members', recordId: newId(), fields: { ...memberFields('Åse'), email: 'private@example.org', phone: 'abc' } });

    const refusedLines = logLines.filter((line) => line.includes(' sync.refused '));
    const wallLines = refusedLines.filter((line) => line.includes(`device=${wall.deviceId}`));
    expect(wallLines.length).toBeGreaterThan(0);
    expect(wallLines.length).toBeLessThan(flood.length);
    expect(wallLines[0]).toMatch(new RegExp(`device=${wall.deviceId} role=wall table=checkIns code=roleCannotWrite mutation=1$`));
    const hostLines = refusedLines.filter((line) => line.includes(`device=${host.deviceId}`));
    expect(hostLines).toHaveLength(1);
    expect(hostLines[0]).toMatch(/role=host table=members code=invalidRecord/);
    expect(refusedLines.join('\n')).not.toMatch(/private@example\.org|Åse/);
    wall.connection.close();
  });
});

describe('what a kiosk may change in a booking', () => {
  it('ends today\'s desk booking early when its member checks out, and may not stretch, move or take it', async () => {
    const kiosk = await machine('kiosk');
    // A walk-in lies within the hub's day, whatever time of day the test runs (at 23:30 an hour ahead is tomorrow).
    const now = new Date();
    const { timeZone } = defaultHubSettings;
    const startsAt = new Date(Math.max(now.getTime() - 60_000, zonedStartOfDay(now, timeZone).getTime())).toISOString();
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
    const endOfWalkIn = new Date(Math.min(now.getTime() + 60 * 60_000, zonedEndOfDay(now, timeZone).getTime())).toISOString();
    const deskId = newId();
    const bookingId = newId();
    const walkIn = { resourceKind: 'desk', resourceId: deskId, memberId: 'member-1', title: '', startsAt, endsAt: endOfWalkIn, status: 'confirmed', rejection: null, confirmedAt: startsAt };
    expect(await push(kiosk, { table: 'bookings', recordId: bookingId, fields: walkIn })).toMatchObject([{ status: 'applied' }]);
    const refused = { status: 'refused', refusal: { code: 'kioskOnlyConfirms', params: {} } };
    expect(await push(
      kiosk,
      { table: 'bookings', recordId: bookingId, fields: { endsAt: later(120) } },
      { table: 'bookings', recordId: bookingId, fields: { endsAt: later(1), memberId: 'member-2' } },
      { table: 'bookings', recordId: bookingId, fields: { startsAt: later(-30) } },
    )).toMatchObject([refused, refused, refused]);
    const checkOutAt = new Date().toISOString();
    expect(await push(kiosk, { table: 'bookings', recordId: bookingId, fields: { endsAt: checkOutAt } })).toMatchObject([{ status: 'applied' }]);

    // A room booking stays as its host desk made it.
    const roomBookingId = newId();
    const room = { ...walkIn, resourceKind: 'room', resourceId: newId(), title: 'Board meeting', confirmedAt: null };
    expect(await push(host, { table: 'bookings', recordId: roomBookingId, fields: room })).toMatchObject([{ status: 'applied' }]);
    expect(await push(kiosk, { table: 'bookings', recordId: roomBookingId, fields: { endsAt: checkOutAt } })).toMatchObject([refused]);

    const stored = (await pullAll(host)).filter((record) => record.table === 'bookings').map((record) => record.row);
    expect(stored.find((row) => row.id === bookingId)).toMatchObject({ endsAt: checkOutAt, startsAt, memberId: 'member-1' });
    expect(stored.find((row) => row.id === roomBookingId)).toMatchObject({ endsAt: walkIn.endsAt });
    kiosk.connection.close();
  });
});
