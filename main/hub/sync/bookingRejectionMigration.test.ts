import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bookingFieldsSchema, withoutSyncFields } from '@core/schemas';
import { migrate } from './migrations';

/** Hub migration 5: rejections stored with an English reason become a code with parameters. */
const REJECTION_CODES = 5;

const booking = (id: string, rejection: unknown) => ({
  id, hlc: { '*': '1764590000000-000000-hub' }, deviceId: 'hub', deleted: false,
  resourceKind: 'desk', resourceId: 'desk-1', memberId: null, title: '', status: rejection ? 'rejected' : 'confirmed', rejection, confirmedAt: null,
  startsAt: '2026-12-01T09:00:00.000Z', endsAt: '2026-12-01T10:00:00.000Z',
});

describe('hub migration 5', () => {
  it('rewrites old rejection reasons as codes, keeps the winner, and leaves everything else alone', () => {
    const db = new Database(':memory:');
    migrate(db, REJECTION_CODES - 1);
    const insert = db.prepare('INSERT INTO records (table_name, id, seq, deleted, row_json) VALUES (?, ?, ?, 0, ?)');
    const old = booking('b-old', { reason: 'This desk or room was already booked for that time.', winnerId: 'b-winner' });
    const withoutWinner = booking('b-none', { reason: 'This desk or room was already booked for that time.', winnerId: null });
    const current = booking('b-new', { code: 'bookingConflict', params: {}, winnerId: 'b-winner' });
    const confirmed = booking('b-ok', null);
    [old, withoutWinner, current, confirmed].forEach((row, index) => insert.run('bookings', row.id, index + 1, JSON.stringify(row)));
    insert.run('members', 'm1', 5, JSON.stringify({ id: 'm1', rejection: { reason: 'not a booking' } }));

    migrate(db, REJECTION_CODES);
    const rows = new Map(db.prepare<[], { id: string; row_json: string }>('SELECT id, row_json FROM records').all().map((row) => [row.id, JSON.parse(row.row_json) as Record<string, unknown>]));
    expect(rows.get('b-old')).toEqual({ ...old, rejection: { code: 'bookingConflict', params: {}, winnerId: 'b-winner' } });
    expect(rows.get('b-none')?.rejection).toEqual({ code: 'bookingConflict', params: {}, winnerId: null });
    expect(rows.get('b-new')).toEqual(current);
    expect(rows.get('b-ok')).toEqual(confirmed);
    expect(rows.get('m1')).toEqual({ id: 'm1', rejection: { reason: 'not a booking' } });
    for (const id of ['b-old', 'b-none', 'b-new', 'b-ok']) {
      expect(bookingFieldsSchema.safeParse(withoutSyncFields(rows.get(id) ?? {})).success, id).toBe(true);
    }
    db.close();
  });
});
