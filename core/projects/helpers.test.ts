import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHelpers, rankHelpers, type HelperCandidate } from './helpers';

const member = (id: string, name: string, skills: string[]): HelperCandidate => ({ id, name, skills });

describe('ranking helpers for a project', () => {
  it('ranks by skills matched, then in today, then pledge left, then name, and leaves out who offers none or is in already', () => {
    const candidates = [
      member('a', 'Åse', ['driving']),
      member('b', 'Birgitte', ['driving', 'socialMedia']),
      member('c', 'Carsten', ['driving']),
      member('d', 'Dorte', ['driving']),
      member('e', 'Erik', ['cooking']),
      member('f', 'Frode', ['driving', 'socialMedia']),
    ];
    const ranked = rankHelpers(['driving', 'socialMedia', 'driving'], candidates, {
      inToday: new Set(['c', 'd']), pledgeLeft: new Map([['d', 4], ['c', 1], ['a', 10]]), exclude: new Set(['f']),
    });
    expect(ranked.map((helper) => helper.memberId)).toEqual(['b', 'd', 'c', 'a']);
    expect(ranked[0]).toEqual({ memberId: 'b', matched: ['driving', 'socialMedia'], inToday: false, pledgeLeft: null });
    expect(ranked[1]).toMatchObject({ inToday: true, pledgeLeft: 4 });
  });

  it('returns each matching candidate once, in an order no later pair beats (property)', () => {
    const skill = fc.constantFrom('s1', 's2', 's3', 's4');
    const candidate = fc.record({ id: fc.uuid(), name: fc.string({ maxLength: 4 }), skills: fc.uniqueArray(skill, { maxLength: 4 }) });
    fc.assert(fc.property(fc.uniqueArray(candidate, { selector: (one) => one.id, maxLength: 20 }), fc.uniqueArray(skill, { minLength: 1 }), fc.func(fc.boolean()), fc.func(fc.option(fc.nat(40))), (candidates, needed, isIn, left) => {
      const inToday = new Set(candidates.filter((one) => isIn(one.id)).map((one) => one.id));
      const pledgeLeft = new Map(candidates.flatMap((one) => { const hours = left(one.id); return hours === null ? [] : [[one.id, hours] as const]; }));
      const ranked = rankHelpers(needed, candidates, { inToday, pledgeLeft });
      const matching = candidates.filter((one) => one.skills.some((s) => needed.includes(s)));
      expect(new Set(ranked.map((helper) => helper.memberId))).toEqual(new Set(matching.map((one) => one.id)));
      expect(ranked).toHaveLength(matching.length);
      for (let index = 1; index < ranked.length; index++) expect(compareHelpers(ranked[index - 1]!, ranked[index]!)).toBeLessThanOrEqual(0);
    }));
  });
});
