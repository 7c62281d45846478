import { describe, expect, it } from 'vitest';
import { cardPayload, newCardToken, tokenFromScan } from './secrets';

describe('member card tokens', () => {
  it('are random, URL-safe and survive the round trip through a QR payload', () => {
    const tokens = new Set(Array.from({ length: 200 }, newCardToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
      expect(tokenFromScan(`  ${cardPayload(token)}\n`)).toBe(token);
    }
  });

  it('refuses codes that are not Landhub cards', () => {
    expect(tokenFromScan('5701234567890')).toBeNull();
    expect(tokenFromScan('LH1-short')).toBeNull();
    expect(tokenFromScan('LH1-abc<script>abcdefghijklmnop')).toBeNull();
  });
});
