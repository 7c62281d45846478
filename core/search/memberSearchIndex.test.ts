import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member, Skill } from '../schemas';
import { foldQuery, foldText } from './foldText';
import { MemberSearchIndex } from './memberSearchIndex';

// The app passes the screen's language; these tests read English.
const compareNames = new Intl.Collator('en').compare;
const stamp = '0001700000000-000000-test';

function skill(id: string, labels: Skill['labels'], synonyms: string[] = []): Skill {
  return { id, labels, synonyms, hlc: { '*': stamp }, deviceId: 'test', deleted: false };
}

function member(id: string, name: string, extra: Partial<Member> = {}): Member {
  return {
    id, name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
    email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
    hlc: { '*': stamp }, deviceId: 'test', deleted: false, ...extra,
  };
}

const carpentry = skill('s1', { da: 'Snedker', de: 'Tischler', en: 'Carpentry' }, ['tømrer', 'joinery']);
const design = skill('s2', { en: 'Graphic design', da: 'Grafisk design' });
const publicConsent = { public: true, consentedAt: '2024-01-01T00:00:00Z' };

const members = [
  member('m1', 'Søren Østergaard', { skills: ['s1'], consent: { skills: publicConsent } }),
  member('m2', 'Jürgen Weiß', { skills: ['s1', 's2'], offers: ['Hilfe bei Förderanträgen'] }),
  member('m3', 'Anna Holm', { skills: ['s2'], needs: ['Revisor'], active: false }),
  member('m4', 'Gone Away', { deleted: true }),
];

describe('MemberSearchIndex', () => {
  it('finds members by name, skill in any language, synonym and offer', () => {
    const index = new MemberSearchIndex(members, [carpentry, design], { publicOnly: false, compareNames });
    expect(index.search('soren')).toEqual(['m1']);
    expect(index.search('tischler')).toEqual(['m2', 'm1']);
    expect(index.search('TOMRER')).toEqual(['m2', 'm1']);
    expect(index.search('forderantragen')).toEqual(['m2']);
    expect(index.search('weiss design')).toEqual(['m2']);
    expect(index.search('')).toEqual(['m2', 'm1']);
  });

  it('leaves out inactive and deleted members', () => {
    const index = new MemberSearchIndex(members, [carpentry, design], { publicOnly: false, compareNames });
    expect(index.search('anna')).toEqual([]);
    expect(index.search('gone')).toEqual([]);
    expect(index.size).toBe(2);
  });

  it('on public screens never matches a private skill or offer', () => {
    const index = new MemberSearchIndex(members, [carpentry, design], { publicOnly: true, compareNames });
    expect(index.search('tischler')).toEqual(['m1']);
    expect(index.search('forderantragen')).toEqual([]);
    expect(index.search('design')).toEqual([]);
    expect(index.skillCounts().get('s2')).toBeUndefined();
  });

  it('filters by skill and by who is in today, and counts skills', () => {
    const index = new MemberSearchIndex(members, [carpentry, design], { publicOnly: false, compareNames });
    expect(index.search('', { skillId: 's2' })).toEqual(['m2']);
    expect(index.search('', { memberIds: new Set(['m1']) })).toEqual(['m1']);
    expect(index.skillCounts().get('s1')).toBe(2);
  });

  it('narrowing a query keyword by keyword gives the same answer as a fresh search', () => {
    const index = new MemberSearchIndex(members, [carpentry, design], { publicOnly: false, compareNames });
    for (const prefix of ['j', 'ju', 'jur', 'jurg']) index.search(prefix);
    const fresh = new MemberSearchIndex(members, [carpentry, design], { publicOnly: false, compareNames });
    expect(index.search('jurge')).toEqual(fresh.search('jurge'));
    expect(index.search('s')).toEqual(fresh.search('s'));
  });

  it('always finds a member by their own name, however it is written', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }), (name) => {
        fc.pre(name.trim().length > 0);
        const index = new MemberSearchIndex([member('x', name)], [], { publicOnly: true, compareNames });
        expect(index.search(name)).toEqual(['x']);
      }),
    );
  });

  it('answers every sequence of queries exactly as a plain scan of each member\'s text would', () => {
    const syllables = ['an', 'ja', 'sø', 'ren', 'mü', 'ller', 'ße', 'tisch', 'ler', 'web', 'de', 'sign', 'ø', 'a', ' '];
    const text = fc.array(fc.constantFrom(...syllables), { maxLength: 8 }).map((parts) => parts.join(''));
    const people = fc.array(fc.record({ name: text, offers: fc.array(text, { maxLength: 2 }) }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(people, fc.array(text, { minLength: 1, maxLength: 6 }), (rows, queries) => {
        const list = rows.map((row, index) => member(`m${index}`, row.name.trim() || `x${index}`, { offers: row.offers.filter((offer) => offer.trim()), skills: ['s1'] }));
        const index = new MemberSearchIndex(list, [carpentry], { publicOnly: false, compareNames });
        for (const query of queries) {
          const words = foldQuery(query);
          const expected = new Set(list.filter((person) => {
            const haystack = ` ${foldText(person.name)} ${foldText('Snedker Tischler Carpentry tømrer joinery')} ${foldText(person.offers.join(' '))}`;
            return words.every((word) => haystack.includes(word));
          }).map((person) => person.id));
          expect(new Set(index.search(query))).toEqual(expected);
        }
      }),
    );
  });
});
