/**
 * Card tokens and PINs. A member card carries a random token, never the member's id, name or
 * email, so a lost card says nothing and a rotated token makes the old card worthless.
 * PINs are kept as slow, salted verifiers: core/pinVerifier.ts.
 */

/** QR payloads start with this, so a scan of some other barcode is recognised as "not a card". */
export const CARD_PREFIX = 'LH1-';
const TOKEN_BYTES = 18;

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newCardToken(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(TOKEN_BYTES)));
}

export function cardPayload(token: string): string {
  return `${CARD_PREFIX}${token}`;
}

/** The token inside a scanned code, or null when the code is not a Landhub card. */
export function tokenFromScan(scanned: string): string | null {
  const text = scanned.trim();
  if (!text.startsWith(CARD_PREFIX)) return null;
  const token = text.slice(CARD_PREFIX.length);
  return /^[A-Za-z0-9_-]{16,64}$/.test(token) ? token : null;
}
