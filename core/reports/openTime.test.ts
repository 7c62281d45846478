import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergedLength } from './openTime';

describe('the time a place is held', () => {
  it('counts every minute some span covers exactly once, however the spans overlap', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 240 })).map(([start, length]) => ({ start, end: start + length }));
    fc.assert(fc.property(fc.array(span, { maxLength: 12 }), (spans) => {
      const covered = new Set<number>();
      for (const { start, end } of spans) for (let minute = start; minute < end; minute += 1) covered.add(minute);
      expect(mergedLength(spans)).toBe(covered.size);
    }));
  });
});
