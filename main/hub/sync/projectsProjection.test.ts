import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, hlcNodeFromDeviceId } from '@core/hlc';
import { migrate } from './migrations';
import { createSqliteHubStore } from './sqliteHubStore';
import { applyPush, HUB_NODE, pullChanges, type Mutation } from './syncEngine';

/**
 * Public projects on the hub's store (core/sync/roleProjection.ts): the wall gets a public
 * project and what follows it, and loses all of it, as bare tombstones, once a host makes the
 * project members-only.
 */
describe('a project on the wall', () => {
  it('reaches the wall with its open tasks, counted people and approved hours, and is withdrawn with them when it becomes members-only', () => {
    const db = new Database(':memory:');
    migrate(db);
    const store = createSqliteHubStore(db);
    const now = new Date();
    const clock = new HybridClock(HUB_NODE, () => now.getTime());
    const host = { id: 'hostA', role: 'host' as const, roomId: null };
    const wall = { role: 'wall' as const, roomId: null };
    let mutation = 0;
    const push = (table: string, recordId: string, fields: Record<string, unknown>) => {
      mutation += 1;
      const entry: Mutation = { mutation, change: { table, recordId, fields, hlc: formatHlc({ wallMs: now.getTime(), counter: mutation, node: hlcNodeFromDeviceId(host.id) }), deviceId: host.id } } as Mutation;
      const [result] = applyPush(store, host, [entry], clock, now);
      expect(result?.status, `${table} ${recordId}`).toBe('applied');
    };
    push('projects', 'p1', {
      title: 'Strandrensning i Nakskov', summary: 'En lørdag', status: 'gathering', ownerMemberId: null, wantedSkills: [], public: true, startsOn: null,
      createdAt: '2026-11-01T10:00:00.000Z', pitch: 'Saml affald', ownerCitizenId: 'c1',
    });
    push('tasks', 't1', { projectId: 'p1', title: 'Find en trailer', details: 'Ring til Jens', status: 'open', wantedSkills: [], assigneeMemberId: null, dueOn: null });
    push('projectMemberships', 'pm1', { projectId: 'p1', memberId: null, citizenId: 'c1', role: 'follower', joinedAt: '2026-11-02T10:00:00.000Z' });
    push('volunteerHours', 'h1', { memberId: null, citizenId: 'c1', personName: 'Birthe fra Bandholm', projectId: 'p1', on: '2026-11-02', hours: 3, note: 'Plakater', approval: 'approved' });
    push('volunteerHours', 'h2', { memberId: null, personName: 'Birthe fra Bandholm', projectId: 'p1', on: '2026-11-03', hours: 2, note: '', approval: 'pending' });

    const first = pullChanges(store, 0, 100, wall).records;
    expect(first.filter((record) => !record.row.deleted).map((record) => record.row.id)).toEqual(['p1', 't1', 'pm1', 'h1']);
    expect(JSON.stringify(first)).not.toMatch(/Ring til Jens|Birthe|Plakater|c1/);

    const seen = store.latestSeq();
    push('projects', 'p1', { public: false });
    const after = pullChanges(store, seen, 100, wall).records;
    expect(after.map((record) => [record.table, record.row.id, record.row.deleted])).toEqual(
      expect.arrayContaining([['projects', 'p1', true], ['tasks', 't1', true], ['projectMemberships', 'pm1', true], ['volunteerHours', 'h1', true], ['volunteerHours', 'h2', true]]),
    );
    for (const { row } of after) expect(Object.keys(row).sort()).toEqual(['deleted', 'deviceId', 'hlc', 'id']);
    // The host keeps everything.
    expect(pullChanges(store, 0, 100, { role: 'host', roomId: null }).records.find((record) => record.row.id === 't1')?.row).toMatchObject({ details: 'Ring til Jens' });
    db.close();
  });
});
