import { describe, expect, it } from 'vitest';
import { dayCounts, dueAtClosing, presenceOfDay, whoIsIn, type PresenceEvent } from './presence';

const at = (hours: number, minutes = 0) => new Date(2026, 10, 30, hours, minutes);
/** The start of the tests' day; callers pass the hub's (core/time/zonedTime.ts). */
const DAY = at(0);
const event = (memberId: string, kind: 'in' | 'out', time: Date): PresenceEvent => ({ memberId, kind, at: time.toISOString() });

describe('presenceOfDay', () => {
  const events = [
    event('a', 'in', at(8)),
    event('b', 'out', at(15)),
    event('a', 'out', at(12)),
    event('b', 'in', at(9)),
    event('a', 'in', at(13)),
    event('a', 'in', at(13, 30)),
  ];

  it('counts a member as in when their latest event is a check-in, whatever the order of the list', () => {
    expect(whoIsIn(events, at(16), DAY)).toEqual(new Set(['a']));
    expect(whoIsIn([...events].reverse(), at(16), DAY)).toEqual(new Set(['a']));
  });

  it('gives each member the start of the current visit, first arrival, last departure and time inside', () => {
    const day = presenceOfDay(events, at(16), DAY);
    // A second check-in while in does not start a new visit.
    expect(day.get('a')).toEqual({ memberId: 'a', inSince: at(13), firstIn: at(8), lastOut: at(12), timeInMs: 7 * 3_600_000 });
    expect(day.get('b')).toEqual({ memberId: 'b', inSince: null, firstIn: at(9), lastOut: at(15), timeInMs: 6 * 3_600_000 });
  });

  it('counts who is in now and who came today, gone again or not', () => {
    expect(dayCounts(events, at(16), DAY)).toEqual({ inNow: 1, cameToday: 2 });
    expect(dayCounts(events, at(12, 30), DAY)).toEqual({ inNow: 1, cameToday: 2 });
    expect(dayCounts([event('a', 'in', at(8)), event('a', 'out', at(9))], at(10), DAY)).toEqual({ inNow: 0, cameToday: 1 });
    // A check-out alone (the check-in was yesterday) is no arrival today.
    expect(dayCounts([event('c', 'out', at(9))], at(10), DAY)).toEqual({ inNow: 0, cameToday: 0 });
    expect(dayCounts([], at(10), DAY)).toEqual({ inNow: 0, cameToday: 0 });
  });

  it('counts no event dated after now: a check-out from a clock running ahead takes effect when its time comes', () => {
    const early = [event('a', 'in', at(8)), event('a', 'out', at(12, 3)), event('c', 'in', at(12, 4))];
    expect(whoIsIn(early, at(12), DAY)).toEqual(new Set(['a']));
    expect(presenceOfDay(early, at(12), DAY).get('a')?.timeInMs).toBe(4 * 3_600_000);
    expect(whoIsIn(early, at(12, 5), DAY)).toEqual(new Set(['c']));
  });

  it('counts only the day of now, from the given day start', () => {
    const overnight = [event('a', 'in', new Date(2026, 10, 29, 20))];
    expect(whoIsIn(overnight, at(9), DAY)).toEqual(new Set());
    expect(whoIsIn(overnight, at(9), new Date(2026, 10, 29, 6))).toEqual(new Set(['a']));
  });

  it('puts a check-out after a check-in at the same instant, in any order of the list', () => {
    const same = [event('a', 'out', at(9)), event('a', 'in', at(9))];
    expect(whoIsIn(same, at(10), DAY)).toEqual(new Set());
    expect(whoIsIn([...same].reverse(), at(10), DAY)).toEqual(new Set());
  });
});

describe('dueAtClosing', () => {
  const events = [
    event('stays', 'in', at(9)),
    event('left', 'in', at(9)),
    event('left', 'out', at(17)),
    event('evening', 'in', at(19)),
    event('back', 'in', at(10)),
    event('back', 'out', at(18, 30)),
    event('back', 'in', at(19)),
  ];

  it('checks out those in since before closing once it has passed, never an evening arrival', () => {
    expect(dueAtClosing(events, at(17, 59), at(18), DAY)).toEqual([]);
    expect(dueAtClosing(events, at(20), at(18), DAY)).toEqual(['stays']);
  });
});
