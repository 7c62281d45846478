import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { defaultBookingPolicy } from '@core/bookings/bookingPolicy';
import { formatHlc, HybridClock } from '@core/hlc';
import { defaultHubSettings, HUB_SETTINGS_ID } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import { zonedInstant } from '@core/time/zonedTime';
import { applyBookingRules, bookingAuthor } from './hubBookingRules';
import type { HubStore } from './hubStore';
import { createSqliteHubStore, openHubSqlite } from './sqliteHubStore';

/**
 * The policy's limit per member on the hub's real SQLite store: it counts the member's live
 * bookings of every desk and room, found by the index of migration 7. No machine books for a
 * member by the member rules today (a door books for nobody by name), so this drives the rules
 * on the store directly, as the push path calls them.
 */

const { timeZone } = defaultHubSettings;
const now = zonedInstant('2026-12-01', '09:00', timeZone);
const at = (date: string, from: string, to: string) => ({ startsAt: zonedInstant(date, from, timeZone).toISOString(), endsAt: zonedInstant(date, to, timeZone).toISOString() });
const STAMP = formatHlc({ wallMs: now.getTime(), counter: 0, node: 'host1' });
const row = (id: string, fields: Record<string, unknown>): SyncedRow => ({ id, hlc: { '*': STAMP }, deviceId: 'host1', deleted: false, ...fields });
const booking = (id: string, resourceId: string, slot: { startsAt: string; endsAt: string }, extra: Record<string, unknown> = {}) => row(id, {
  resourceKind: 'room', resourceId, memberId: 'anna', title: '', ...slot, status: 'confirmed', rejection: null, confirmedAt: null, ...extra,
});

let db: Database.Database;
let store: HubStore;
let seq = 0;
const put = (table: 'bookings' | 'hubSettings', stored: SyncedRow) => { store.putRecord(table, stored, ++seq); };
const judge = (candidate: SyncedRow, role: 'host' | 'room') => applyBookingRules(store, undefined, candidate, bookingAuthor(role, now), new HybridClock('hub', () => now.getTime()));

beforeEach(() => {
  db = openHubSqlite(':memory:');
  store = createSqliteHubStore(db);
  put('hubSettings', row(HUB_SETTINGS_ID, { ...defaultHubSettings, bookingPolicy: { ...defaultBookingPolicy, maxActivePerMember: 2 } }));
  put('bookings', booking('held-1', 'room-a', at('2026-12-02', '10:00', '11:00')));
  put('bookings', booking('held-2', 'room-b', at('2026-12-03', '10:00', '11:00')));
  put('bookings', booking('ended', 'room-a', at('2026-11-30', '10:00', '11:00')));
  put('bookings', booking('other', 'room-a', at('2026-12-04', '10:00', '11:00'), { memberId: 'bo' }));
});
afterEach(() => { store.close(); });

describe('the limit of bookings per member', () => {
  it('rejects a member\'s third live booking by the member rules, and lets a host make it', () => {
    const third = booking('third', 'room-c', at('2026-12-04', '10:00', '11:00'));
    expect(judge(third, 'room')).toMatchObject({ status: 'rejected', rejection: { code: 'tooManyBookings', params: { max: 2 }, winnerId: null } });
    expect(judge(third, 'host')).toMatchObject({ status: 'confirmed', rejection: null });
  });

  it('counts neither ended nor cancelled bookings, nor the booking itself twice', () => {
    put('bookings', booking('held-2', 'room-b', at('2026-12-03', '10:00', '11:00'), { status: 'cancelled' }));
    expect(judge(booking('third', 'room-c', at('2026-12-04', '10:00', '11:00')), 'room')).toMatchObject({ status: 'confirmed' });
    // A booking of the same room and member is found by both queries; it is one booking.
    expect(judge(booking('held-1', 'room-a', at('2026-12-02', '10:00', '11:00')), 'room')).toMatchObject({ status: 'confirmed' });
  });

  it('finds the member\'s bookings through the index', () => {
    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT row_json FROM records WHERE table_name = 'bookings' AND json_extract(row_json, '$.memberId') = ? AND deleted = 0 AND json_extract(row_json, '$.endsAt') > ?").all('anna', now.toISOString());
    expect(JSON.stringify(plan)).toContain('bookings_by_member');
    expect(store.bookingsOfMember('anna', now.toISOString()).map((found) => found.id).sort()).toEqual(['held-1', 'held-2']);
  });
});
