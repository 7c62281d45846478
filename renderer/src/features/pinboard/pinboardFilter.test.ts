import { describe, expect, it } from 'vitest';
import type { PinboardCard } from '../../data/projects/pinboardQueries';
import { filterChoices, matchesFilter, openFilter } from './pinboardFilter';

const card = (id: string, fields: Partial<PinboardCard['project']>): PinboardCard => ({
  project: {
    id, title: id, summary: '', status: 'idea', ownerMemberId: null, wantedSkills: [], public: true, startsOn: null,
    createdAt: '2026-12-01T10:00:00Z', pitch: '', photo: null, tags: [], place: '', needsPeople: null, ownerCitizenId: null,
    closedReason: null, continuedIn: null, counterTo: null, ...fields,
  },
  progress: { people: 0, unfinishedTasks: 0, openTasks: 0 },
  next: { code: 'writePitch' },
});

const cards = [
  card('bench', { tags: ['Village'], wantedSkills: ['woodwork'] }),
  card('bus', { status: 'running', tags: ['village', 'Transport'], public: false }),
  card('fair', { status: 'done', tags: ['Market'], wantedSkills: ['baking'] }),
  card('garden', { status: 'paused', wantedSkills: ['woodwork', 'gardening'] }),
];
const ids = (filter: typeof openFilter) => cards.filter((each) => matchesFilter(each, filter)).map((each) => each.project.id);

describe('the pinboard filters', () => {
  it('show what is still going by default, done only when asked', () => {
    expect(ids(openFilter)).toEqual(['bench', 'bus', 'garden']);
    expect(ids({ ...openFilter, stage: 'done' })).toEqual(['fair']);
  });

  it('filter by a tag however it is written, and by a needed skill', () => {
    expect(ids({ ...openFilter, tag: 'VILLAGE' })).toEqual(['bench', 'bus']);
    expect(ids({ ...openFilter, skillId: 'woodwork' })).toEqual(['bench', 'garden']);
  });

  it('leave members-only projects off public screens', () => {
    expect(ids({ ...openFilter, publicOnly: true })).toEqual(['bench', 'garden']);
  });

  it('offer the tags and skills of the projects in view, each once', () => {
    expect(filterChoices(cards, openFilter)).toEqual({ tags: ['Village', 'Transport'], skillIds: ['woodwork', 'gardening'] });
    expect(filterChoices(cards, { ...openFilter, stage: 'done' })).toEqual({ tags: ['Market'], skillIds: ['baking'] });
  });
});
