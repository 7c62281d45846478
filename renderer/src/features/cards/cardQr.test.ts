import { afterEach, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { create } from 'qrcode';
import { tokenFromScan } from '@core/secrets';
import type { MemberFields } from '@core/schemas';
import type { DataContext } from '../../data/dataContext';
import { rotateCardToken } from '../../data/memberCardRepo';
import { addMember } from '../../data/memberRepo';
import { openTestContext } from '../../data/testContext';
import { cardQrText, qrImageOptions, qrImageUrl } from './cardQr';

const profile: Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'> = {
  name: 'Søren Østergaard', photo: null, company: 'Snedkeriet', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: 'soren@snedkeri.example', phone: '+45 21 43 65 87', plan: 'flex', memberSince: '2024-01-01', consent: {},
};

/** Draws the QR code the card shows as RGBA pixels and reads it back the way a scanner does. */
function scan(text: string): string | null {
  const { modules } = create(text, { errorCorrectionLevel: qrImageOptions.errorCorrectionLevel });
  const scale = 6;
  const quiet = 4;
  const side = (modules.size + 2 * quiet) * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const column = Math.floor(x / scale) - quiet;
      const row = Math.floor(y / scale) - quiet;
      const inside = column >= 0 && row >= 0 && column < modules.size && row < modules.size;
      if (inside && modules.get(row, column)) pixels.fill(0, (y * side + x) * 4, (y * side + x) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

let context: DataContext;
afterEach(() => { context.db.close(); });

describe('the QR code on a member card', () => {
  it('carries the random card token and nothing that names the member', async () => {
    context = await openTestContext();
    const soren = await addMember(context, profile);
    const text = cardQrText(soren);
    expect(text).toBe(`LH1-${soren.cardToken!}`);
    const scanned = scan(text!);
    expect(scanned).toBe(text);
    for (const secret of [soren.id, soren.name, 'Søren', 'Østergaard', 'soren', soren.email, soren.phone, soren.company]) {
      expect(scanned!.toLowerCase(), secret).not.toContain(secret.toLowerCase());
    }
    // The kiosk's scanner reads exactly this token back.
    expect(tokenFromScan(scanned!)).toBe(soren.cardToken);
  });

  it('changes completely when the card is replaced', async () => {
    context = await openTestContext();
    const soren = await addMember(context, profile);
    const replaced = await rotateCardToken(context, soren.id);
    const before = cardQrText(soren)!;
    const after = cardQrText(replaced)!;
    expect(after).not.toBe(before);
    expect(scan(after)).toBe(after);
    expect(tokenFromScan(after)).toBe(replaced.cardToken);
  });

  it('is absent for a member saved before cards existed', () => {
    expect(cardQrText({ cardToken: null })).toBeNull();
  });

  it('is drawn as a PNG data URL, which the app’s CSP allows as an image', async () => {
    expect(await qrImageUrl('LH1-abcdefghijklmnopqrstuvwx')).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/=]+$/);
  });
});
