import { describe, expect, it } from 'vitest';
import { clientKey, createAddressLimiter } from './addressLimiter';

describe('the token bucket per address', () => {
  it('lets an address spend its capacity at once, then one request per refill, and says how long to wait', () => {
    const limiter = createAddressLimiter({ capacity: 3, refillEveryMs: 1_000 });
    expect([0, 0, 0].map((at) => limiter.take('a', at).allowed)).toEqual([true, true, true]);
    expect(limiter.take('a', 0)).toEqual({ allowed: false, retryAfterMs: 1_000 });
    expect(limiter.take('a', 400)).toEqual({ allowed: false, retryAfterMs: 600 });
    // Another address has its own bucket.
    expect(limiter.take('b', 400).allowed).toBe(true);
    expect(limiter.take('a', 1_000).allowed).toBe(true);
    expect(limiter.take('a', 1_000).allowed).toBe(false);
    // Refilled, but never above the capacity.
    expect([1, 2, 3, 4].map(() => limiter.take('a', 60_000).allowed)).toEqual([true, true, true, false]);
  });

  it('remembers a bounded number of addresses: full buckets are forgotten first, then the one heard from longest ago', () => {
    const limiter = createAddressLimiter({ capacity: 1, refillEveryMs: 60_000, maxAddresses: 3 });
    for (const address of ['a', 'b', 'c']) expect(limiter.take(address, 0).allowed).toBe(true);
    // All three are empty: a fourth pushes out 'a', the oldest, which may then try again.
    expect(limiter.take('d', 1).allowed).toBe(true);
    expect(limiter.take('b', 2).allowed).toBe(false);
    expect(limiter.take('a', 3).allowed).toBe(true);
    // A minute on every bucket is full again, and they all make room for new addresses at once.
    for (const address of ['e', 'f', 'g']) expect(limiter.take(address, 120_000).allowed).toBe(true);
    expect(limiter.take('e', 120_000).allowed).toBe(false);
  });
});

describe('the key a client is counted under', () => {
  it('is an IPv4 address itself, mapped or not, and an IPv6 address by its /64', () => {
    expect(clientKey('192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('::ffff:192.0.2.7')).toBe('192.0.2.7');
    expect(clientKey('2001:db8:0:1:a:b:c:d')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:0DB8:0000:0001::99')).toBe('2001:db8:0:1::/64');
    expect(clientKey('fe80::1')).toBe('fe80:0:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey(undefined)).toBe('unknown');
  });
});
