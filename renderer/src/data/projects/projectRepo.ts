import { editsOf } from '@core/projects/edits';
import { mergeWrites, type MergeProblem } from '@core/projects/merge';
import { membershipId } from '@core/projects/membership';
import { stageChangeFields, stageChangeProblem, type StageChange, type StageChangeProblem } from '@core/projects/stages';
import { projectViewOf, type ProjectFields } from '@core/schemas';
import type { DataContext } from '../dataContext';
import { createRecord, createRecords, inOneTransaction, putRecordAt, updateRecord } from '../recordWriter';

/**
 * Projects on the pinboard: pinning, editing (with the edit history), stage changes and
 * merging a duplicate. Whoever acts is a member (`by`), or a host desk acting as the hub (null).
 */

/** What a pin or an edit sets; the stage, merge and creation time have their own ways. */
export type ProjectDraft = Omit<ProjectFields, 'status' | 'createdAt' | 'continuedIn' | 'closedReason' | 'counterTo'>;

export type ProjectSaved = { kind: 'saved'; id: string };
export type ProjectGone = { kind: 'gone' };

const isLive = <T extends { deleted: boolean }>(row: T | undefined): row is T => row !== undefined && !row.deleted;

/**
 * Pins a new idea (stage `idea`); its owner, when a member, leads it from the start. Also the
 * way a counter-proposal becomes its own card (`counterTo`).
 */
export async function pinProject(context: DataContext, draft: ProjectDraft, counterTo: string | null = null): Promise<ProjectSaved> {
  return inOneTransaction(context, ['projects', 'projectMemberships'], async () => {
    const at = context.now().toISOString();
    const project = await createRecord(context, 'projects', { ...draft, status: 'idea', createdAt: at, continuedIn: null, closedReason: null, counterTo });
    if (draft.ownerMemberId !== null) {
      const person = { memberId: draft.ownerMemberId, citizenId: null };
      await putRecordAt(context, 'projectMemberships', membershipId(project.id, person), { projectId: project.id, ...person, role: 'lead', joinedAt: at });
    }
    return { kind: 'saved', id: project.id };
  });
}

/** Saves an edit, with a line of history for each tracked field it changes (who changed the pitch, and when). */
export async function editProject(context: DataContext, id: string, draft: Partial<ProjectDraft>, by: string | null): Promise<ProjectSaved | ProjectGone> {
  return inOneTransaction(context, ['projects', 'projectEdits'], async () => {
    const current = await context.db.projects.get(id);
    if (!isLive(current)) return { kind: 'gone' };
    const edits = editsOf(id, projectViewOf(current), draft, by, context.now().toISOString());
    await updateRecord(context, 'projects', id, draft);
    if (edits.length > 0) await createRecords(context, 'projectEdits', edits);
    return { kind: 'saved', id };
  });
}

export type StageOutcome = ProjectSaved | ProjectGone | { kind: 'refused'; problem: StageChangeProblem };

/** Moves a project to another stage by the stage rules (core/projects/stages.ts); closing without carrying out needs a reason. */
export async function changeStage(context: DataContext, id: string, change: StageChange, by: string | null): Promise<StageOutcome> {
  return inOneTransaction(context, ['projects', 'projectEdits'], async () => {
    const current = await context.db.projects.get(id);
    if (!isLive(current)) return { kind: 'gone' };
    const problem = stageChangeProblem(projectViewOf(current), change);
    if (problem) return { kind: 'refused', problem };
    const fields = stageChangeFields(change);
    await updateRecord(context, 'projects', id, fields);
    await createRecords(context, 'projectEdits', editsOf(id, current, { status: fields.status }, by, context.now().toISOString()));
    return { kind: 'saved', id };
  });
}

export type MergeOutcome = ProjectSaved | ProjectGone | { kind: 'refused'; problem: MergeProblem };

/** Merges a duplicate idea into the project it continues in: its people and unfinished tasks move over (core/projects/merge.ts). */
export async function mergeProject(context: DataContext, fromId: string, intoId: string, by: string | null): Promise<MergeOutcome> {
  return inOneTransaction(context, ['projects', 'projectMemberships', 'tasks', 'projectEdits'], async () => {
    const [from, into] = await context.db.projects.bulkGet([fromId, intoId]);
    if (!isLive(from) || !isLive(into)) return { kind: 'gone' };
    const memberships = await context.db.projectMemberships.where('projectId').anyOf([fromId, intoId]).toArray();
    const tasks = await context.db.tasks.where('projectId').equals(fromId).toArray();
    const at = context.now().toISOString();
    const writes = mergeWrites({ from, into, memberships, tasks, at });
    if (typeof writes === 'string') return { kind: 'refused', problem: writes };
    for (const write of writes) {
      if (write.table === 'projectMemberships' && 'projectId' in write.fields) {
        const { deleted: _revived, ...fields } = write.fields;
        await putRecordAt(context, 'projectMemberships', write.id, { projectId: intoId, memberId: null, role: 'helper', joinedAt: at, ...fields });
      } else await updateRecord(context, write.table, write.id, write.fields);
    }
    await createRecords(context, 'projectEdits', editsOf(fromId, from, { status: 'done' }, by, at));
    return { kind: 'saved', id: intoId };
  });
}
