import { describe, expect, it } from 'vitest';
import { whoIsIn } from './presence';

describe('whoIsIn', () => {
  it('counts a member as in when their latest event is a check-in, whatever the order of the list', () => {
    const events = [
      { memberId: 'a', kind: 'in' as const, at: '2026-11-30T08:00:00.000Z' },
      { memberId: 'b', kind: 'out' as const, at: '2026-11-30T15:00:00.000Z' },
      { memberId: 'a', kind: 'out' as const, at: '2026-11-30T12:00:00.000Z' },
      { memberId: 'b', kind: 'in' as const, at: '2026-11-30T09:00:00.000Z' },
      { memberId: 'a', kind: 'in' as const, at: '2026-11-30T13:00:00.000Z' },
    ];
    expect(whoIsIn(events)).toEqual(new Set(['a']));
    expect(whoIsIn([...events].reverse())).toEqual(new Set(['a']));
  });
});
