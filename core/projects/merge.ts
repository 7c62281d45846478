import type { ProjectFields, ProjectMembershipFields, TaskFields } from '../schemas/project';
import { membershipId, personKey, personOf, strongerRole } from './membership';

/**
 * Merging a duplicate idea into another ("continued in ..."): the idea is closed as merged and
 * points to the project it continues in; everyone in it or following it is in or follows that
 * project (with the stronger role if they were in both); its unfinished tasks move over. Its
 * comments, done tasks and hours stay with it as its history. Nothing is lost: the merged
 * idea's own memberships stay too. A host only (docs/sync-protocol.md, Push 6).
 */

type Row<T> = T & { id: string; deleted?: boolean };

export interface MergeInput {
  from: Row<Pick<ProjectFields, 'status' | 'continuedIn'>>;
  into: Row<Pick<ProjectFields, 'status' | 'continuedIn'>>;
  /** Memberships of both projects (others are ignored). */
  memberships: readonly Row<ProjectMembershipFields>[];
  /** Tasks of the merged idea (others are ignored). */
  tasks: readonly Row<Pick<TaskFields, 'projectId' | 'status'>>[];
  /** When the people joined the project they continue in. */
  at: string;
}

export type MergeWrite =
  | { table: 'projects'; id: string; fields: Pick<ProjectFields, 'status' | 'continuedIn'> }
  | { table: 'projectMemberships'; id: string; fields: Partial<ProjectMembershipFields> & { deleted?: false } }
  | { table: 'tasks'; id: string; fields: Pick<TaskFields, 'projectId'> };

export type MergeProblem = 'sameProject' | 'alreadyMerged' | 'targetMerged' | 'targetDone';

export function mergeProblem(input: Pick<MergeInput, 'from' | 'into'>): MergeProblem | null {
  const { from, into } = input;
  if (from.id === into.id) return 'sameProject';
  if ((from.continuedIn ?? null) !== null) return 'alreadyMerged';
  if ((into.continuedIn ?? null) !== null) return 'targetMerged';
  if (into.status === 'done') return 'targetDone';
  return null;
}

/** The writes of a merge, or the problem; applying them twice changes nothing more. */
export function mergeWrites(input: MergeInput): MergeWrite[] | MergeProblem {
  const problem = mergeProblem(input);
  if (problem) return problem;
  const { from, into, at } = input;
  const liveOf = (projectId: string) => input.memberships.filter((row) => row.projectId === projectId && row.deleted !== true);
  const target = new Map(liveOf(into.id).map((row) => [personKey(personOf(row)), row]));
  const writes: MergeWrite[] = [{ table: 'projects', id: from.id, fields: { status: 'done', continuedIn: into.id } }];
  for (const row of liveOf(from.id)) {
    const person = personOf(row);
    const there = target.get(personKey(person));
    // The merged idea's lead leads only what they started: in the other project they are in.
    const role = row.role === 'lead' ? 'helper' : row.role;
    if (there) {
      const stronger = strongerRole(there.role, role);
      if (stronger !== there.role) writes.push({ table: 'projectMemberships', id: there.id, fields: { role: stronger } });
      continue;
    }
    writes.push({
      table: 'projectMemberships',
      id: membershipId(into.id, person),
      fields: { projectId: into.id, memberId: person.memberId, citizenId: person.citizenId, role, joinedAt: at, deleted: false },
    });
  }
  for (const task of input.tasks) {
    if (task.deleted === true || task.projectId !== from.id || task.status === 'done') continue;
    writes.push({ table: 'tasks', id: task.id, fields: { projectId: into.id } });
  }
  return writes;
}

/**
 * Where a merged idea went in the end, following "continued in" links (a merged idea merged
 * on); null when a link leads nowhere known or round in a circle.
 */
export function continuedInEnd(projectId: string, projects: ReadonlyMap<string, Pick<ProjectFields, 'continuedIn'>>): string | null {
  const seen = new Set<string>();
  let current = projectId;
  for (;;) {
    if (seen.has(current)) return null;
    seen.add(current);
    const project = projects.get(current);
    if (!project) return null;
    const next = project.continuedIn ?? null;
    if (next === null) return current;
    current = next;
  }
}
