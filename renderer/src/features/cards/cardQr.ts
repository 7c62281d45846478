import { toDataURL, type QRCodeToDataURLOptions } from 'qrcode';
import { cardPayload } from '@core/secrets';
import type { Member } from '@core/schemas';

/**
 * What the QR code on a member's card says: the card prefix and the member's random token,
 * nothing else. Null when the member has no card yet (rows saved before cards existed).
 */
export function cardQrText(member: Pick<Member, 'cardToken'>): string | null {
  return member.cardToken ? cardPayload(member.cardToken) : null;
}

/**
 * Medium error correction survives a scuffed or folded card; a margin of 2 modules is enough
 * for phone and USB scanners and keeps the code large on a card 54 mm tall.
 */
export const qrImageOptions: QRCodeToDataURLOptions = {
  errorCorrectionLevel: 'M',
  margin: 2,
  width: 480,
  color: { dark: '#000000', light: '#ffffff' },
};

export function qrImageUrl(text: string): Promise<string> {
  return toDataURL(text, qrImageOptions);
}
