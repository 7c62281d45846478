/**
 * A small token bucket per client address, kept in memory: each address may spend `capacity`
 * requests at once and gets one back every `refillEveryMs`. The hub's limits on pairing tries
 * (api/pairingGuard.ts) and on its public project pages (publicProjects/) are both this one.
 * A hub restart forgives, which nobody can cause from outside.
 */
export interface BucketLimits {
  capacity: number;
  refillEveryMs: number;
  /** Addresses remembered at most: a flood from many addresses must not grow the hub's memory. */
  maxAddresses?: number;
}

export type Take = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface AddressLimiter {
  /** Spends one request of the address, or says how long until it may make the next. */
  take(address: string, nowMs: number): Take;
}

const DEFAULT_MAX_ADDRESSES = 10_000;

interface Bucket {
  tokens: number;
  atMs: number;
}

export function createAddressLimiter({ capacity, refillEveryMs, maxAddresses = DEFAULT_MAX_ADDRESSES }: BucketLimits): AddressLimiter {
  const buckets = new Map<string, Bucket>();
  const tokensAt = (bucket: Bucket, nowMs: number) => Math.min(capacity, bucket.tokens + Math.max(0, nowMs - bucket.atMs) / refillEveryMs);

  const makeRoom = (nowMs: number) => {
    // A full bucket is the same as none: forgetting those loses nothing.
    for (const [address, bucket] of buckets) if (tokensAt(bucket, nowMs) >= capacity) buckets.delete(address);
    // Still full of busy addresses: the one heard from longest ago goes (the map keeps that order).
    if (buckets.size >= maxAddresses) buckets.delete(buckets.keys().next().value ?? '');
  };

  return {
    take(address, nowMs) {
      const known = buckets.get(address);
      if (!known && buckets.size >= maxAddresses) makeRoom(nowMs);
      const tokens = known ? tokensAt(known, nowMs) : capacity;
      // Deleted and set again, so the map's order stays "heard from longest ago first".
      buckets.delete(address);
      if (tokens < 1) {
        buckets.set(address, { tokens, atMs: nowMs });
        return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) * refillEveryMs) };
      }
      buckets.set(address, { tokens: tokens - 1, atMs: nowMs });
      return { allowed: true };
    },
  };
}

/**
 * The key a client is counted under: an IPv4 address as itself (also when it arrives mapped
 * into IPv6), an IPv6 address by its /64 network, since one machine may pick any address in it.
 */
export function clientKey(remoteAddress: string | undefined): string {
  const address = (remoteAddress ?? 'unknown').toLowerCase();
  if (address.startsWith('::ffff:') && address.includes('.')) return address.slice('::ffff:'.length);
  if (!address.includes(':')) return address;
  const [head = '', tail] = address.split('::', 2);
  const front = head === '' ? [] : head.split(':');
  const back = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? front : [...front, ...Array<string>(Math.max(0, 8 - front.length - back.length)).fill('0'), ...back];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
