import { describe, expect, it } from 'vitest';
import { formatHlc } from '../hlc';
import type { RecordChange, SyncedRow } from './merge';
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
  it('lets only a host desk write series and their exceptions', () => {
    for (const table of ['bookingSeries', 'seriesExceptions'] as const) {
      expect(refusalFor(host, change(table, { status: 'active' }), undefined, hubTime)).toBeNull();
      expect(refusalFor(kiosk, change(table, { status: 'active' }), undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'kiosk' } });
      expect(refusalFor(wall, change(table, { status: 'active' }), undefined, hubTime)).toEqual({ code: 'roleCannotWrite', params: { role: 'wall' } });
      expect(refusalFor(fjorden, change(table, { resourceId: 'room-fjorden' }), booking('room-fjorden'), hubTime)).toEqual(refusal('roomDisplayOwnRoom'));
      expect([canWriteTable('kiosk', table), canWriteTable('wall', table), canWriteTable('room', table), canWriteTable('host', table)]).toEqual([false, false, false, true]);
    }
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
