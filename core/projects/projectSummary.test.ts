import { describe, expect, it } from 'vitest';
import type { ProjectFields, VolunteerHoursFields } from '../schemas/project';
import { projectSummary, type SummaryInput } from './projectSummary';

const project: ProjectFields = {
  title: 'Beach clean-up', summary: 'Twice a year.', status: 'running', ownerMemberId: 'ann', wantedSkills: ['boats', 'gone'], public: true,
  startsOn: null, createdAt: '2026-11-01T10:00:00Z',
};
const hours = (id: string, memberId: string | null, amount: number, approval: 'approved' | 'pending' = 'approved', citizenId: string | null = null): VolunteerHoursFields & { id: string } => ({
  id, memberId, citizenId, personName: id, projectId: 'p', on: '2026-11-20', hours: amount, note: '', approval,
});
const names: Record<string, string> = { ann: 'Ann Berg', bo: 'Bo Dahl', karen: 'Karen Smed' };
const input = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
  project,
  memberships: [
    { id: 'm1', projectId: 'p', memberId: 'bo', role: 'helper', joinedAt: '' },
    { id: 'm2', projectId: 'p', memberId: 'ann', role: 'lead', joinedAt: '' },
    { id: 'm3', projectId: 'p', memberId: null, citizenId: 'karen', role: 'follower', joinedAt: '' },
    { id: 'm4', projectId: 'p', memberId: 'cy', role: 'helper', joinedAt: '', deleted: true },
  ],
  tasks: [{ id: 't', projectId: 'p', title: 'Bags', details: '', status: 'taken', wantedSkills: [], assigneeMemberId: 'bo', dueOn: '2026-12-10', estimatedHours: 2 }],
  hours: [hours('h1', 'ann', 3), hours('h2', 'bo', 2), hours('h3', 'bo', 1.5), hours('h4', 'ann', 5, 'pending'), hours('h5', null, 4, 'approved', 'karen')],
  nameOf: (person) => names[person.memberId ?? person.citizenId ?? ''],
  namesHours: (memberId) => memberId === 'bo',
  skillName: (id) => (id === 'boats' ? 'Boats' : undefined),
  ...overrides,
});

describe('a project\'s summary', () => {
  it('lists who is in, lead first, and leaves out who left', () => {
    expect(projectSummary(input()).people).toEqual([{ name: 'Ann Berg', role: 'lead' }, { name: 'Bo Dahl', role: 'helper' }, { name: 'Karen Smed', role: 'follower' }]);
    expect(projectSummary(input()).peopleIn).toBe(2);
  });

  it('counts approved hours only, naming only members who allow it', () => {
    expect(projectSummary(input()).hours).toEqual({ total: 10.5, byPerson: [{ name: 'Bo Dahl', hours: 3.5 }], unnamed: 7 });
  });

  it('names the owner, the skills it still knows and each task\'s assignee', () => {
    const summary = projectSummary(input());
    expect(summary.owner).toBe('Ann Berg');
    expect(summary.skills).toEqual(['Boats']);
    expect(summary.tasks).toEqual([{ title: 'Bags', status: 'taken', assignee: 'Bo Dahl', estimatedHours: 2, dueOn: '2026-12-10' }]);
  });
});
