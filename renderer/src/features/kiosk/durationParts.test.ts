import { describe, expect, it } from 'vitest';
import { durationParts } from './durationParts';

describe('durationParts', () => {
  it('splits a stay into hours and minutes, rounding down', () => {
    expect(durationParts((3 * 60 + 25) * 60_000 + 59_000)).toEqual({ hours: 3, minutes: 25 });
    expect(durationParts(59_000)).toEqual({ hours: 0, minutes: 0 });
    expect(durationParts(-5)).toEqual({ hours: 0, minutes: 0 });
  });
});
