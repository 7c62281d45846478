import { describe, it, expect } from 'vitest';
import { at, SeededIds, SeededRandom } from './random';

describe('SeededRandom', () => {
  it('repeats itself for the same seed and not for another', () => {
    const draw = (seed: number): number[] => {
      const random = new SeededRandom(seed);
      return Array.from({ length: 5 }, () => random.uint32());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it('keeps int, chance and next in range', () => {
    const random = new SeededRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const n = random.int(-2, 2);
      seen.add(n);
      const f = random.next();
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
    }
    expect([...seen].sort()).toEqual([-1, -2, 0, 1, 2]);
    expect(random.chance(0)).toBe(false);
    expect(random.chance(1)).toBe(true);
    expect(() => random.int(3, 2)).toThrow(RangeError);
  });

  it('refuses to pick from nothing', () => {
    expect(() => new SeededRandom(1).pick([])).toThrow(RangeError);
    expect(() => new SeededRandom(1).weighted([], [])).toThrow(RangeError);
    expect(() => at([1], 1)).toThrow(RangeError);
  });

  it('samples distinct items, never more than there are', () => {
    const random = new SeededRandom(5);
    const items = Array.from({ length: 100 }, (_, i) => i);
    for (const k of [0, 3, 25, 60, 100, 150]) {
      const sample = random.sample(items, k);
      expect(sample).toHaveLength(Math.min(k, 100));
      expect(new Set(sample).size).toBe(sample.length);
    }
    expect(random.shuffle(items).sort((a, b) => a - b)).toEqual(items);
  });

  it('weights picks', () => {
    const random = new SeededRandom(11);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++) counts[random.weighted(['a', 'b'] as const, [3, 1])] += 1;
    expect(counts.a / 4000).toBeGreaterThan(0.7);
    expect(counts.a / 4000).toBeLessThan(0.8);
  });
});

describe('SeededIds', () => {
  it('makes UUID v7 strings whose time part counts up from the base', () => {
    const base = Date.UTC(2026, 2, 11);
    const ids = new SeededIds(new SeededRandom(1), base);
    const made = Array.from({ length: 300 }, () => ids.next());
    for (const id of made) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...made].sort()).toEqual(made);
    const first = made[0] ?? '';
    expect(parseInt(first.slice(0, 8) + first.slice(9, 13), 16)).toBe(base);
    expect(new SeededIds(new SeededRandom(1), base).next()).toBe(first);
  });
});
