import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member } from '@core/schemas';
import { filterMemberList, memberListEntry } from './memberListFilter';

const stamp = '0001700000000-000000-test';

function member(id: string, name: string, extra: Partial<Member> = {}): Member {
  return {
    id, name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
    email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
    hlc: { '*': stamp }, deviceId: 'test', deleted: false, ...extra,
  };
}

const people = [
  member('m1', 'Søren Østergaard', { email: 'soren@snedkeri.example', phone: '+45 21 43 65 87', company: 'Snedkeri Nord' }),
  member('m2', 'Jürgen Weiß', { email: 'juergen@weiss.example', company: 'Weiß & Söhne' }),
  member('m3', 'Anna Holm', { email: 'anna@holm.example', phone: '0045 20 11 22 33', active: false }),
  member('m4', 'Mette Bækgaard', { company: 'Fiskerhuset' }),
].map(memberListEntry);

const ids = (query: string, showInactive = false) => filterMemberList(people, query, { showInactive }).shown.map((found) => found.id);

describe('filterMemberList', () => {
  it('finds by name, e-mail, phone and company, folded as the board folds', () => {
    expect(ids('soren')).toEqual(['m1']);
    expect(ids('SOEREN ostergard')).toEqual(['m1']);
    expect(ids('mueller weiss')).toEqual([]);
    expect(ids('jurgen')).toEqual(['m2']);
    expect(ids('juergen@weiss')).toEqual(['m2']);
    expect(ids('snedkeri')).toEqual(['m1']);
    expect(ids('sohne')).toEqual(['m2']);
    expect(ids('baekgaard')).toEqual(['m4']);
    expect(ids('fiskerhuset mette')).toEqual(['m4']);
  });

  it('finds a phone however its digits are grouped', () => {
    expect(ids('21436587')).toEqual(['m1']);
    expect(ids('+45 2143')).toEqual(['m1']);
    expect(ids('0045 21 43')).toEqual(['m1']);
    expect(ids('20112233', true)).toEqual(['m3']);
    expect(ids('+4520112233', true)).toEqual(['m3']);
  });

  it('needs every word to match', () => {
    expect(ids('soren fiskerhuset')).toEqual([]);
  });

  it('keeps the order it was given and shows everyone in view for an empty or punctuation-only query', () => {
    expect(ids('')).toEqual(['m1', 'm2', 'm4']);
    expect(ids(' - , ')).toEqual(['m1', 'm2', 'm4']);
    expect(filterMemberList(people, ' - ', { showInactive: false }).searching).toBe(false);
    expect(filterMemberList(people, 'a', { showInactive: false }).searching).toBe(true);
  });

  it('combines with "show inactive": counts what it searched, and says how many hidden inactive members match', () => {
    expect(filterMemberList(people, 'holm', { showInactive: false })).toMatchObject({ shown: [], total: 3, hiddenInactiveMatches: 1 });
    const withInactive = filterMemberList(people, 'holm', { showInactive: true });
    expect(withInactive.shown.map((found) => found.id)).toEqual(['m3']);
    expect(withInactive).toMatchObject({ total: 4, hiddenInactiveMatches: 0 });
    expect(filterMemberList(people, 'example', { showInactive: false })).toMatchObject({ total: 3, hiddenInactiveMatches: 1 });
  });
});

/** Letters the board folds alike, and the ways people type them on a keyboard without them. */
const spellings: readonly (readonly [letter: string, typed: readonly string[]])[] = [
  ['ø', ['o', 'oe']],
  ['ü', ['u', 'ue']],
  ['ö', ['o', 'oe']],
  ['ä', ['a', 'ae']],
  ['æ', ['ae', 'a']],
  ['å', ['aa', 'a']],
  ['ß', ['ss']],
];
const plain = fc.string({ unit: fc.constantFrom('b', 'd', 'f', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't'), minLength: 1, maxLength: 6 });

describe('filterMemberList, for any name', () => {
  it('finds a name with ø, ü, æ, å or ß typed the way a keyboard without them types it', () => {
    const cases = fc.tuple(plain, fc.constantFrom(...spellings), plain, fc.nat(), fc.boolean()).map(([before, [letter, typed], after, pick, upper]) => ({
      name: `${before}${letter}${after}`,
      query: `${before}${typed[pick % typed.length] ?? ''}${after}`,
      upper,
    }));
    fc.assert(fc.property(cases, ({ name, query, upper }) => {
      const entries = [memberListEntry(member('x', upper ? name.toUpperCase() : name))];
      expect(filterMemberList(entries, query, { showInactive: false }).shown).toHaveLength(1);
    }));
  });

  it('shows exactly the matching members in view, counts every one in view, and accounts for the hidden ones', () => {
    const rows = fc.array(fc.record({ name: plain, active: fc.boolean() }), { maxLength: 15 });
    fc.assert(fc.property(rows, plain, fc.boolean(), (drawn, query, showInactive) => {
      const entries = drawn.map((row, index) => memberListEntry(member(`m${index}`, row.name, { active: row.active })));
      const view = filterMemberList(entries, query, { showInactive });
      const inView = entries.filter((entry) => showInactive || entry.member.active);
      const matching = entries.filter((entry) => entry.member.name.includes(query));
      expect(view.total).toBe(inView.length);
      expect(view.shown.map((found) => found.id)).toEqual(matching.filter((entry) => inView.includes(entry)).map((entry) => entry.member.id));
      expect(view.hiddenInactiveMatches).toBe(matching.length - view.shown.length);
    }));
  });
});
