import { afterEach, describe, expect, it } from 'vitest';
import type { MemberFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { findMemberByCardToken, rotateCardToken } from './memberCardRepo';
import { addMember } from './memberRepo';
import { openTestContext } from './testContext';

const profile: Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'> = {
  name: 'Anja Schröder', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', consent: {},
};

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('member cards', () => {
  it('finds a member by card until the card is replaced', async () => {
    context = await openTestContext();
    const anja = await addMember(context, profile);
    const oldToken = anja.cardToken!;
    expect((await findMemberByCardToken(context, oldToken))?.id).toBe(anja.id);
    const rotated = await rotateCardToken(context, anja.id);
    expect(rotated.cardToken).not.toBe(oldToken);
    expect(await findMemberByCardToken(context, oldToken)).toBeNull();
    expect((await findMemberByCardToken(context, rotated.cardToken!))?.id).toBe(anja.id);
  });
});
