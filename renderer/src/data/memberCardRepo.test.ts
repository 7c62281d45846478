import { afterEach, describe, expect, it } from 'vitest';
import type { MemberFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { hostPinMatches, saveHubSettings, setHostPin } from './hubSettingsRepo';
import { findMemberByCardToken, memberPinMatches, rotateCardToken, setMemberPin } from './memberCardRepo';
import { addMember } from './memberRepo';
import { openTestContext } from './testContext';

const profile: Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'> = {
  name: 'Anja Schröder', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', consent: {},
};

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('member cards and PINs', () => {
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

  it('keeps only a hash of the member PIN and checks it', async () => {
    context = await openTestContext();
    const anja = await addMember(context, profile);
    const withPin = await setMemberPin(context, anja.id, '2468');
    expect(withPin.pinHash).not.toContain('2468');
    expect(await memberPinMatches(withPin, '2468')).toBe(true);
    expect(await memberPinMatches(withPin, '1357')).toBe(false);
    await expect(setMemberPin(context, anja.id, '12a4')).rejects.toThrow(/four digits/);
    expect((await setMemberPin(context, anja.id, null)).pinHash).toBeNull();
  });

  it('sets and checks the host PIN', async () => {
    context = await openTestContext();
    await saveHubSettings(context, { name: 'Landhub Maribo' });
    const settings = await setHostPin(context, '9021');
    expect(await hostPinMatches(settings, '9021')).toBe(true);
    expect(await hostPinMatches(settings, '9022')).toBe(false);
    expect(settings.name).toBe('Landhub Maribo');
  });
});
