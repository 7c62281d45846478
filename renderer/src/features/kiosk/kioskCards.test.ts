import { afterEach, describe, expect, it } from 'vitest';
import { cardPayload } from '@core/secrets';
import type { DataContext } from '../../data/dataContext';
import { rotateCardToken } from '../../data/memberCardRepo';
import { addMember, setMemberActive } from '../../data/memberRepo';
import { openTestContext } from '../../data/testContext';
import { memberForScannedCode } from './kioskCards';

let context: DataContext;
afterEach(() => { context.db.close(); });

const profile = {
  name: 'Søren Hansen', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex' as const, memberSince: '2024-01-01', consent: {},
};

describe('a card scanned at the kiosk', () => {
  it('finds the card’s member, with or without the scanner’s stray whitespace', async () => {
    context = await openTestContext();
    const soren = await addMember(context, profile);
    expect((await memberForScannedCode(context, cardPayload(soren.cardToken!)))?.id).toBe(soren.id);
    expect((await memberForScannedCode(context, ` ${cardPayload(soren.cardToken!)}\n`))?.id).toBe(soren.id);
  });

  it('refuses a rotated card, a deactivated member, a bare token and other barcodes', async () => {
    context = await openTestContext();
    const soren = await addMember(context, profile);
    const oldCode = cardPayload(soren.cardToken!);
    const rotated = await rotateCardToken(context, soren.id);
    expect(await memberForScannedCode(context, oldCode)).toBeNull();
    expect(await memberForScannedCode(context, rotated.cardToken!)).toBeNull();
    expect(await memberForScannedCode(context, '5701234567890')).toBeNull();
    expect(await memberForScannedCode(context, 'LH1-short')).toBeNull();
    await setMemberActive(context, soren.id, false);
    expect(await memberForScannedCode(context, cardPayload(rotated.cardToken!))).toBeNull();
  });
});
