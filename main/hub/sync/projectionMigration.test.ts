import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cardKeySchema } from '@core/cardLookup';
import { migrate } from './migrations';
import { createSqliteHubStore } from './sqliteHubStore';
import { pullChanges } from './syncEngine';

/** Migration 4 on a store written before role projections existed. */
describe('upgrading a hub to role projections', () => {
  it('keeps the parent of every check-in, gives every record a new seq in the same order, and makes one card key', () => {
    const db = new Database(':memory:');
    migrate(db, 3);
    const insert = db.prepare('INSERT INTO records (table_name, id, seq, deleted, resource_id, row_json) VALUES (?, ?, ?, 0, NULL, ?)');
    const row = (id: string, fields: Record<string, unknown>) => JSON.stringify({ id, hlc: { '*': '0001700000000-000000-host' }, deviceId: 'host', deleted: false, ...fields });
    insert.run('members', 'm1', 1, row('m1', { name: 'Anna', active: true, consent: {}, email: 'anna@example.org', cardToken: 'Anna_card_token_0123456', pinHash: null }));
    insert.run('checkIns', 'c1', 2, row('c1', { memberId: 'm1', kind: 'in', at: '2026-11-30T08:00:00.000Z', method: 'name', bookingId: null }));
    db.prepare("UPDATE counters SET value = 2 WHERE name = 'seq'").run();

    migrate(db);
    const store = createSqliteHubStore(db);
    expect(db.prepare<[], { table_name: string; seq: number; parent_id: string | null }>('SELECT table_name, seq, parent_id FROM records ORDER BY seq').all())
      .toEqual([{ table_name: 'members', seq: 3, parent_id: null }, { table_name: 'checkIns', seq: 4, parent_id: 'm1' }]);
    expect(store.latestSeq()).toBe(4);
    // A wall display that had pulled both in full before the upgrade pulls them again, projected.
    const again = pullChanges(store, 2, 100, { role: 'wall', roomId: null }).records;
    expect(again.map((record) => record.table)).toEqual(['members', 'checkIns']);
    expect(JSON.stringify(again)).not.toMatch(/anna@|Anna_card/);
    expect(store.nextSeq()).toBe(5);

    const key = store.cardKey();
    expect(cardKeySchema.safeParse(key).success).toBe(true);
    expect(createSqliteHubStore(db).cardKey()).toBe(key);
    db.close();
  });
});
