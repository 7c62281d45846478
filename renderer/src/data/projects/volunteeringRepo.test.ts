import { afterEach, describe, expect, it } from 'vitest';
import { feedbackColumns } from '@core/projects/feedback';
import { memberMonth } from '@core/projects/pledges';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { addCitizen, editCitizen, removeCitizen } from './citizenRepo';
import { addComment, counterProposalCard, setCommentHelpful } from './feedbackRepo';
import { approveHours, logHours } from './hoursRepo';
import { setPledge } from './pledgeRepo';
import { pinProject } from './projectRepo';
import { projectDraft } from './testProjects';

let context: DataContext;
afterEach(() => { context.db.close(); });

let now = new Date('2026-12-04T10:00:00Z');
const open = async () => { context = await openTestContext({ now: () => now }); };
const ann = { memberId: 'member-ann', citizenId: null, name: 'Ann' };

describe('hours, feedback, pledges and citizens', () => {
  it('logs a clean-up day for three people at once and approves them in bulk, once', async () => {
    await open();
    const { id } = await pinProject(context, projectDraft('Beach clean-up'));
    const { id: citizenId } = await addCitizen(context, { name: 'Karen Smed', contact: '+45 20 30 40 50', scopes: ['contact'] });
    const people = [ann, { memberId: 'member-bo', citizenId: null, name: 'Bo' }, { memberId: null, citizenId, name: 'Karen Smed' }, ann];
    const logged = await logHours(context, people, { projectId: id, taskId: null, on: '2026-12-03', hours: 3, note: 'Harbour beach' });
    expect(logged.kind === 'logged' && logged.ids.length).toBe(3);
    const ids = logged.kind === 'logged' ? logged.ids : [];
    expect((await context.db.volunteerHours.bulkGet(ids)).map((row) => row?.approval)).toEqual(['pending', 'pending', 'pending']);
    expect(await approveHours(context, ids, null)).toBe(3);
    expect(await approveHours(context, ids, null)).toBe(0);
    expect((await context.db.volunteerHours.bulkGet(ids)).map((row) => row?.approval)).toEqual(['approved', 'approved', 'approved']);
    expect(await logHours(context, [], { projectId: id, taskId: null, on: '2026-12-03', hours: 1, note: '' })).toEqual({ kind: 'nobody' });
  });

  it('keeps for and against apart with replies, marks helpful, and makes a concern its own card', async () => {
    await open();
    const { id } = await pinProject(context, projectDraft('Night bus'));
    const concern = await addComment(context, { projectId: id, kind: 'concern', body: 'A shared taxi costs less\nand runs on demand', parentId: null, author: { ...ann } });
    const concernId = concern.kind === 'saved' ? concern.id : '';
    now = new Date(now.getTime() + 1000);
    await addComment(context, { projectId: id, kind: 'idea', body: 'Ask the school', parentId: null, author: { memberId: 'member-bo', citizenId: null, name: 'Bo' } });
    now = new Date(now.getTime() + 1000);
    await addComment(context, { projectId: id, kind: 'question', body: 'Which taxi?', parentId: concernId, author: { memberId: 'member-bo', citizenId: null, name: 'Bo' } });
    await setCommentHelpful(context, concernId, true);
    const columns = feedbackColumns(await context.db.comments.toArray());
    expect(columns.against.map((thread) => [thread.comment.body.split('\n')[0], thread.comment.helpful, thread.replies.map((reply) => reply.body)])).toEqual([
      ['A shared taxi costs less', true, ['Which taxi?']],
    ]);
    expect(columns.for.map((thread) => thread.comment.body)).toEqual(['Ask the school']);

    const card = await counterProposalCard(context, concernId);
    const counter = card.kind === 'saved' ? await context.db.projects.get(card.id) : undefined;
    expect(counter).toMatchObject({ title: 'A shared taxi costs less', counterTo: id, status: 'idea', ownerMemberId: 'member-ann' });
  });

  it('a new pledge counts from this month and leaves last month as it was', async () => {
    await open();
    now = new Date('2026-11-10T10:00:00Z');
    await setPledge(context, 'member-ann', { hoursPerMonth: 10, weekShare: null, weekHours: null }, 'Europe/Copenhagen');
    now = new Date('2026-12-04T10:00:00Z');
    await setPledge(context, 'member-ann', { hoursPerMonth: null, weekShare: 0.2, weekHours: 37 }, 'Europe/Copenhagen');
    await setPledge(context, 'member-ann', { hoursPerMonth: 4, weekShare: null, weekHours: null }, 'Europe/Copenhagen');
    const pledges = await context.db.pledges.toArray();
    expect(pledges).toHaveLength(2);
    expect(memberMonth('member-ann', pledges, [], '2026-11').pledged).toBe(10);
    expect(memberMonth('member-ann', pledges, [], '2026-12').pledged).toBe(4);
  });

  it('records a citizen\'s consent anew only when it changes, and erases them on removal', async () => {
    await open();
    const { id } = await addCitizen(context, { name: ' Karen Smed ', contact: 'via the baker', scopes: ['contact'] });
    const first = (await context.db.citizens.get(id))?.consent;
    expect(first).toEqual({ scopes: ['contact'], at: now.toISOString(), textVersion: 1 });
    now = new Date(now.getTime() + 60_000);
    await editCitizen(context, id, { name: 'Karen Smed', contact: '+45 20 30 40 50', scopes: ['contact'] });
    expect((await context.db.citizens.get(id))?.consent).toEqual(first);
    await editCitizen(context, id, { name: 'Karen Smed', contact: '+45 20 30 40 50', scopes: ['contact', 'publicName'] });
    expect((await context.db.citizens.get(id))?.consent.at).toBe(now.toISOString());
    await removeCitizen(context, id);
    const tombstone = await context.db.citizens.get(id);
    expect(tombstone?.deleted).toBe(true);
    expect(JSON.stringify(tombstone)).not.toMatch(/Karen|20 30/);
    const lastEntry = (await context.db.outbox.toArray()).at(-1);
    expect(JSON.stringify(lastEntry?.fields)).not.toMatch(/Karen|20 30/);
  });
});
