import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatHlc } from '@core/hlc';
import { migrate, schemaVersionOf } from './migrations';
import { createSqliteHubStore } from './sqliteHubStore';
import { pullChanges } from './syncEngine';

/** Migration 10 on a store written before public machines received projects. */
describe('upgrading a hub to public projects', () => {
  it('links memberships, tasks, comments and hours to their project and gives the project tables new seqs, so a wall pulls the public ones', () => {
    const db = new Database(':memory:');
    migrate(db, 9);
    const insert = db.prepare('INSERT INTO records (table_name, id, seq, deleted, resource_id, row_json) VALUES (?, ?, ?, 0, NULL, ?)');
    const stamp = formatHlc({ wallMs: Date.UTC(2026, 10, 1), counter: 0, node: 'host' });
    const row = (id: string, fields: Record<string, unknown>) => JSON.stringify({ id, hlc: { '*': stamp }, deviceId: 'host', deleted: false, ...fields });
    const project = (id: string, isPublic: boolean) => row(id, {
      title: `Projekt ${id}`, summary: '', status: 'gathering', ownerMemberId: null, wantedSkills: [], public: isPublic, startsOn: null, createdAt: '2026-11-01T10:00:00.000Z',
    });
    const task = (id: string, projectId: string) => row(id, { projectId, title: 'Find en trailer', details: 'Ring til Jens', status: 'open', wantedSkills: [], assigneeMemberId: null, dueOn: null });
    insert.run('members', 'm1', 1, row('m1', { name: 'Anna', active: true, consent: {} }));
    insert.run('projects', 'p-public', 2, project('p-public', true));
    insert.run('projects', 'p-private', 3, project('p-private', false));
    insert.run('tasks', 't-public', 4, task('t-public', 'p-public'));
    insert.run('tasks', 't-private', 5, task('t-private', 'p-private'));
    insert.run('volunteerHours', 'h1', 6, row('h1', { memberId: 'm1', personName: 'Anna', projectId: 'p-public', on: '2026-11-02', hours: 2, note: 'Plakater' }));
    db.prepare("UPDATE counters SET value = 6 WHERE name = 'seq'").run();

    migrate(db, 10);
    expect(schemaVersionOf(db)).toBe(10);
    const store = createSqliteHubStore(db);
    expect(db.prepare<[], { id: string; seq: number; parent_id: string | null }>('SELECT id, seq, parent_id FROM records ORDER BY seq').all()).toEqual([
      { id: 'm1', seq: 1, parent_id: null },
      { id: 'p-public', seq: 8, parent_id: null },
      { id: 'p-private', seq: 9, parent_id: null },
      { id: 't-public', seq: 10, parent_id: 'p-public' },
      { id: 't-private', seq: 11, parent_id: 'p-private' },
      { id: 'h1', seq: 12, parent_id: 'p-public' },
    ]);
    expect(store.latestSeq()).toBe(12);
    expect(store.nextSeq()).toBe(13);

    // A wall that had pulled everything before the upgrade pulls the project tables again: the
    // public project, its open task and its hours (rows written before approvals count), nothing of the other.
    const again = pullChanges(store, 6, 100, { role: 'wall', roomId: null }).records;
    const shown = again.filter((record) => !record.row.deleted).map((record) => record.row.id);
    expect(shown).toEqual(['p-public', 't-public', 'h1']);
    // The other project and its task travel as bare tombstones (an id, no field), as every row a role may not see.
    expect(again.filter((record) => record.row.deleted).map((record) => Object.keys(record.row).sort())).toEqual([['deleted', 'deviceId', 'hlc', 'id'], ['deleted', 'deviceId', 'hlc', 'id']]);
    expect(JSON.stringify(again)).not.toMatch(/Projekt p-private|Ring til Jens|Anna|Plakater/);
    db.close();
  });

  it('sends kiosks the skill vocabulary they pulled as tombstones before (migration 11)', () => {
    const db = new Database(':memory:');
    migrate(db, 10);
    const stamp = formatHlc({ wallMs: Date.UTC(2026, 10, 1), counter: 0, node: 'host' });
    const skill = JSON.stringify({ id: 'carpentry', hlc: { '*': stamp }, deviceId: 'host', deleted: false, labels: { da: 'Tømrer', de: 'Zimmerei', en: 'Carpentry' }, synonyms: [] });
    db.prepare('INSERT INTO records (table_name, id, seq, deleted, resource_id, row_json) VALUES (?, ?, ?, 0, NULL, ?)').run('skills', 'carpentry', 1, skill);
    db.prepare("UPDATE counters SET value = 1 WHERE name = 'seq'").run();
    // A kiosk had pulled it (as a tombstone then) up to seq 1: after the upgrade it comes again, whole.
    migrate(db);
    const store = createSqliteHubStore(db);
    const again = pullChanges(store, 1, 100, { role: 'kiosk', roomId: null }).records;
    expect(again.map((record) => [record.row.id, record.row.deleted, record.row.labels])).toEqual([['carpentry', false, { da: 'Tømrer', de: 'Zimmerei', en: 'Carpentry' }]]);
    db.close();
  });

  it('runs on a new store', () => {
    const db = new Database(':memory:');
    migrate(db);
    expect(createSqliteHubStore(db).latestSeq()).toBe(0);
    db.close();
  });
});
