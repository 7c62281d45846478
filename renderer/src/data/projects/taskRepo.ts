import type { Person } from '@core/projects/membership';
import { withoutSyncFields, type TaskFields } from '@core/schemas';
import type { DataContext } from '../dataContext';
import { createRecord, deleteRecord, inOneTransaction, putRecordAt, updateRecord } from '../recordWriter';

/**
 * Tasks of a project: added by its owner or a host, taken ("I'll take it") by a member or a
 * registered citizen, handed back ("I can't make it"), done, or reassigned by the owner.
 */

export type TaskDraft = Pick<TaskFields, 'title' | 'details' | 'wantedSkills' | 'dueOn' | 'estimatedHours'>;
export type TaskOutcome = { kind: 'saved'; id: string } | { kind: 'gone' } | { kind: 'alreadyTaken' };

async function liveTask(context: DataContext, id: string) {
  const task = await context.db.tasks.get(id);
  return task && !task.deleted ? task : null;
}

export async function addTask(context: DataContext, projectId: string, draft: TaskDraft): Promise<TaskOutcome> {
  return inOneTransaction(context, ['projects', 'tasks'], async () => {
    const project = await context.db.projects.get(projectId);
    if (!project || project.deleted) return { kind: 'gone' };
    const task = await createRecord(context, 'tasks', { ...draft, projectId, status: 'open', assigneeMemberId: null, assigneeCitizenId: null });
    return { kind: 'saved', id: task.id };
  });
}

export async function editTask(context: DataContext, id: string, draft: TaskDraft): Promise<TaskOutcome> {
  return inOneTransaction(context, ['tasks'], async () => {
    if (!(await liveTask(context, id))) return { kind: 'gone' };
    await updateRecord(context, 'tasks', id, draft);
    return { kind: 'saved', id };
  });
}

/** The fields that put a person on a task; only what changes is written (a kiosk may write just these). */
function assigneeFields(person: Person | null, current: Pick<TaskFields, 'assigneeCitizenId'>): Partial<TaskFields> {
  const citizenWasSet = (current.assigneeCitizenId ?? null) !== null;
  if (person === null) return { assigneeMemberId: null, ...(citizenWasSet ? { assigneeCitizenId: null } : {}) };
  if (person.memberId !== null) return { assigneeMemberId: person.memberId, ...(citizenWasSet ? { assigneeCitizenId: null } : {}) };
  return { assigneeMemberId: null, assigneeCitizenId: person.citizenId };
}

/** "I'll take it": only an open task; one someone took meanwhile is theirs. */
export async function takeTask(context: DataContext, id: string, person: Person): Promise<TaskOutcome> {
  return inOneTransaction(context, ['tasks'], async () => {
    const task = await liveTask(context, id);
    if (!task) return { kind: 'gone' };
    if (task.status !== 'open') return { kind: 'alreadyTaken' };
    await updateRecord(context, 'tasks', id, { status: 'taken', ...assigneeFields(person, task) });
    return { kind: 'saved', id };
  });
}

/** The owner or a host gives a task to someone else, or back to nobody (`null`: open again). */
export async function assignTask(context: DataContext, id: string, person: Person | null): Promise<TaskOutcome> {
  return inOneTransaction(context, ['tasks'], async () => {
    const task = await liveTask(context, id);
    if (!task) return { kind: 'gone' };
    await updateRecord(context, 'tasks', id, { status: person === null ? 'open' : 'taken', ...assigneeFields(person, task) });
    return { kind: 'saved', id };
  });
}

/** "I can't make it": the task is open again, with nobody on it. */
export async function handBackTask(context: DataContext, id: string): Promise<TaskOutcome> {
  return assignTask(context, id, null);
}

export async function setTaskDone(context: DataContext, id: string, done: boolean): Promise<TaskOutcome> {
  return inOneTransaction(context, ['tasks'], async () => {
    const task = await liveTask(context, id);
    if (!task) return { kind: 'gone' };
    const reopened = (task.assigneeMemberId ?? task.assigneeCitizenId ?? null) === null ? 'open' : 'taken';
    await updateRecord(context, 'tasks', id, { status: done ? 'done' : reopened });
    return { kind: 'saved', id };
  });
}

export async function removeTask(context: DataContext, id: string): Promise<void> {
  await deleteRecord(context, 'tasks', id);
}

/** Undoes a removal: the task comes back as it was (its tombstone keeps its fields), unless its project is gone. */
export async function restoreTask(context: DataContext, id: string): Promise<TaskOutcome> {
  return inOneTransaction(context, ['projects', 'tasks'], async () => {
    const task = await context.db.tasks.get(id);
    const project = task ? await context.db.projects.get(task.projectId) : undefined;
    if (!task || !project || project.deleted) return { kind: 'gone' };
    if (!task.deleted) return { kind: 'saved', id };
    await putRecordAt(context, 'tasks', id, withoutSyncFields(task));
    return { kind: 'saved', id };
  });
}
