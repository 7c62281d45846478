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

  it('a patched index answers exactly as one built afresh from the same members', () => {
    const names = ['Anna Holm', 'Åse Krogh', 'anna berg', 'Søren Ravn', 'Østergaard', 'Zoe', 'Bo'];
    const change = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      name: fc.constantFrom(...names),
      active: fc.boolean(),
      deleted: fc.boolean(),
      skills: fc.subarray(['s1', 's2']),
      removeInstead: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.array(change, { maxLength: 40 }), { minLength: 1, maxLength: 6 }), fc.constantFrom('', 'an', 'anna', 'o', 'tischler', 'design'), fc.array(fc.constantFrom('search', 'settle', 'nothing')), (batches, query, between) => {
        const patched = new MemberSearchIndex([], [carpentry, design], { publicOnly: false, compareNames });
        const current = new Map<string, Member>();
        for (const batch of batches) {
          const puts = batch.filter((step) => !step.removeInstead).map((step) => member(step.id, step.name, step));
          const removals = batch.filter((step) => step.removeInstead).map((step) => step.id);
          patched.put(puts);
          patched.remove(removals);
          for (const row of puts) current.set(row.id, row);
          for (const id of removals) current.delete(id);
          // A builder settles after each part; a screen searches whenever someone types.
          const step = between[batches.indexOf(batch) % Math.max(1, between.length)];
          if (step === 'search') patched.search(query);
          if (step === 'settle') patched.settle();
        }
        const fresh = new MemberSearchIndex([...current.values()], [carpentry, design], { publicOnly: false, compareNames });
        expect(patched.search(query)).toEqual(fresh.search(query));
        expect(patched.findByName(query, 100)).toEqual(fresh.findByName(query, 100));
        expect(patched.size).toBe(fresh.size);
        expect(patched.skillCounts()).toEqual(fresh.skillCounts());
      }),
    );
  });

  it('a renamed member is found by the new name only, a removed one not at all, and the order follows', () => {
    const index = new MemberSearchIndex(members, [carpentry, design], { publicOnly: false, compareNames });
    index.search('jur');
    index.put([member('m2', 'Aage Weiß', { skills: ['s1', 's2'] })]);
    expect(index.search('jurg')).toEqual([]);
    expect(index.search('aage')).toEqual(['m2']);
    expect(index.search('')).toEqual(['m2', 'm1']);
    index.remove(['m1']);
    expect(index.search('soren')).toEqual([]);
    expect(index.search('tischler')).toEqual(['m2']);
    expect(index.size).toBe(1);
  });

  it('lists names in the order of the language asked for, and two of one name by id', () => {
    const list = [member('2', 'Åse Berg'), member('1', 'Zoe Holm'), member('4', 'Anna Berg'), member('3', 'Anna Berg')];
    const index = new MemberSearchIndex(list, [], { publicOnly: false, compareNames: new Intl.Collator('de').compare });
    expect(index.search('')).toEqual(['3', '4', '2', '1']);
    index.setCompareNames(new Intl.Collator('da').compare);
    expect(index.search('')).toEqual(['3', '4', '1', '2']);
  });

  it('finds by name the way the kiosk does: every typed word begins a word of the name', () => {
    const syllables = ['an', 'ja', 'sø', 'ren', 'mü', 'ller', 'ße', 'tisch', 'ø', 'a', ' '];
    const text = fc.array(fc.constantFrom(...syllables), { maxLength: 8 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, offer: text }), { minLength: 1, maxLength: 12 }), text, (rows, query) => {
        const list = rows.map((row, index) => member(`m${index}`, row.name.trim() || `x${index}`, { offers: [row.offer] }));
        const index = new MemberSearchIndex(list, [], { publicOnly: false, compareNames });
        const words = foldQuery(query);
        const expected = words.length === 0 ? [] : index.search('').filter((id) => {
          const nameWords = foldText(list.find((person) => person.id === id)?.name ?? '').split(' ');
          return words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)));
        });
        expect(index.findByName(query, 100)).toEqual(expected);
      }),
    );
  });
});

describe('a kiosk\'s members', () => {
  it('are found by name though the hub withholds their skills, offers and needs, even where they are public', () => {
    const consented = { public: true, consentedAt: '2026-01-01T00:00:00.000Z' };
    const { skills: _skills, offers: _offers, needs: _needs, ...kioskRow } = member('k1', 'Ingrid Sørensen', { consent: { skills: consented, offers: consented, needs: consented } });
    const index = new MemberSearchIndex([kioskRow as Member], [], { publicOnly: true, compareNames: (a, b) => a.localeCompare(b) });
    expect(index.findByName('ingrid', 10)).toEqual(['k1']);
  });
});
