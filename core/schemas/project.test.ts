import { describe, expect, it } from 'vitest';
import {
  approvalOf, citizenFieldsSchema, pledgeFieldsSchema, projectFieldsSchema, projectMembershipFieldsSchema, taskFieldsSchema, volunteerHoursFieldsSchema,
} from './project';

/** Rows as they were written before the pinboard existed. */
const oldProject = { title: 'Strandrensning', summary: 'En lørdag', status: 'running', ownerMemberId: 'm1', wantedSkills: [], public: true, startsOn: null, createdAt: '2026-11-01T10:00:00.000Z' };
const oldMembership = { projectId: 'p1', memberId: 'm1', role: 'helper', joinedAt: '2026-11-01T10:00:00.000Z' };
const oldTask = { projectId: 'p1', title: 'Trailer', details: '', status: 'open', wantedSkills: [], assigneeMemberId: null, dueOn: null };
const oldHours = { memberId: null, personName: 'Birthe fra Bandholm', projectId: 'p1', on: '2026-11-02', hours: 2, note: '' };

describe('project schemas', () => {
  it('read rows written before the pinboard', () => {
    expect(projectFieldsSchema.safeParse(oldProject).success).toBe(true);
    expect(projectMembershipFieldsSchema.safeParse(oldMembership).success).toBe(true);
    expect(taskFieldsSchema.safeParse(oldTask).success).toBe(true);
    expect(volunteerHoursFieldsSchema.safeParse(oldHours).success).toBe(true);
    expect(approvalOf(volunteerHoursFieldsSchema.parse(oldHours))).toBe('approved');
    expect(projectFieldsSchema.safeParse({ ...oldProject, status: 'paused', pitch: 'Saml affald', tags: ['miljø'], needsPeople: 8, continuedIn: 'p2' }).success).toBe(true);
  });

  it('hold a membership, a task\'s assignee and hours for one member or one citizen', () => {
    expect(projectMembershipFieldsSchema.safeParse({ ...oldMembership, memberId: null, citizenId: 'c1' }).success).toBe(true);
    expect(projectMembershipFieldsSchema.safeParse({ ...oldMembership, citizenId: 'c1' }).success).toBe(false);
    expect(projectMembershipFieldsSchema.safeParse({ ...oldMembership, memberId: null }).success).toBe(false);
    expect(taskFieldsSchema.safeParse({ ...oldTask, status: 'taken', assigneeCitizenId: 'c1' }).success).toBe(true);
    expect(taskFieldsSchema.safeParse({ ...oldTask, assigneeMemberId: 'm1', assigneeCitizenId: 'c1' }).success).toBe(false);
    expect(volunteerHoursFieldsSchema.safeParse({ ...oldHours, memberId: 'm1', citizenId: 'c1' }).success).toBe(false);
  });

  it('keep a pledge to hours a month or a share of the week, ending after it starts, and a citizen with a recorded consent', () => {
    const pledge = { memberId: 'm1', fromMonth: '2026-12', untilMonth: null, hoursPerMonth: 8, weekShare: null, weekHours: null, createdAt: '2026-12-01T10:00:00.000Z' };
    expect(pledgeFieldsSchema.safeParse(pledge).success).toBe(true);
    expect(pledgeFieldsSchema.safeParse({ ...pledge, hoursPerMonth: null, weekShare: 0.2 }).success).toBe(true);
    expect(pledgeFieldsSchema.safeParse({ ...pledge, weekShare: 0.2 }).success).toBe(false);
    expect(pledgeFieldsSchema.safeParse({ ...pledge, hoursPerMonth: null }).success).toBe(false);
    expect(pledgeFieldsSchema.safeParse({ ...pledge, untilMonth: '2026-11' }).success).toBe(false);
    expect(pledgeFieldsSchema.safeParse({ ...pledge, fromMonth: '2026-13' }).success).toBe(false);
    const citizen = { name: 'Birthe fra Bandholm', contact: '+45 20 30 40 50', consent: { scopes: ['contact'], at: '2026-12-01T10:00:00.000Z', textVersion: 1 }, createdAt: '2026-12-01T10:00:00.000Z' };
    expect(citizenFieldsSchema.safeParse(citizen).success).toBe(true);
    expect(citizenFieldsSchema.safeParse({ ...citizen, consent: undefined }).success).toBe(false);
  });
});
