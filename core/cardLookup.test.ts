import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { nodeCardHasher } from '../main/hub/sync/cardKeyHash';
import { cardKeySchema, cardLookupHash } from './cardLookup';
import { newCardToken } from './secrets';

describe('card lookup hashes', () => {
  it('are the same with node:crypto on the hub and WebCrypto in the browser', async () => {
    for (let i = 0; i < 20; i++) {
      const key = randomBytes(32).toString('base64url');
      const token = newCardToken();
      expect(cardKeySchema.safeParse(key).success).toBe(true);
      const web = await cardLookupHash(key, token);
      expect(web).toBe(nodeCardHasher(key)(token));
      expect(web).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('are an HMAC-SHA256 of the token under the hub key, which a token or another key does not give', async () => {
    const key = randomBytes(32).toString('base64url');
    const token = newCardToken();
    const hash = await cardLookupHash(key, token);
    expect(hash).toBe(createHmac('sha256', key).update(`landhub-card-lookup:v1:${token}`).digest('base64url'));
    expect(hash).not.toContain(token);
    expect(await cardLookupHash(randomBytes(32).toString('base64url'), token)).not.toBe(hash);
    // A card printed with a stolen hash matches nothing: its lookup is the hash of the hash.
    expect(await cardLookupHash(key, hash)).not.toBe(hash);
  });
});
