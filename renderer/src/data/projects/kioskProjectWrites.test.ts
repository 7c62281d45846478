import { afterEach, describe, expect, it } from 'vitest';
import { kioskProjectRefusal } from '@core/projects/kioskWrites';
import { membershipId } from '@core/projects/membership';
import type { SyncedRow } from '@core/sync/merge';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { setGroupRole } from './groupRepo';
import { logHours } from './hoursRepo';
import { pinProject } from './projectRepo';
import { addTask, handBackTask, takeTask } from './taskRepo';
import { projectDraft } from './testProjects';

let context: DataContext;
afterEach(() => { context.db.close(); });

const NOW = new Date('2026-12-04T10:00:00Z');
const ME = { memberId: 'member-dan', citizenId: null };

/**
 * What a kiosk writes for the member who checked in must pass the hub's kiosk check: each
 * outbox entry, checked against the rows as they stood before it, is not refused.
 */
async function refusalsOfWritesIn(work: () => Promise<unknown>): Promise<unknown[]> {
  const before = await context.db.outbox.count();
  const snapshot = new Map<string, SyncedRow>();
  for (const table of ['projects', 'projectMemberships', 'tasks', 'volunteerHours'] as const) {
    for (const row of await context.db.table<SyncedRow, string>(table).toArray()) snapshot.set(`${table}/${row.id}`, row);
  }
  await work();
  const entries = (await context.db.outbox.toArray()).slice(before);
  expect(entries.length).toBeGreaterThan(0);
  return entries.map((entry) => kioskProjectRefusal(
    { table: entry.table, recordId: entry.recordId, fields: entry.fields, hlc: entry.hlc, deviceId: entry.deviceId },
    snapshot.get(`${entry.table}/${entry.recordId}`),
    { now: NOW, timeZone: 'Europe/Copenhagen', projectOf: (id) => snapshot.get(`projects/${id}`) ?? null },
  ));
}

describe('what the kiosk writes of projects passes the hub', () => {
  it('joining, following, leaving and joining again', async () => {
    context = await openTestContext({ now: () => NOW });
    const { id } = await pinProject(context, projectDraft('Repair café'));
    for (const role of ['helper', 'follower', null, 'helper'] as const) {
      expect(await refusalsOfWritesIn(() => setGroupRole(context, id, ME, role))).toEqual([null]);
    }
    expect((await context.db.projectMemberships.get(membershipId(id, ME)))?.role).toBe('helper');
  });

  it('taking a task and handing it back', async () => {
    context = await openTestContext({ now: () => NOW });
    const { id } = await pinProject(context, projectDraft('Repair café'));
    const task = (await addTask(context, id, { title: 'Bring tools', details: '', wantedSkills: [], dueOn: null, estimatedHours: 2 })) as { id: string };
    expect(await refusalsOfWritesIn(() => takeTask(context, task.id, ME))).toEqual([null]);
    expect(await takeTask(context, task.id, { memberId: 'member-eve', citizenId: null })).toEqual({ kind: 'alreadyTaken' });
    expect(await refusalsOfWritesIn(() => handBackTask(context, task.id))).toEqual([null]);
    expect(await context.db.tasks.get(task.id)).toMatchObject({ status: 'open', assigneeMemberId: null });
  });

  it('logging pending hours, and only those', async () => {
    context = await openTestContext({ now: () => NOW });
    const { id } = await pinProject(context, projectDraft('Repair café'));
    const entry = { projectId: id, taskId: null, on: '2026-12-03', hours: 2.5, note: '' };
    expect(await refusalsOfWritesIn(() => logHours(context, [{ ...ME, name: 'Dan' }], entry))).toEqual([null]);
    const [approved] = await refusalsOfWritesIn(() => logHours(context, [{ ...ME, name: 'Dan' }], entry, null));
    expect(approved).not.toBeNull();
  });
});
