import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProjectMembershipFields, TaskFields } from '../schemas/project';
import { projectMembershipFieldsSchema } from '../schemas/project';
import { membershipId, personKey, personOf, type Person } from './membership';
import { continuedInEnd, mergeWrites, type MergeInput, type MergeWrite } from './merge';

type Membership = ProjectMembershipFields & { id: string; deleted?: boolean };
type Task = Pick<TaskFields, 'projectId' | 'status'> & { id: string; deleted?: boolean };

const at = '2026-12-04T10:00:00.000Z';
const from = { id: 'p1', status: 'idea' as const, continuedIn: null };
const into = { id: 'p2', status: 'gathering' as const, continuedIn: null };
const membership = (projectId: string, person: Person, role: Membership['role'], deleted = false): Membership => ({
  id: membershipId(projectId, person), projectId, memberId: person.memberId, citizenId: person.citizenId, role, joinedAt: '2026-11-01T10:00:00.000Z', deleted,
});
const m = (id: string): Person => ({ memberId: id, citizenId: null });
const c = (id: string): Person => ({ memberId: null, citizenId: id });

/** The rows after the writes, as a store that merges fields would hold them. */
function apply(input: MergeInput, writes: MergeWrite[]): { memberships: Membership[]; tasks: Task[] } {
  const memberships = new Map(input.memberships.map((row) => [row.id, { ...row }]));
  const tasks = new Map(input.tasks.map((row) => [row.id, { ...row }]));
  for (const write of writes) {
    if (write.table === 'projectMemberships') memberships.set(write.id, { ...(memberships.get(write.id) ?? ({} as Membership)), ...write.fields, id: write.id });
    if (write.table === 'tasks') tasks.set(write.id, { ...(tasks.get(write.id) as Task), ...write.fields });
  }
  return { memberships: [...memberships.values()], tasks: [...tasks.values()] };
}

describe('merging an idea into another', () => {
  it('closes it as continued in the other, moves its people with the stronger role and its unfinished tasks, keeps its history', () => {
    const input: MergeInput = {
      from, into, at,
      memberships: [membership('p1', m('a'), 'lead'), membership('p1', m('b'), 'follower'), membership('p1', c('z'), 'helper'), membership('p1', m('d'), 'helper', true), membership('p2', m('b'), 'helper'), membership('p2', m('e'), 'follower')],
      tasks: [{ id: 't1', projectId: 'p1', status: 'open' }, { id: 't2', projectId: 'p1', status: 'taken' }, { id: 't3', projectId: 'p1', status: 'done' }, { id: 't4', projectId: 'p2', status: 'open' }],
    };
    const writes = mergeWrites(input);
    expect(writes).toEqual([
      { table: 'projects', id: 'p1', fields: { status: 'done', continuedIn: 'p2' } },
      { table: 'projectMemberships', id: membershipId('p2', m('a')), fields: { projectId: 'p2', memberId: 'a', citizenId: null, role: 'helper', joinedAt: at, deleted: false } },
      { table: 'projectMemberships', id: membershipId('p2', c('z')), fields: { projectId: 'p2', memberId: null, citizenId: 'z', role: 'helper', joinedAt: at, deleted: false } },
      { table: 'tasks', id: 't1', fields: { projectId: 'p2' } },
      { table: 'tasks', id: 't2', fields: { projectId: 'p2' } },
    ]);
    for (const write of writes as MergeWrite[]) {
      if (write.table !== 'projectMemberships' || !('projectId' in write.fields)) continue;
      const { deleted: _deleted, ...fields } = write.fields;
      expect(projectMembershipFieldsSchema.safeParse(fields).success).toBe(true);
    }
  });

  it('refuses a merge into itself, of a merged idea, or into a merged or done project', () => {
    const input = { memberships: [], tasks: [], at };
    expect(mergeWrites({ ...input, from, into: from })).toBe('sameProject');
    expect(mergeWrites({ ...input, from: { ...from, continuedIn: 'p9' }, into })).toBe('alreadyMerged');
    expect(mergeWrites({ ...input, from, into: { ...into, continuedIn: 'p9' } })).toBe('targetMerged');
    expect(mergeWrites({ ...input, from, into: { ...into, status: 'done' } })).toBe('targetDone');
  });

  it('loses nobody and no unfinished task, never weakens a role, and changes nothing more when applied again (property)', () => {
    const person = fc.oneof(fc.constantFrom('a', 'b', 'c', 'd').map(m), fc.constantFrom('x', 'y').map(c));
    const role = fc.constantFrom('lead' as const, 'helper' as const, 'follower' as const);
    const row = fc.record({ projectId: fc.constantFrom('p1', 'p2'), person, role, deleted: fc.boolean() });
    const task = fc.record({ id: fc.constantFrom('t1', 't2', 't3', 't4'), projectId: fc.constantFrom('p1', 'p2', 'p3'), status: fc.constantFrom('open' as const, 'taken' as const, 'done' as const), deleted: fc.boolean() });
    fc.assert(fc.property(fc.array(row, { maxLength: 12 }), fc.uniqueArray(task, { selector: (one) => one.id }), (rows, tasks) => {
      const unique = new Map(rows.map((one) => { const made = membership(one.projectId, one.person, one.role, one.deleted); return [made.id, made]; }));
      const input: MergeInput = { from, into, at, memberships: [...unique.values()], tasks };
      const writes = mergeWrites(input);
      if (typeof writes === 'string') throw new Error(writes);
      const after = apply(input, writes);
      const rank = { follower: 0, helper: 1, lead: 2 };
      const liveIn = (rowsOf: readonly Membership[], projectId: string) => new Map(rowsOf.filter((one) => one.projectId === projectId && one.deleted !== true).map((one) => [personKey(personOf(one)), one]));
      const target = liveIn(after.memberships, 'p2');
      for (const [key, before] of liveIn(input.memberships, 'p1')) {
        expect(target.get(key), key).toBeDefined();
        expect(rank[target.get(key)!.role]).toBeGreaterThanOrEqual(Math.min(rank[before.role], rank.helper));
      }
      for (const [key, before] of liveIn(input.memberships, 'p2')) expect(rank[target.get(key)!.role]).toBeGreaterThanOrEqual(rank[before.role]);
      // The merged idea keeps its own people as its history.
      expect(liveIn(after.memberships, 'p1')).toEqual(liveIn(input.memberships, 'p1'));
      for (const one of after.tasks) if (one.deleted !== true && one.status !== 'done') expect(one.projectId).not.toBe('p1');
      expect(after.tasks.filter((one) => one.projectId === 'p1' && one.status === 'done')).toEqual(tasks.filter((one) => one.projectId === 'p1' && one.status === 'done'));
      // Again, with the merged state: nothing new to do for the people (the idea is merged now, so it is refused).
      const again = mergeWrites({ ...input, memberships: after.memberships, tasks: after.tasks });
      if (typeof again === 'string') throw new Error(again);
      expect(again.filter((write) => write.table !== 'projects')).toEqual([]);
    }));
  });

  it('follows "continued in" to where a merged idea went, and stops at a circle or an unknown project', () => {
    const projects = new Map([['p1', { continuedIn: 'p2' }], ['p2', { continuedIn: 'p3' }], ['p3', { continuedIn: null }], ['q1', { continuedIn: 'q2' }], ['q2', { continuedIn: 'q1' }], ['r1', { continuedIn: 'nowhere' }]]);
    expect(continuedInEnd('p1', projects)).toBe('p3');
    expect(continuedInEnd('p3', projects)).toBe('p3');
    expect(continuedInEnd('q1', projects)).toBeNull();
    expect(continuedInEnd('r1', projects)).toBeNull();
  });
});
