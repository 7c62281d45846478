import { describe, expect, it } from 'vitest';
import { citizenMatches, withoutPerson, withPerson } from './personSearch';

const citizens = [{ id: 'c1', name: 'Karen Smed' }, { id: 'c2', name: 'Søren Kærgaard' }, { id: 'c3', name: 'Kai Smedegaard' }];

describe('picking people on the pinboard', () => {
  it('finds citizens by the start of each name word, however the letters are written', () => {
    expect(citizenMatches(citizens, 'kar sm', 8).map((c) => c.id)).toEqual(['c1']);
    expect(citizenMatches(citizens, 'soeren', 8).map((c) => c.id)).toEqual(['c2']);
    expect(citizenMatches(citizens, 'smed', 8).map((c) => c.id)).toEqual(['c1', 'c3']);
    expect(citizenMatches(citizens, 'med', 8)).toEqual([]);
    expect(citizenMatches(citizens, '  ', 8)).toEqual([]);
    expect(citizenMatches(citizens, 'k', 2)).toHaveLength(2);
  });

  it('adds a person once, replaces in single mode, and takes one out by who they are', () => {
    const ann = { memberId: 'm-ann', citizenId: null, name: 'Ann' } as const;
    const karen = { memberId: null, citizenId: 'c1', name: 'Karen Smed' } as const;
    const both = withPerson(withPerson([ann], karen, true), { ...ann, name: 'Ann B.' }, true);
    expect(both).toEqual([ann, karen]);
    expect(withPerson(both, karen, false)).toEqual([karen]);
    expect(withoutPerson(both, { memberId: 'm-ann', citizenId: null })).toEqual([karen]);
  });
});
