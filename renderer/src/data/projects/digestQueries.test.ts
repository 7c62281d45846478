import { afterEach, describe, expect, it } from 'vitest';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { readDigestCounts } from './digestQueries';
import { addComment } from './feedbackRepo';
import { setGroupRole } from './groupRepo';
import { logHours } from './hoursRepo';
import { pinProject } from './projectRepo';
import { projectDraft } from './testProjects';

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('what the daily digest counts', () => {
  it('counts what is new since the last digest, and what waits now whenever it came', async () => {
    let now = new Date('2026-12-03T10:00:00Z');
    context = await openTestContext({ now: () => now });
    const { id: old } = await pinProject(context, projectDraft('Old idea'));
    await logHours(context, [{ memberId: 'member-bo', citizenId: null, name: 'Bo' }], { projectId: old, taskId: null, on: '2026-12-03', hours: 2, note: '' });
    const since = '2026-12-03T12:00:00.000Z';
    now = new Date('2026-12-04T08:30:00Z');
    const { id } = await pinProject(context, projectDraft('New idea', null));
    await setGroupRole(context, id, { memberId: 'member-cy', citizenId: null }, 'helper');
    await setGroupRole(context, id, { memberId: 'member-dan', citizenId: null }, 'follower');
    await addComment(context, { projectId: old, kind: 'question', body: 'When?', parentId: null, author: { memberId: 'member-cy', citizenId: null, name: 'Cy' } });
    expect(await readDigestCounts(context.db, since)).toEqual({ newProjects: 1, comments: 1, joined: 1, pendingHours: 1, pendingOffers: 0 });
  });
});
