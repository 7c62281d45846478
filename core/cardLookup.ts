import { z } from 'zod';

/**
 * How a kiosk finds a member card without holding any card token. The hub sends kiosks a
 * keyed hash of each token instead of the token (HMAC-SHA256 under a per-hub secret key,
 * base64url) and the key itself; the kiosk hashes a scanned token the same way and looks the
 * hash up. Whoever copies a kiosk's storage gets hashes, which print no working card (a card
 * carries the token, and the hash of a hash matches nothing).
 *
 * The hub hashes with node:crypto (synchronously, while it answers a pull), browsers with
 * WebCrypto; both follow the definition here and a unit test holds them to the same answer.
 */

/** The hub's card key: 32 random bytes, base64url. Its text (not its bytes) is the HMAC key. */
export const cardKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a card key');
export const CARD_KEY_BYTES = 32;

/** Token in, lookup hash out: what the role projection calls for every kiosk's member row. */
export type CardTokenHasher = (token: string) => string;

/** Domain-separated, so the key can never be made to sign anything but a card lookup. */
const LOOKUP_PREFIX = 'landhub-card-lookup:v1:';

export function cardLookupKeyBytes(key: string) {
  return new TextEncoder().encode(key);
}

export function cardLookupMessage(token: string) {
  return new TextEncoder().encode(`${LOOKUP_PREFIX}${token}`);
}

export function bytesToBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The lookup hash of a card token, with WebCrypto (browsers; Node has it too). */
export async function cardLookupHash(key: string, token: string): Promise<string> {
  const hmacKey = await crypto.subtle.importKey('raw', cardLookupKeyBytes(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return bytesToBase64Url(new Uint8Array(await crypto.subtle.sign('HMAC', hmacKey, cardLookupMessage(token))));
}
