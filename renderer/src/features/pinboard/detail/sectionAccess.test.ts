import { describe, expect, it } from 'vitest';
import type { HoursRow, ProjectRow, TaskRow } from '../../../data/projects/pinboardQueries';
import { hoursShownTo, mayApproveHours, mayFindHelpers, mayHandBack, mayLogHours, mayManageTasks, mayMarkHelpful, mayTakeTask, mayWriteFeedback } from './sectionAccess';

const host = { kind: 'host', memberId: null } as const;
const owner = { kind: 'member', memberId: 'member-ann', name: 'Ann' } as const;
const dan = { kind: 'member', memberId: 'member-dan', name: 'Dan' } as const;
const project = { id: 'p', ownerMemberId: 'member-ann', public: true, status: 'running', continuedIn: null } as ProjectRow;
const task = (fields: Partial<TaskRow>) => ({ id: 't', status: 'open', assigneeMemberId: null, ...fields }) as TaskRow;
const hours = (memberId: string | null) => ({ id: `h-${String(memberId)}`, memberId }) as HoursRow;

describe('who may do what in a project\'s detail view', () => {
  it('a host desk writes feedback and manages; at the kiosk even the owner only reads comments and tasks', () => {
    expect([mayWriteFeedback(host), mayMarkHelpful(host, project), mayManageTasks(host, project)]).toEqual([true, true, true]);
    expect([mayWriteFeedback(owner), mayMarkHelpful(owner, project), mayManageTasks(owner, project)]).toEqual([false, false, false]);
    expect([mayApproveHours(host), mayApproveHours(owner), mayFindHelpers(host), mayFindHelpers(dan)]).toEqual([true, false, true, false]);
  });

  it('the member at the kiosk takes open tasks and hands back only their own, while the project is open', () => {
    expect(mayTakeTask(dan, project, task({}))).toBe(true);
    expect(mayTakeTask(host, project, task({}))).toBe(false);
    expect(mayTakeTask(dan, project, task({ status: 'taken', assigneeMemberId: 'member-eve' }))).toBe(false);
    expect(mayTakeTask(dan, { ...project, status: 'done' }, task({}))).toBe(false);
    expect(mayTakeTask(dan, { ...project, continuedIn: 'other' }, task({}))).toBe(false);
    expect(mayHandBack(dan, project, task({ status: 'taken', assigneeMemberId: 'member-dan' }))).toBe(true);
    expect(mayHandBack(dan, project, task({ status: 'taken', assigneeMemberId: 'member-eve' }))).toBe(false);
    expect(mayHandBack(dan, project, task({ status: 'done', assigneeMemberId: 'member-dan' }))).toBe(false);
  });

  it('hours: logged at the kiosk on a shown project, done ones too; only one\'s own entries by name there', () => {
    expect([mayLogHours(dan, { ...project, status: 'done' }), mayLogHours(dan, { ...project, public: false }), mayLogHours(host, { ...project, public: false })]).toEqual([true, false, true]);
    const rows = [hours('member-dan'), hours('member-eve'), hours(null)];
    expect(hoursShownTo(dan, rows).map((row) => row.id)).toEqual(['h-member-dan']);
    expect(hoursShownTo(host, rows)).toHaveLength(3);
  });
});
