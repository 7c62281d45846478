import { describe, expect, it } from 'vitest';
import { toPublicMember, withConsent } from './memberPrivacy';
import type { Member } from './schemas';

const member: Member = {
  id: 'm1', name: 'Anja Schröder', photo: null, company: 'Schröder Design', bio: 'Grafikerin aus Lübeck',
  skills: ['s1'], offers: ['Logos'], needs: ['Buchhaltung'], languages: ['de', 'da'], email: 'anja@example.de',
  phone: '+49 451 123456', plan: 'flex', memberSince: '2025-02-01', active: true,
  consent: { skills: { public: true, consentedAt: '2025-02-01T10:00:00.000Z' }, email: { public: false, consentedAt: null } },
  cardToken: 'Zm9vYmFyYmF6cXV4cXV1eA', pinHash: null,
  hlc: { '*': '0001700000000-000000-test' }, deviceId: 'test', deleted: false,
};

describe('toPublicMember', () => {
  it('keeps the name and consented fields and removes every other value', () => {
    const shown = toPublicMember(member);
    expect(shown.skills).toEqual(['s1']);
    expect(shown.name).toBe('Anja Schröder');
    const text = JSON.stringify(shown);
    for (const secret of ['Schröder Design', 'Grafikerin', 'Logos', 'Buchhaltung', 'anja@example.de', '+49 451', 'flex', '2025-02-01"']) {
      expect(text).not.toContain(secret);
    }
    expect(shown.showsPresence).toBe(false);
  });
});

describe('withConsent', () => {
  it('records the day of a yes and clears it on a no', () => {
    const yes = withConsent(member.consent, 'email', true, '2026-11-30T09:00:00.000Z');
    expect(yes.email).toEqual({ public: true, consentedAt: '2026-11-30T09:00:00.000Z' });
    expect(withConsent(yes, 'email', false, '2026-12-01T09:00:00.000Z').email).toEqual({ public: false, consentedAt: null });
    expect(withConsent(member.consent, 'skills', true, '2030-01-01T00:00:00.000Z')).toBe(member.consent);
  });
});
