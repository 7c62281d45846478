/**
 * A small seeded random source, so that a demo hub is the same on every run and on every
 * machine. Math.random cannot be seeded, and a dependency would be more than this needs.
 */

/** The item at `index`, for indexes the caller knows are in range; throws rather than pass undefined on. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`Index ${index} outside a list of ${items.length}`);
  return item;
}

/** sfc32: fast, 128 bits of state, passes PractRand; plenty for demo data. */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    if (!Number.isFinite(seed)) throw new RangeError(`Seed must be a finite number, got ${seed}`);
    // splitmix32 spreads nearby seeds (1, 2, 3...) over unrelated states.
    let s = Math.trunc(seed) >>> 0;
    const next = (): number => {
      s = (s + 0x9e3779b9) >>> 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    // The first outputs of sfc32 are still close to the seed material.
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** 32 random bits as an unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`Bad integer range [${min}, ${max}]`);
    }
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Cannot pick from an empty list');
    return at(items, Math.floor(this.next() * items.length));
  }

  /** Picks by weight: `weights[i]` is the relative chance of `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    if (items.length === 0 || items.length !== weights.length) {
      throw new RangeError('Weighted pick needs one weight per item and at least one item');
    }
    let total = 0;
    for (const w of weights) total += w;
    let roll = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      roll -= weights[i] ?? 0;
      const item = items[i];
      if (roll < 0 && item !== undefined) return item;
    }
    return at(items, items.length - 1);
  }

  /**
   * `k` distinct items in random order. Small samples from large lists retry on repeats
   * instead of copying the list, so that sampling per record stays cheap.
   */
  sample<T>(items: readonly T[], k: number): T[] {
    const n = items.length;
    const count = Math.min(Math.max(0, Math.trunc(k)), n);
    if (count * 4 <= n) {
      const chosen = new Set<number>();
      while (chosen.size < count) chosen.add(Math.floor(this.next() * n));
      return [...chosen].map((i) => at(items, i));
    }
    const copy = items.slice();
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (n - i));
      const a = at(copy, i);
      copy[i] = at(copy, j);
      copy[j] = a;
    }
    return copy.slice(0, count);
  }

  /** A copy of the list in random order. */
  shuffle<T>(items: readonly T[]): T[] {
    return this.sample(items, items.length);
  }
}

const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hexByte(value: number): string {
  return HEX[value & 0xff] ?? '00';
}

/**
 * Ids shaped like UUID v7, drawn from a seeded source: the first 48 bits are
 * `baseMs + n` for the n-th id, so ids sort in the order they were made, just as
 * `newId()` does in the app, yet the same seed gives the same ids.
 */
export class SeededIds {
  private count = 0;

  constructor(
    private readonly random: SeededRandom,
    private readonly baseMs: number,
  ) {
    if (!Number.isInteger(baseMs) || baseMs < 0 || baseMs >= 2 ** 48) {
      throw new RangeError(`Id base time out of range: ${baseMs}`);
    }
  }

  next(): string {
    const ms = this.baseMs + this.count;
    this.count += 1;
    const high = Math.floor(ms / 2 ** 16);
    const r1 = this.random.uint32();
    const r2 = this.random.uint32();
    const r3 = this.random.uint32();
    const timeHex =
      hexByte(high >>> 24) + hexByte(high >>> 16) + hexByte(high >>> 8) + hexByte(high) +
      '-' + hexByte(ms >>> 8) + hexByte(ms);
    // Version 7 in the high nibble of byte 6, variant 0b10 in the top bits of byte 8.
    const versionHex = hexByte(0x70 | ((r1 >>> 24) & 0x0f)) + hexByte(r1 >>> 16);
    const variantHex = hexByte(0x80 | ((r1 >>> 8) & 0x3f)) + hexByte(r1);
    const tailHex =
      hexByte(r2 >>> 24) + hexByte(r2 >>> 16) + hexByte(r2 >>> 8) + hexByte(r2) +
      hexByte(r3 >>> 24) + hexByte(r3 >>> 16);
    return `${timeHex}-${versionHex}-${variantHex}-${tailHex}`;
  }
}
