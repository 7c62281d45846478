import { describe, expect, it } from 'vitest';
import type { Member } from '../schemas';
import { MemberSearchIndex } from '../search/memberSearchIndex';
import { KIOSK_MAX_MATCHES, kioskDisplayName, kioskNameMatches, publicShortName, type KioskNameSource } from './kioskNameSearch';

// The app passes the screen's language; these tests read English.
const compareNames = new Intl.Collator('en').compare;
const consented = { public: true, consentedAt: '2026-01-01T00:00:00.000Z' };

function member(id: string, name: string, extra: Partial<Member> = {}): Member {
  return {
    id, name, photo: 'data:image/jpeg;base64,AAAA', company: 'Secret Co', bio: '', skills: [], offers: [], needs: [],
    languages: [], email: 'secret@example.org', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true,
    consent: {}, cardToken: null, pinHash: null, hlc: { '*': '0001700000000-000000-test' }, deviceId: 'test', deleted: false, ...extra,
  };
}

const members = [
  member('a', 'Søren Østergaard Hansen'),
  member('b', 'Anne Hansen', { consent: { photo: consented, guestVisits: consented } }),
  member('c', 'Annegret Müller', { active: false }),
  member('d', 'Anna Berg'),
];

/** The kiosk searches the public index the wall's board uses, over the rows it was built from. */
function source(list: readonly Member[]): KioskNameSource {
  const byId = new Map(list.map((row) => [row.id, row]));
  return { index: new MemberSearchIndex(list, [], { publicOnly: true, compareNames }), member: (id) => byId.get(id) };
}

describe('kioskNameMatches', () => {
  it('shows nothing before three letters', () => {
    const names = source(members);
    expect(kioskNameMatches(names, 'an')).toEqual([]);
    expect(kioskNameMatches(names, 'a n')).toEqual([]);
  });

  it('matches the beginnings of name words, folded, and shows only first name, initial and a public photo', () => {
    const names = source(members);
    const search = (query: string) => kioskNameMatches(names, query);
    expect(search('ann')).toEqual([
      { id: 'd', firstName: 'Anna', lastInitial: 'B.', photo: null },
      { id: 'b', firstName: 'Anne', lastInitial: 'H.', photo: 'data:image/jpeg;base64,AAAA' },
    ]);
    expect(search('soren hans').map((match) => match.id)).toEqual(['a']);
    expect(search('ostergard').map((match) => match.id)).toEqual(['a']);
    expect(search('ergaard')).toEqual([]);
    expect(JSON.stringify(search('han'))).not.toMatch(/Hansen|Secret|secret@/);
  });

  it('searches names only, never a skill, offer or company that happens to begin the same', () => {
    const carpenter = member('e', 'Ejnar Holm', { offers: ['Tischlerarbeiten'], company: 'Tischlerei Holm', consent: { offers: consented, company: consented } });
    expect(kioskNameMatches(source([...members, carpenter]), 'tischler')).toEqual([]);
  });

  it('for guests, offers only members who agreed to be found as a host', () => {
    expect(kioskNameMatches(source(members), 'hansen', { onlyVisitable: true }).map((match) => match.id)).toEqual(['b']);
  });

  it('never lists more than a handful of people', () => {
    const many = Array.from({ length: 40 }, (_, index) => member(`m${index}`, `Lars Nielsen${index}`));
    expect(kioskNameMatches(source(many), 'lars')).toHaveLength(KIOSK_MAX_MATCHES);
  });

  it('shortens names for public display', () => {
    expect(kioskDisplayName('  Jürgen  Weiß ')).toEqual({ firstName: 'Jürgen', lastInitial: 'W.' });
    expect(publicShortName('Karen Ravn Holm')).toBe('Karen H.');
    expect(publicShortName('Cher')).toBe('Cher');
    expect(kioskDisplayName('Madonna')).toEqual({ firstName: 'Madonna', lastInitial: '' });
  });
});
