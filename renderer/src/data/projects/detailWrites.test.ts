import { afterEach, describe, expect, it } from 'vitest';
import { pledgeLeftByMember } from '@core/projects/pledges';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { addComment, cardMadeOf, counterProposalCard } from './feedbackRepo';
import { logHours } from './hoursRepo';
import { readMonthPledges } from './pinboardQueries';
import { setPledge } from './pledgeRepo';
import { pinProject } from './projectRepo';
import { addTask, removeTask, restoreTask, takeTask } from './taskRepo';
import { projectDraft } from './testProjects';

let context: DataContext;
afterEach(() => { context.db.close(); });

const NOW = new Date('2026-12-04T10:00:00Z');
const open = async () => { context = await openTestContext({ now: () => NOW }); };
const task = { title: 'Bring tools', details: 'Spades and bags', wantedSkills: ['skill-carpentry'], dueOn: '2026-12-12', estimatedHours: 2 };

describe("what a project's detail view writes and reads beyond the pinboard's data layer", () => {
  it('brings a removed task back as it was, taker and all, and says so when its project is gone', async () => {
    await open();
    const { id: projectId } = await pinProject(context, projectDraft('Beach clean-up'));
    const added = await addTask(context, projectId, task);
    const id = added.kind === 'saved' ? added.id : '';
    await takeTask(context, id, { memberId: 'member-bo', citizenId: null });
    await removeTask(context, id);
    expect((await context.db.tasks.get(id))?.deleted).toBe(true);
    expect(await restoreTask(context, id)).toEqual({ kind: 'saved', id });
    expect(await context.db.tasks.get(id)).toMatchObject({ ...task, deleted: false, status: 'taken', assigneeMemberId: 'member-bo' });
    // The revival syncs as a write of its own, newer than the delete.
    expect((await context.db.outbox.toArray()).at(-1)?.fields).toMatchObject({ deleted: false, title: 'Bring tools' });
    expect(await restoreTask(context, 'no-such-task')).toEqual({ kind: 'gone' });
  });

  it('saves a comment the hub itself makes, with neither a member nor a citizen', async () => {
    await open();
    const { id: projectId } = await pinProject(context, projectDraft('Night bus'));
    const saved = await addComment(context, { projectId, kind: 'question', body: 'Who drives?', parentId: null, author: { memberId: null, citizenId: null, name: 'Lemvig Hub' } });
    const comment = saved.kind === 'saved' ? await context.db.comments.get(saved.id) : undefined;
    expect(comment).toMatchObject({ authorMemberId: null, authorCitizenId: null, authorName: 'Lemvig Hub' });
    // Made its own card, it says where it went: the new card's title.
    const card = saved.kind === 'saved' ? await counterProposalCard(context, saved.id) : null;
    expect(card).toMatchObject({ kind: 'saved', title: 'Who drives?' });
    const made = card?.kind === 'saved' ? await context.db.projects.get(card.id) : undefined;
    expect(made?.title).toBe('Who drives?');
    // The comment knows the card it became; another comment does not.
    const cards = made ? [{ ...made, counterTo: made.counterTo ?? null }] : [];
    expect(comment ? cardMadeOf(comment, cards)?.id : null).toBe(made?.id);
    expect(cardMadeOf({ projectId, body: 'Who pays?' }, cards)).toBeUndefined();
  });

  it("reads every pledge and only the month's hours, for what is left of each pledge", async () => {
    await open();
    const { id: projectId } = await pinProject(context, projectDraft('Repair café'));
    await setPledge(context, 'member-ann', { hoursPerMonth: 10, weekShare: null, weekHours: null }, 'Europe/Copenhagen');
    const ann = { memberId: 'member-ann', citizenId: null, name: 'Ann' } as const;
    for (const on of ['2026-11-30', '2026-12-01', '2026-12-31', '2027-01-01']) {
      await logHours(context, [ann], { projectId, taskId: null, on, hours: 3, note: '' });
    }
    const { pledges, hours } = await readMonthPledges(context.db, '2026-12');
    expect(hours.map((row) => row.on).sort()).toEqual(['2026-12-01', '2026-12-31']);
    expect(pledgeLeftByMember(pledges, hours, '2026-12').get('member-ann')).toBe(4);
  });
});
