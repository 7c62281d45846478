import { describe, expect, it } from 'vitest';
import { presetOf, presetRange } from './reportRanges';

describe('the report\'s quick ranges', () => {
  it('take weeks from Monday and months whole, across a year end and in a leap February', () => {
    // Friday 4 December 2026.
    expect(presetRange('thisWeek', '2026-12-04')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(presetRange('lastWeek', '2026-12-04')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(presetRange('last30', '2026-12-04')).toEqual({ from: '2026-11-05', to: '2026-12-04' });
    expect(presetRange('thisMonth', '2026-12-04')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('lastMonth', '2027-01-10')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('thisMonth', '2028-02-29')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    // On a Sunday the week is the one that ends today, not the next one.
    expect(presetRange('thisWeek', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });

  it('names the preset a range is, and none for a range chosen by hand', () => {
    expect(presetOf({ from: '2026-11-05', to: '2026-12-04' }, '2026-12-04')).toBe('last30');
    expect(presetOf({ from: '2026-11-05', to: '2026-12-03' }, '2026-12-04')).toBeNull();
  });
});
