import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seriesExceptionId } from '@core/bookings/bookingSeries';
import { newId } from '@core/ids';
import { zonedInstant } from '@core/time/zonedTime';
import { migrate } from './migrations';
import { createSqliteHubStore } from './sqliteHubStore';
import { bookingFields, openSeriesHub, seriesFields, slot, timeZone, type SeriesHub } from './testSeries';

/**
 * Series against bookings on the hub's engine and its real SQLite store (in memory), with a fixed
 * clock: Tuesday 1 December 2026, 09:00. The series meets on Wednesdays 10:00 to 12:00 in December.
 */

let hub: SeriesHub;
beforeEach(() => { hub = openSeriesHub(); });
afterEach(() => { hub.close(); });

const ROOM = 'room-fjorden';
const exceptionOf = (seriesId: string, date: string) => hub.row('seriesExceptions', seriesExceptionId(seriesId, date));
function create(table: 'bookings' | 'bookingSeries', fields: Record<string, unknown>, role: 'host' | 'kiosk' | 'room' = 'host') {
  const id = newId();
  expect(hub.push(role, table, id, fields, role === 'room' ? ROOM : null)).toMatchObject({ status: 'applied' });
  return id;
}

describe('a single booking against the occurrences of a series', () => {
  it('is rejected for the series that holds the time, stamped by the hub, on a date the series meets', () => {
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    const clash = create('bookings', bookingFields(ROOM, slot('2026-12-09', '11:00', '13:00')));
    expect(hub.row('bookings', clash)).toMatchObject({ status: 'rejected', rejection: { code: 'bookingConflict', params: {}, winnerId: seriesId } });
    expect(hub.row('bookings', clash)?.hlc.rejection?.endsWith('-hub')).toBe(true);
    // The afternoon, a Thursday, another room: all free.
    for (const fields of [bookingFields(ROOM, slot('2026-12-09', '12:00', '13:00')), bookingFields(ROOM, slot('2026-12-10', '10:00', '12:00')), bookingFields('room-b', slot('2026-12-09', '10:00', '12:00'))]) {
      expect(hub.row('bookings', create('bookings', fields))).toMatchObject({ status: 'confirmed' });
    }
  });

  it('takes a date a host took out, and any time of a cancelled series', () => {
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    hub.push('host', 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-09'), { seriesId, date: '2026-12-09', kind: 'skipped', winnerId: null });
    expect(hub.row('bookings', create('bookings', bookingFields(ROOM, slot('2026-12-09', '10:00', '12:00'))))).toMatchObject({ status: 'confirmed' });
    expect(hub.push('host', 'bookingSeries', seriesId, { status: 'cancelled' })).toMatchObject({ status: 'applied' });
    expect(hub.row('bookings', create('bookings', bookingFields(ROOM, slot('2026-12-16', '10:00', '12:00'))))).toMatchObject({ status: 'confirmed' });
  });

  it('keeps a booking that held its time before the series came through its early end', () => {
    const early = create('bookings', bookingFields(ROOM, slot('2026-12-09', '09:00', '11:00')));
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    expect(exceptionOf(seriesId, '2026-12-09')).toMatchObject({ kind: 'conflict', winnerId: early });
    expect(hub.push('host', 'bookings', early, { endsAt: zonedInstant('2026-12-09', '10:30', timeZone).toISOString() })).toMatchObject({ status: 'applied' });
    expect(hub.row('bookings', early)).toMatchObject({ status: 'confirmed', rejection: null });
  });
});

describe('a series against what the hub accepted before it', () => {
  it('loses each date a booking holds, as an exception the hub writes as its own change', () => {
    const held = create('bookings', bookingFields(ROOM, slot('2026-12-16', '11:30', '12:30')));
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    expect(exceptionOf(seriesId, '2026-12-16')).toMatchObject({ seriesId, date: '2026-12-16', kind: 'conflict', winnerId: held, deviceId: 'hub', deleted: false });
    expect(['2026-12-02', '2026-12-09', '2026-12-23', '2026-12-30'].map((date) => exceptionOf(seriesId, date))).toEqual([undefined, undefined, undefined, undefined]);
    expect(hub.row('bookings', held)).toMatchObject({ status: 'confirmed' });
  });

  it('loses each date another series holds, naming that series', () => {
    const first = create('bookingSeries', seriesFields(ROOM, { until: null, count: 2 }));
    const second = create('bookingSeries', seriesFields(ROOM, { weekdays: [3, 5], startTime: '11:00', endTime: '13:00' }));
    expect(exceptionOf(second, '2026-12-02')).toMatchObject({ kind: 'conflict', winnerId: first });
    expect(exceptionOf(second, '2026-12-09')).toMatchObject({ kind: 'conflict', winnerId: first });
    expect(exceptionOf(second, '2026-12-16')).toBeUndefined();
    expect(exceptionOf(first, '2026-12-02')).toBeUndefined();
  });

  it('asks again when moved, and when active again, and loses to what came meanwhile', () => {
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    const friday = create('bookings', bookingFields(ROOM, slot('2026-12-04', '10:00', '11:00')));
    hub.push('host', 'bookingSeries', seriesId, { weekdays: [5] });
    expect(exceptionOf(seriesId, '2026-12-04')).toMatchObject({ kind: 'conflict', winnerId: friday });
    hub.push('host', 'bookingSeries', seriesId, { status: 'cancelled' });
    const later = create('bookings', bookingFields(ROOM, slot('2026-12-11', '10:00', '11:00')));
    hub.push('host', 'bookingSeries', seriesId, { status: 'active' });
    expect(exceptionOf(seriesId, '2026-12-11')).toMatchObject({ kind: 'conflict', winnerId: later });
  });

  it('never overwrites an exception that is there, and writes none for an occurrence that has ended', () => {
    const held = create('bookings', bookingFields(ROOM, slot('2026-12-01', '07:00', '08:00')));
    const other = create('bookings', bookingFields(ROOM, slot('2026-12-09', '08:00', '09:00')));
    const seriesId = newId();
    hub.push('host', 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-09'), { seriesId, date: '2026-12-09', kind: 'skipped', winnerId: null });
    // Tuesdays and Wednesdays at dawn: today's occurrence ended at 09:00, the hub's now.
    expect(hub.push('host', 'bookingSeries', seriesId, seriesFields(ROOM, { weekdays: [2, 3], startTime: '06:00', endTime: '09:00' }))).toMatchObject({ status: 'applied' });
    expect(exceptionOf(seriesId, '2026-12-09')).toMatchObject({ kind: 'skipped', winnerId: null });
    expect(exceptionOf(seriesId, '2026-12-01')).toBeUndefined();
    expect([held, other].map((id) => hub.row('bookings', id)?.status)).toEqual(['confirmed', 'confirmed']);
  });

  it('takes a restored date out again when a booking took its time meanwhile', () => {
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    const id = seriesExceptionId(seriesId, '2026-12-09');
    hub.push('host', 'seriesExceptions', id, { seriesId, date: '2026-12-09', kind: 'skipped', winnerId: null });
    const taken = create('bookings', bookingFields(ROOM, slot('2026-12-09', '10:00', '11:00')));
    expect(hub.push('host', 'seriesExceptions', id, { deleted: true })).toMatchObject({ status: 'applied' });
    expect(hub.row('seriesExceptions', id)).toMatchObject({ deleted: false, kind: 'conflict', winnerId: taken, deviceId: 'hub' });
    // A date still free comes back.
    const free = seriesExceptionId(seriesId, '2026-12-16');
    hub.push('host', 'seriesExceptions', free, { seriesId, date: '2026-12-16', kind: 'skipped', winnerId: null });
    hub.push('host', 'seriesExceptions', free, { deleted: true });
    expect(hub.row('seriesExceptions', free)).toMatchObject({ deleted: true });
  });
});

describe('who writes series', () => {
  it('refuses series and exceptions from a kiosk, a wall and a door, with the existing codes', () => {
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    const exception = { seriesId, date: '2026-12-09', kind: 'skipped', winnerId: null };
    const exceptionId = seriesExceptionId(seriesId, '2026-12-09');
    const cases = [['kiosk', 'roleCannotWrite', 'kioskOnlyConfirms'], ['wall', 'roleCannotWrite', 'roleCannotWrite'], ['room', 'roomDisplayOwnRoom', 'roomDisplayOnlyAtTheDoor']] as const;
    for (const [role, code, exceptionCode] of cases) {
      const roomId = role === 'room' ? ROOM : null;
      expect(hub.push(role, 'bookingSeries', newId(), seriesFields(ROOM), roomId)).toMatchObject({ status: 'refused', refusal: { code } });
      expect(hub.push(role, 'bookingSeries', seriesId, { status: 'cancelled' }, roomId)).toMatchObject({ status: 'refused', refusal: { code } });
      // Of exceptions, a kiosk and a door write only check-ins (hubSeriesPush.test.ts).
      expect(hub.push(role, 'seriesExceptions', exceptionId, exception, roomId)).toMatchObject({ status: 'refused', refusal: { code: exceptionCode } });
    }
    expect(hub.row('bookingSeries', seriesId)).toMatchObject({ status: 'active' });
    expect(hub.row('seriesExceptions', exceptionId)).toBeUndefined();
  });

  it('lets a host make a series outside the member rules (a Sunday evening, three hours)', () => {
    const seriesId = create('bookingSeries', seriesFields(ROOM, { weekdays: [7], startTime: '19:00', endTime: '22:00' }));
    expect(hub.row('bookingSeries', seriesId)).toMatchObject({ status: 'active' });
  });
});

describe('the store', () => {
  it('reads a resource\'s series and a series\' exceptions by index', () => {
    const seriesId = create('bookingSeries', seriesFields(ROOM));
    hub.push('host', 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-09'), { seriesId, date: '2026-12-09', kind: 'skipped', winnerId: null });
    expect(hub.store.seriesOfResource(ROOM).map((row) => row.id)).toEqual([seriesId]);
    expect(hub.store.exceptionsOfSeries(seriesId).map((row) => row.date)).toEqual(['2026-12-09']);
    const plan = (sql: string) => JSON.stringify(hub.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x'));
    expect(plan("SELECT row_json FROM records WHERE table_name = 'bookingSeries' AND resource_id = ? AND deleted = 0")).toContain('bookings_by_resource');
    expect(plan("SELECT row_json FROM records WHERE parent_id = ? AND table_name = 'seriesExceptions' AND deleted = 0")).toContain('records_by_parent');
  });

  it('gives series stored before schema 8 their resource', () => {
    const { db } = hub;
    db.pragma('user_version = 7');
    db.prepare("UPDATE records SET resource_id = NULL WHERE table_name = 'bookingSeries'").run();
    create('bookingSeries', seriesFields(ROOM));
    db.prepare("UPDATE records SET resource_id = NULL WHERE table_name = 'bookingSeries'").run();
    migrate(db);
    expect(createSqliteHubStore(db).seriesOfResource(ROOM)).toHaveLength(1);
  });
});
