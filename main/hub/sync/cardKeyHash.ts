import { createHmac } from 'node:crypto';
import { cardLookupKeyBytes, cardLookupMessage, type CardTokenHasher } from '@core/cardLookup';

/**
 * The hub's side of core/cardLookup.ts: the same HMAC with node:crypto, synchronous, because
 * the hub hashes every member's token of a kiosk's pull page while it builds the answer.
 */
export function nodeCardHasher(key: string): CardTokenHasher {
  const keyBytes = cardLookupKeyBytes(key);
  return (token) => createHmac('sha256', keyBytes).update(cardLookupMessage(token)).digest('base64url');
}
