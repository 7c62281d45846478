import { afterEach, describe, expect, it } from 'vitest';
import { membershipId } from '@core/projects/membership';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { setGroupRole } from './groupRepo';
import { changeStage, editProject, mergeProject, pinProject } from './projectRepo';
import { projectDraft as draft } from './testProjects';
import { addTask, setTaskDone } from './taskRepo';

let context: DataContext;
afterEach(() => { context.db.close(); });

const NOW = new Date('2026-12-04T10:00:00Z');

async function pinned(title: string, owner: string | null = 'member-ann'): Promise<string> {
  return (await pinProject(context, draft(title, owner))).id;
}

describe('projects on the pinboard', () => {
  it('pins an idea whose owner leads it, and queues both for the hub', async () => {
    context = await openTestContext({ now: () => NOW });
    const id = await pinned('Repair café');
    expect(await context.db.projects.get(id)).toMatchObject({ title: 'Repair café', status: 'idea', continuedIn: null, createdAt: NOW.toISOString() });
    const lead = await context.db.projectMemberships.get(membershipId(id, { memberId: 'member-ann', citizenId: null }));
    expect(lead).toMatchObject({ role: 'lead', projectId: id, deleted: false });
    expect((await context.db.outbox.toArray()).map((entry) => entry.table)).toEqual(['projects', 'projectMemberships']);
  });

  it('a host pins for a citizen without making anyone lead', async () => {
    context = await openTestContext({ now: () => NOW });
    const id = await pinned('Village bench', null);
    expect(await context.db.projectMemberships.where('projectId').equals(id).count()).toBe(0);
  });

  it('keeps who changed the pitch and when, and nothing for fields it does not track', async () => {
    context = await openTestContext({ now: () => NOW });
    const id = await pinned('Repair café');
    await editProject(context, id, { pitch: 'Fix it together', place: 'Harboøre' }, 'member-bo');
    await editProject(context, id, { pitch: 'Fix it together' }, 'member-bo');
    expect((await context.db.projectEdits.toArray()).map(({ field, byMemberId, projectId }) => ({ field, byMemberId, projectId }))).toEqual([
      { field: 'pitch', byMemberId: 'member-bo', projectId: id },
    ]);
    expect(await editProject(context, 'nope', { pitch: 'x' }, null)).toEqual({ kind: 'gone' });
  });

  it('moves by the stage rules: closing an idea needs a reason, which the card then keeps', async () => {
    context = await openTestContext({ now: () => NOW });
    const id = await pinned('Repair café');
    expect(await changeStage(context, id, { to: 'done' }, null)).toEqual({ kind: 'refused', problem: 'reasonRequired' });
    expect((await context.db.projects.get(id))?.status).toBe('idea');
    expect(await changeStage(context, id, { to: 'done', closedReason: ' The library does it already ' }, null)).toEqual({ kind: 'saved', id });
    expect(await context.db.projects.get(id)).toMatchObject({ status: 'done', closedReason: 'The library does it already' });
    await changeStage(context, id, { to: 'running' }, 'member-ann');
    expect(await context.db.projects.get(id)).toMatchObject({ status: 'running', closedReason: null });
    expect((await context.db.projectEdits.toArray()).map((edit) => edit.field)).toEqual(['status', 'status']);
  });

  it('merges a duplicate: its people and unfinished tasks continue in the other, its done tasks stay', async () => {
    context = await openTestContext({ now: () => NOW });
    const [from, into] = [await pinned('Repair cafe'), await pinned('Repair café', 'member-bo')];
    await setGroupRole(context, from, { memberId: 'member-cy', citizenId: null }, 'helper');
    const open = (await addTask(context, from, { title: 'Find tools', details: '', wantedSkills: [], dueOn: null, estimatedHours: 2 })) as { id: string };
    const done = (await addTask(context, from, { title: 'Ask the mayor', details: '', wantedSkills: [], dueOn: null, estimatedHours: null })) as { id: string };
    await setTaskDone(context, done.id, true);

    expect(await mergeProject(context, from, into, null)).toEqual({ kind: 'saved', id: into });
    expect(await context.db.projects.get(from)).toMatchObject({ status: 'done', continuedIn: into });
    const roles = (await context.db.projectMemberships.where('projectId').equals(into).toArray()).map((row) => [row.memberId, row.role]).sort();
    expect(roles).toEqual([['member-ann', 'helper'], ['member-bo', 'lead'], ['member-cy', 'helper']]);
    expect((await context.db.tasks.get(open.id))?.projectId).toBe(into);
    expect((await context.db.tasks.get(done.id))?.projectId).toBe(from);
    expect(await mergeProject(context, from, into, null)).toEqual({ kind: 'refused', problem: 'alreadyMerged' });
  });
});
