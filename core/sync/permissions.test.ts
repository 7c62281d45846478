import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc';
import type { RecordChange, SyncedRow } from './merge';
import { seriesExceptionId, type StoredSeries } from '../bookings/bookingSeries';
import { membershipId } from '../projects/membership';
import { canWriteTable, refusalFor } from './permissions';
import { refusal } from './refusals';

const now = new Date('2026-11-30T10:00:00.000Z');
const hubTime = { now, timeZone: 'Europe/Copenhagen' };
const stamp = formatHlc({ wallMs: now.getTime(), counter: 0, node: 'a' });
const change = (table: RecordChange['table'], fields: Record<string, unknown>, recordId = 'r1'): RecordChange => ({ table, recordId, fields, hlc: stamp, deviceId: 'd1' });
const booking = (resourceId: string): SyncedRow => ({ id: 'r1', hlc: { '*': stamp }, deviceId: 'd0', deleted: false, resourceKind: 'room', resourceId });

const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
const bookNow = (fields: Record<string, unknown> = {}) => ({
  resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: '', startsAt: now.toISOString(), endsAt: at(30),
  status: 'confirmed', rejection: null, confirmedAt: now.toISOString(), ...fields,
});
/** A host's meeting in Fjorden, from a quarter of an hour ago for an hour. */
const meeting = (fields: Record<string, unknown> = {}): SyncedRow => ({
  id: 'r1', hlc: { '*': stamp }, deviceId: 'd0', deleted: false, resourceKind: 'room', resourceId: 'room-fjorden', memberId: 'm1',
  title: 'Board meeting', startsAt: at(-15), endsAt: at(45), status: 'confirmed', rejection: null, confirmedAt: null, ...fields,
});

const host = { role: 'host' as const, roomId: null };
const wall = { role: 'wall' as const, roomId: null };
const kiosk = { role: 'kiosk' as const, roomId: null };
const fjorden = { role: 'room' as const, roomId: 'room-fjorden' };

describe('who writes weekly series', () => {
  it('lets only a host desk write series, and a kiosk or door of the exceptions only check-ins (main/hub/sync/hubSeriesPush.test.ts)', () => {
    expect(refusalFor(host, change('bookingSeries', { status: 'active' }), undefined, hubTime)).toBeNull();
    expect(refusalFor(kiosk, change('bookingSeries', { status: 'active' }), undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'kiosk' } });
    expect(refusalFor(wall, change('bookingSeries', { status: 'active' }), undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'wall' } });
    expect(refusalFor(fjorden, change('bookingSeries', { resourceId: 'room-fjorden' }), booking('room-fjorden'), hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
    expect([canWriteTable('kiosk', 'bookingSeries'), canWriteTable('wall', 'bookingSeries'), canWriteTable('room', 'bookingSeries'), canWriteTable('host', 'bookingSeries')]).toEqual([false, false, false, true]);
    const skip = change('seriesExceptions', { seriesId: 's1', date: '2026-12-01', kind: 'skipped', winnerId: null });
    expect(refusalFor(host, skip, undefined, hubTime)).toBeNull();
    expect(refusalFor(kiosk, skip, undefined, hubTime)).toEqual(refusal('kioskOnlyConfirms'));
    expect(refusalFor(wall, skip, undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'wall' } });
    // Without the hub's copy of the series, a door learns nothing: as if it were another room's.
    expect(refusalFor(fjorden, skip, undefined, hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
    expect(refusalFor(host, { ...skip, fields: { ...skip.fields, kind: 'released' } }, undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'host' } });
    expect([canWriteTable('kiosk', 'seriesExceptions'), canWriteTable('wall', 'seriesExceptions'), canWriteTable('room', 'seriesExceptions')]).toEqual([true, false, true]);
  });
});

describe('checking into a date of a weekly series from a public machine', () => {
  // The hub's now is Monday 30 November 2026, 11:00 in Copenhagen.
  const weekly = (id: string, resourceKind: 'desk' | 'room', resourceId: string, startTime: string, endTime: string): StoredSeries => ({
    id, resourceKind, resourceId, memberId: null, status: 'active', weekdays: [1], startDate: '2026-11-02', until: null, count: 20, startTime, endTime,
  });
  const series = new Map([
    weekly('s-fjorden', 'room', 'room-fjorden', '10:50', '12:00'),
    weekly('s-skoven', 'room', 'room-skoven', '10:50', '12:00'),
    weekly('s-desk', 'desk', 'desk-1', '13:00', '17:00'),
  ].map((one) => [one.id, one]));
  const seriesOf = (id: string) => series.get(id) ?? null;
  const exceptionChange = (seriesId: string, fields: Record<string, unknown> = {}, date = '2026-11-30') =>
    change('seriesExceptions', { seriesId, date, kind: 'checkedIn', winnerId: null, ...fields }, seriesExceptionId(seriesId, date));
  const exceptionRow = (seriesId: string, fields: Record<string, unknown>): SyncedRow => ({
    id: seriesExceptionId(seriesId, '2026-11-30'), hlc: { '*': stamp }, deviceId: 'hub', deleted: false, seriesId, date: '2026-11-30', winnerId: null, ...fields,
  });
  const check = (device: Parameters<typeof refusalFor>[0], one: RecordChange, current?: SyncedRow) => refusalFor(device, one, current, hubTime, seriesOf);

  it('lets a kiosk check into today\'s date that has not ended, and a door its own room\'s meeting on now', () => {
    expect(check(kiosk, exceptionChange('s-desk'))).toBeNull();
    expect(check(kiosk, exceptionChange('s-fjorden'))).toBeNull();
    expect(check(fjorden, exceptionChange('s-fjorden'))).toBeNull();
    // A date a host gave back (a tombstone) is the series' again, so it can be checked into.
    expect(check(kiosk, exceptionChange('s-desk', { deleted: false }), exceptionRow('s-desk', { kind: 'skipped', deleted: true }))).toBeNull();
  });

  it('refuses a door another room\'s series, or one the hub does not have, with the same answer', () => {
    expect(check(fjorden, exceptionChange('s-skoven'))).toEqual(refusal('roomDisplayOwnRoom'));
    expect(check(fjorden, exceptionChange('s-nowhere'))).toEqual(refusal('roomDisplayOwnRoom'));
    expect(check(fjorden, exceptionChange('s-desk'))).toEqual(refusal('roomDisplayOwnRoom'));
    // A door for no room at all owns no series.
    expect(check({ role: 'room', roomId: null }, exceptionChange('s-fjorden'))).toEqual(refusal('roomDisplayOwnRoom'));
  });

  it('lets no public machine, and no host, write a release or bring a released date back', () => {
    for (const device of [kiosk, fjorden, host]) {
      expect(check(device, exceptionChange('s-fjorden', { kind: 'released' }))).toEqual({ code: 'roleCannotWrite', params: { role: device.role } });
      expect(check(device, change('seriesExceptions', { deleted: false }, seriesExceptionId('s-fjorden', '2026-11-30')), exceptionRow('s-fjorden', { kind: 'released', deleted: true })))
        .toEqual({ code: 'roleCannotWrite', params: { role: device.role } });
    }
    // Nor does a door of another room learn anything from it.
    expect(check(fjorden, exceptionChange('s-skoven', { kind: 'released' }))).toEqual({ code: 'roleCannotWrite', params: { role: 'room' } });
    // A host may take a released date out or give it back.
    const released = exceptionRow('s-fjorden', { kind: 'released' });
    expect(check(host, change('seriesExceptions', { kind: 'skipped' }, released.id), released)).toBeNull();
    expect(check(host, change('seriesExceptions', { deleted: true }, released.id), released)).toBeNull();
  });

  it('refuses anything else a hostile kiosk or door sends for a date', () => {
    const onlyConfirms = refusal('kioskOnlyConfirms');
    // Another kind, a winner, a field of its own, a delete, another id for the date, another day.
    expect(check(kiosk, exceptionChange('s-desk', { kind: 'skipped' }))).toEqual(onlyConfirms);
    expect(check(kiosk, exceptionChange('s-desk', { winnerId: 's-fjorden' }))).toEqual(onlyConfirms);
    expect(check(kiosk, exceptionChange('s-desk', { note: 'hi' }))).toEqual(onlyConfirms);
    expect(check(kiosk, exceptionChange('s-desk', { deleted: true }))).toEqual(onlyConfirms);
    expect(check(kiosk, { ...exceptionChange('s-desk'), recordId: 'r1' })).toEqual(onlyConfirms);
    expect(check(kiosk, exceptionChange('s-desk', {}, '2026-12-07'))).toEqual(onlyConfirms);
    // A date that has an exception already: out of the series, or checked into.
    for (const kind of ['skipped', 'conflict', 'released', 'checkedIn']) {
      expect(check(kiosk, exceptionChange('s-desk'), exceptionRow('s-desk', { kind }))).toEqual(onlyConfirms);
    }
    // A delete of a check-in (so the hub would release the date after all) is not the kiosk's.
    expect(check(kiosk, change('seriesExceptions', { deleted: true }, seriesExceptionId('s-desk', '2026-11-30')), exceptionRow('s-desk', { kind: 'checkedIn' }))).toEqual(onlyConfirms);
    // A cancelled series has no dates.
    series.set('s-cancelled', { ...weekly('s-cancelled', 'desk', 'desk-2', '13:00', '17:00'), status: 'cancelled' });
    expect(check(kiosk, exceptionChange('s-cancelled'))).toEqual(onlyConfirms);
    // A door checks in only what its screen offers: not a meeting that starts in more than a quarter of an hour.
    series.set('s-later', weekly('s-later', 'room', 'room-fjorden', '12:30', '13:00'));
    expect(check(fjorden, exceptionChange('s-later'))).toEqual(refusal('roomDisplayOnlyAtTheDoor'));
    expect(check(kiosk, exceptionChange('s-later'))).toBeNull();
  });
});

describe('what each role may write', () => {
  it('lets a host write anything but an edit of a check-in', () => {
    expect(refusalFor(host, change('members', { name: 'Åse' }), undefined, hubTime)).toBeNull();
    expect(refusalFor(host, change('checkIns', { kind: 'out' }), booking('x'), hubTime)).toEqual(refusal('checkInsAreFinal'));
  });

  it('lets a wall display write nothing', () => {
    expect(refusalFor(wall, change('checkIns', { kind: 'in' }), undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'wall' } });
  });

  it('lets a kiosk check people in, sign guests in and out, confirm bookings and book a desk for today', () => {
    expect(refusalFor(kiosk, change('checkIns', { kind: 'in' }), undefined, hubTime)).toBeNull();
    expect(refusalFor(kiosk, change('guests', { name: 'Anna' }), undefined, hubTime)).toBeNull();
    expect(refusalFor(kiosk, change('guests', { leftAt: now.toISOString() }), booking('x'), hubTime)).toBeNull();
    expect(refusalFor(kiosk, change('guests', { name: 'Changed' }), booking('x'), hubTime)).toEqual(refusal('kioskOnlyGuests'));
    expect(refusalFor(kiosk, change('bookings', { confirmedAt: now.toISOString() }), booking('d1'), hubTime)).toBeNull();
    expect(refusalFor(kiosk, change('bookings', { title: 'Mine now' }), booking('d1'), hubTime)).toEqual(refusal('kioskOnlyConfirms'));
    expect(refusalFor(kiosk, change('bookings', { resourceKind: 'desk', startsAt: '2026-11-30T10:00:00.000Z', endsAt: '2026-11-30T17:00:00.000Z' }), undefined, hubTime)).toBeNull();
    expect(refusalFor(kiosk, change('bookings', { resourceKind: 'desk', startsAt: '2026-12-03T10:00:00.000Z', endsAt: '2026-12-03T17:00:00.000Z' }), undefined, hubTime)).toEqual(refusal('kioskOnlyWalkIns'));
    expect(refusalFor(kiosk, change('members', { name: 'Mallory' }), undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'kiosk' } });
  });

  it('counts "today" in the hub\'s time zone, not in the zone the hub\'s process runs in', () => {
    // 10:00 UTC is 11:00 in Copenhagen and 23:00 in Auckland; 11:30 UTC is already tomorrow there.
    const walkIn = change('bookings', { resourceKind: 'desk', startsAt: '2026-11-30T11:30:00.000Z', endsAt: '2026-11-30T12:00:00.000Z' });
    expect(refusalFor(kiosk, walkIn, undefined, hubTime)).toBeNull();
    const auckland = { now, timeZone: 'Pacific/Auckland' };
    expect(refusalFor(kiosk, walkIn, undefined, auckland)).toEqual(refusal('kioskOnlyWalkIns'));
    expect(refusalFor(kiosk, change('bookings', { resourceKind: 'desk', startsAt: '2026-11-30T10:00:00.000Z', endsAt: '2026-11-30T10:59:00.000Z' }), undefined, auckland)).toBeNull();
  });

  it('lets a kiosk end today\'s desk booking early, and nothing more', () => {
    const desk: SyncedRow = { ...booking('d1'), resourceKind: 'desk', startsAt: '2026-11-30T08:00:00.000Z', endsAt: '2026-11-30T17:00:00.000Z' };
    const endAt = (endsAt: string, row: SyncedRow = desk) => refusalFor(kiosk, change('bookings', { endsAt }), row, hubTime);
    expect(endAt(now.toISOString())).toBeNull();
    expect(endAt('2026-11-30T08:00:00.001Z')).toBeNull();
    expect(endAt('2026-11-30T08:00:00.000Z')).toEqual(refusal('kioskOnlyConfirms'));
    expect(endAt('2026-11-30T17:00:00.000Z')).toBeNull();
    expect(endAt('2026-11-30T17:00:00.001Z')).toEqual(refusal('kioskOnlyConfirms'));
    expect(endAt(now.toISOString(), { ...desk, resourceKind: 'room' })).toEqual(refusal('kioskOnlyConfirms'));
    expect(endAt(now.toISOString(), { ...desk, startsAt: '2026-11-29T08:00:00.000Z' })).toEqual(refusal('kioskOnlyConfirms'));
    expect(endAt('2026-12-01T09:00:00.000Z', { ...desk, startsAt: '2026-12-01T08:00:00.000Z', endsAt: '2026-12-01T17:00:00.000Z' })).toEqual(refusal('kioskOnlyConfirms'));
    expect(refusalFor(kiosk, change('bookings', { endsAt: now.toISOString(), memberId: 'm2' }), desk, hubTime)).toEqual(refusal('kioskOnlyConfirms'));
    expect(refusalFor(kiosk, change('bookings', { startsAt: '2026-11-30T07:00:00.000Z' }), desk, hubTime)).toEqual(refusal('kioskOnlyConfirms'));
  });

  it('lets a kiosk cancel a member\'s booking that has not ended, and change nothing else with it', () => {
    const held: SyncedRow = { ...booking('room1'), memberId: 'm1', status: 'confirmed', startsAt: '2026-12-02T08:00:00.000Z', endsAt: '2026-12-02T09:00:00.000Z' };
    const cancel = (fields: Record<string, unknown>, row: SyncedRow = held) => refusalFor(kiosk, change('bookings', fields), row, hubTime);
    expect(cancel({ status: 'cancelled' })).toBeNull();
    expect(cancel({ status: 'cancelled', endsAt: '2026-12-02T08:30:00.000Z' })).toEqual(refusal('kioskOnlyConfirms'));
    expect(cancel({ status: 'confirmed' }, { ...held, status: 'cancelled' })).toEqual(refusal('kioskOnlyConfirms'));
    expect(cancel({ status: 'released' })).toEqual(refusal('kioskOnlyConfirms'));
    expect(cancel({ status: 'cancelled' }, { ...held, status: 'rejected' })).toEqual(refusal('kioskOnlyConfirms'));
    expect(cancel({ status: 'cancelled' }, { ...held, memberId: null })).toEqual(refusal('kioskOnlyConfirms'));
    expect(cancel({ status: 'cancelled' }, { ...held, endsAt: '2026-11-30T09:59:59.000Z' })).toEqual(refusal('kioskOnlyConfirms'));
  });

  it('says which tables a role writes at all, as the hub enforces it', () => {
    expect(canWriteTable('host', 'hubSettings')).toBe(true);
    expect(canWriteTable('kiosk', 'hubSettings')).toBe(false);
    expect(canWriteTable('kiosk', 'checkIns')).toBe(true);
    expect(refusalFor(kiosk, change('hubSettings', { closingTime: '17:00' }), undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'kiosk' } });
    expect(canWriteTable('wall', 'bookings')).toBe(false);
    expect(canWriteTable('room', 'bookings')).toBe(true);
  });

  it('lets a room display book and end meetings of its own room only', () => {
    expect(refusalFor(fjorden, change('bookings', bookNow()), undefined, hubTime)).toBeNull();
    expect(refusalFor(fjorden, change('bookings', { endsAt: at(30) }), meeting(), hubTime)).toBeNull();
    expect(refusalFor(fjorden, change('bookings', bookNow({ resourceId: 'room-havnen' })), undefined, hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
    expect(refusalFor(fjorden, change('bookings', { endsAt: at(30) }), meeting({ resourceId: 'room-havnen' }), hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
    expect(refusalFor(fjorden, change('bookings', { resourceId: 'room-havnen' }), meeting(), hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
    expect(refusalFor({ role: 'room', roomId: null }, change('bookings', bookNow()), undefined, hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
    expect(refusalFor(fjorden, change('members', { name: 'x' }), undefined, hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
  });

  it('lets a room display book now for nobody by name and up to an hour, and nothing else', () => {
    const onlyAtTheDoor = refusal('roomDisplayOnlyAtTheDoor');
    expect(refusalFor(fjorden, change('bookings', bookNow({ endsAt: at(60) })), undefined, hubTime)).toBeNull();
    // Booked offline a while ago and pushed now: still what happened at the door.
    expect(refusalFor(fjorden, change('bookings', bookNow({ startsAt: at(-90), endsAt: at(-60) })), undefined, hubTime)).toBeNull();
    expect(refusalFor(fjorden, change('bookings', bookNow({ endsAt: at(61) })), undefined, hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', bookNow({ startsAt: at(60), endsAt: at(90) })), undefined, hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', bookNow({ memberId: 'm1' })), undefined, hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', bookNow({ title: 'Board meeting' })), undefined, hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', bookNow({ status: 'cancelled' })), undefined, hubTime)).toEqual(onlyAtTheDoor);
  });

  it('lets a room display check a meeting in once and end it early, never rename, move, lengthen or cancel it', () => {
    const onlyAtTheDoor = refusal('roomDisplayOnlyAtTheDoor');
    expect(refusalFor(fjorden, change('bookings', { confirmedAt: at(1) }), meeting(), hubTime)).toBeNull();
    expect(refusalFor(fjorden, change('bookings', { confirmedAt: at(1), endsAt: at(20) }), meeting(), hubTime)).toBeNull();
    expect(refusalFor(fjorden, change('bookings', { confirmedAt: at(1) }), meeting({ confirmedAt: at(-5) }), hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', { endsAt: at(120) }), meeting(), hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', { endsAt: at(-30) }), meeting(), hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', { title: 'Mine now' }), meeting(), hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', { startsAt: at(-5) }), meeting(), hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', { status: 'cancelled' }), meeting(), hubTime)).toEqual(onlyAtTheDoor);
    expect(refusalFor(fjorden, change('bookings', { deleted: true }), meeting(), hubTime)).toEqual(onlyAtTheDoor);
  });
});

describe('what a kiosk writes of projects, for the member who checked in', () => {
  const project = (fields: Record<string, unknown> = {}): SyncedRow => ({ id: 'p1', hlc: { '*': stamp }, deviceId: 'd0', deleted: false, public: true, status: 'gathering', continuedIn: null, ...fields });
  const projects = new Map<string, SyncedRow>([['p1', project()], ['private', project({ id: 'private', public: false })], ['done', project({ id: 'done', status: 'done' })], ['merged', project({ id: 'merged', continuedIn: 'p1' })]]);
  const projectOf = (id: string) => projects.get(id) ?? null;
  const check = (one: RecordChange, current?: SyncedRow, device: Parameters<typeof refusalFor>[0] = kiosk) => refusalFor(device, one, current, hubTime, undefined, projectOf);
  const cannot = { code: 'roleCannotWrite', params: { role: 'kiosk' } };
  const join = (projectId = 'p1', fields: Record<string, unknown> = {}) =>
    change('projectMemberships', { projectId, memberId: 'm1', citizenId: null, role: 'helper', joinedAt: now.toISOString(), ...fields }, membershipId(projectId, { memberId: 'm1', citizenId: null }));
  const joined = (fields: Record<string, unknown> = {}): SyncedRow => ({ id: membershipId('p1', { memberId: 'm1', citizenId: null }), hlc: { '*': stamp }, deviceId: 'd0', deleted: false, projectId: 'p1', memberId: 'm1', role: 'helper', ...fields });

  it('lets a member join or follow a public project that is not over, switch, leave and join again', () => {
    expect(check(join())).toBeNull();
    expect(check(join('p1', { role: 'follower' }))).toBeNull();
    expect(check(change('projectMemberships', { role: 'follower' }, joined().id), joined())).toBeNull();
    expect(check(change('projectMemberships', { deleted: true }, joined().id), joined())).toBeNull();
    expect(check(join('p1', { deleted: false }), joined({ deleted: true }))).toBeNull();
    expect(canWriteTable('kiosk', 'projectMemberships')).toBe(true);
    expect(canWriteTable('wall', 'projectMemberships')).toBe(false);
  });

  it('refuses joins to members-only, done, merged or unknown projects, a lead, a citizen, another id, and without the hub\'s copy of the project', () => {
    for (const projectId of ['private', 'done', 'merged', 'nowhere']) expect(check(join(projectId)), projectId).toEqual(cannot);
    expect(check(join('p1', { role: 'lead' }))).toEqual(cannot);
    expect(check(join('p1', { memberId: null, citizenId: 'c1' }))).toEqual(cannot);
    expect(check({ ...join(), recordId: 'r1' })).toEqual(cannot);
    expect(check(join('p1', { note: 'x' }))).toEqual(cannot);
    expect(refusalFor(kiosk, join(), undefined, hubTime)).toEqual(cannot);
    expect(check(change('projectMemberships', { role: 'lead' }, joined().id), joined())).toEqual(cannot);
    expect(check(change('projectMemberships', { role: 'follower' }, joined().id), joined({ role: 'lead' }))).toEqual(cannot);
    expect(check(change('projectMemberships', { memberId: 'm2' }, joined().id), joined())).toEqual(cannot);
    // A wall writes none of it; a host writes all of it.
    expect(check(join(), undefined, wall)).toEqual({ code: 'roleCannotWrite', params: { role: 'wall' } });
    expect(check(join('private', { role: 'lead' }), undefined, host)).toBeNull();
  });

  it('lets a member take an open task of a public project and hand back a taken one, nothing else', () => {
    const task = (fields: Record<string, unknown> = {}): SyncedRow => ({ id: 't1', hlc: { '*': stamp }, deviceId: 'd0', deleted: false, projectId: 'p1', status: 'open', assigneeMemberId: null, ...fields });
    expect(check(change('tasks', { status: 'taken', assigneeMemberId: 'm1' }, 't1'), task())).toBeNull();
    expect(check(change('tasks', { status: 'open', assigneeMemberId: null }, 't1'), task({ status: 'taken', assigneeMemberId: 'm1' }))).toBeNull();
    expect(check(change('tasks', { status: 'done' }, 't1'), task({ status: 'taken', assigneeMemberId: 'm1' }))).toEqual(cannot);
    expect(check(change('tasks', { status: 'taken', assigneeMemberId: 'm1', title: 'Mine' }, 't1'), task())).toEqual(cannot);
    expect(check(change('tasks', { status: 'taken', assigneeMemberId: 'm2' }, 't1'), task({ status: 'taken', assigneeMemberId: 'm1' }))).toEqual(cannot);
    expect(check(change('tasks', { status: 'taken', assigneeCitizenId: 'c1', assigneeMemberId: null }, 't1'), task())).toEqual(cannot);
    expect(check(change('tasks', { status: 'taken', assigneeMemberId: 'm1' }, 't1'), task({ projectId: 'private' }))).toEqual(cannot);
    expect(check(change('tasks', { projectId: 'p1', title: 'New', status: 'open' }, 't9'))).toEqual(cannot);
  });

  it('lets a member log pending hours on a public project for a day of the last month, never approve them', () => {
    const log = (fields: Record<string, unknown> = {}) => change('volunteerHours', {
      memberId: 'm1', personName: 'Åse', projectId: 'p1', on: '2026-11-30', hours: 3, note: '', taskId: null, citizenId: null, approval: 'pending', approvedBy: null, approvedAt: null, ...fields,
    }, 'h1');
    expect(check(log())).toBeNull();
    expect(check(log({ projectId: 'done' }))).toBeNull();
    expect(check(log({ on: '2026-10-30' }))).toBeNull();
    expect(check(log({ on: '2026-10-29' }))).toEqual(cannot);
    expect(check(log({ on: '2026-12-01' }))).toEqual(cannot);
    expect(check(log({ approval: 'approved' }))).toEqual(cannot);
    expect(check(log({ approvedBy: 'm1' }))).toEqual(cannot);
    expect(check(log({ projectId: 'private' }))).toEqual(cannot);
    expect(check(log({ projectId: 'merged' }))).toEqual(cannot);
    expect(check(log({ projectId: null }))).toEqual(cannot);
    expect(check(log({ memberId: null, citizenId: 'c1' }))).toEqual(cannot);
    const logged: SyncedRow = { id: 'h1', hlc: { '*': stamp }, deviceId: 'd0', deleted: false, projectId: 'p1', approval: 'pending' };
    expect(check(change('volunteerHours', { approval: 'approved' }, 'h1'), logged)).toEqual(cannot);
    expect(check(change('volunteerHours', { approval: 'approved', approvedAt: now.toISOString() }, 'h1'), logged, host)).toBeNull();
  });

  it('leaves citizens, pledges, comments, the edit history and projects themselves to hosts', () => {
    for (const table of ['citizens', 'pledges', 'comments', 'projectEdits', 'projects'] as const) {
      expect(canWriteTable('kiosk', table), table).toBe(false);
      expect(check(change(table, { name: 'x' }))).toEqual(cannot);
      expect(check(change(table, { name: 'x' }), undefined, host)).toBeNull();
    }
  });
});
