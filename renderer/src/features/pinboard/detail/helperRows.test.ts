import { describe, expect, it } from 'vitest';
import type { Member } from '@core/schemas';
import type { MembershipRow } from '../../../data/projects/pinboardQueries';
import { helperRowsOf } from './helperRows';

const stamp = '0001700000000-000000-test';
const shown = { public: true, consentedAt: '2024-01-01T00:00:00Z' };
const member = (id: string, name: string, extra: Partial<Member> = {}): Member => ({
  id, name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: 'a@b.dk', phone: '',
  plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null, hlc: { '*': stamp }, deviceId: 'test', deleted: false, ...extra,
});
const inGroup = (memberId: string, role: MembershipRow['role']) => ({ id: `p_${memberId}`, projectId: 'p', memberId, role, joinedAt: '2026-12-01T10:00:00Z', hlc: { '*': stamp }, deviceId: 'test', deleted: false }) as MembershipRow;

const members = [
  member('m-ann', 'Ann', { skills: ['boats', 'cooking'], consent: { skills: shown } }),
  member('m-bo', 'Bo', { skills: ['boats'] }),
  member('m-cy', 'Cy', { skills: ['boats', 'cooking'], active: false }),
  member('m-dan', 'Dan', { skills: ['cooking'], consent: { skills: shown } }),
  member('m-eve', 'Eve', { skills: ['boats'], consent: { skills: shown } }),
];
const input = { neededSkills: ['boats', 'cooking'], members, publicOnly: false, memberships: [], inToday: new Set(['m-bo']), pledgeLeft: new Map([['m-eve', 6]]) };

describe('who could help a project', () => {
  it('ranks active members by skills matched, then in today, then pledge left, on a host desk with full records', () => {
    const rows = helperRowsOf(input);
    expect(rows.map((row) => [row.member.name, row.helper.matched, row.helper.inToday, row.helper.pledgeLeft])).toEqual([
      ['Ann', ['boats', 'cooking'], false, null],
      ['Bo', ['boats'], true, null],
      ['Eve', ['boats'], false, 6],
      ['Dan', ['cooking'], false, null],
    ]);
    expect(rows[0]?.member.email).toBe('a@b.dk');
  });

  it('leaves out the lead and helpers already in, not followers', () => {
    const rows = helperRowsOf({ ...input, memberships: [inGroup('m-ann', 'lead'), inGroup('m-bo', 'helper'), inGroup('m-dan', 'follower')] });
    expect(rows.map((row) => row.member.name)).toEqual(['Eve', 'Dan']);
  });

  it('in a public view a private skill ranks nobody, and private fields are gone', () => {
    const rows = helperRowsOf({ ...input, publicOnly: true });
    expect(rows.map((row) => row.member.name)).toEqual(['Ann', 'Eve', 'Dan']);
    expect(rows.every((row) => row.member.email === null)).toBe(true);
  });
});
