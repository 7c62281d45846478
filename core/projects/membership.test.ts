import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idSchema } from '../schemas/common';
import { mayContact, mayShowName } from './citizens';
import { membershipId, peopleIn, strongerRole } from './membership';

describe('memberships', () => {
  it('have one id per project and person, a valid id even for two uuids, and never the same for a member and a citizen', () => {
    const project = '019a1b2c-3d4e-7f00-8abc-def012345678';
    const member = '019a1b2c-3d4e-7f00-8abc-def012345679';
    const id = membershipId(project, { memberId: member, citizenId: null });
    expect(idSchema.safeParse(id).success).toBe(true);
    expect(membershipId(project, { memberId: member, citizenId: null })).toBe(id);
    expect(membershipId(project, { memberId: null, citizenId: member })).not.toBe(id);
    fc.assert(fc.property(fc.uuid(), fc.uuid(), fc.uuid(), (p, a, b) => {
      expect(idSchema.safeParse(membershipId(p, { memberId: a, citizenId: null })).success).toBe(true);
      if (a !== b) expect(membershipId(p, { memberId: a, citizenId: null })).not.toBe(membershipId(p, { memberId: b, citizenId: null }));
    }));
  });

  it('count the people in (not followers, not who left), and keep the stronger role', () => {
    expect(peopleIn([{ role: 'lead' }, { role: 'helper' }, { role: 'follower' }, { role: 'helper', deleted: true }])).toBe(2);
    expect(strongerRole('follower', 'helper')).toBe('helper');
    expect(strongerRole('lead', 'helper')).toBe('lead');
  });
});

describe('citizens', () => {
  it('may be contacted or named only as far as they agreed', () => {
    const consent = (scopes: ('contact' | 'publicName')[]) => ({ consent: { scopes, at: '2026-12-01T10:00:00.000Z', textVersion: 1 } });
    expect([mayContact(consent(['contact'])), mayShowName(consent(['contact']))]).toEqual([true, false]);
    expect([mayContact(consent([])), mayShowName(consent(['publicName']))]).toEqual([false, true]);
  });
});
