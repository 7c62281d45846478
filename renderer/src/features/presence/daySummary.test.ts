import { describe, expect, it } from 'vitest';
import { summarizeDay } from './daySummary';

const at = (hours: number, minutes = 0) => new Date(2026, 10, 30, hours, minutes).toISOString();
const event = (memberId: string, kind: 'in' | 'out', iso: string) => ({ memberId, kind, at: iso });

describe('summarizeDay', () => {
  it('lists who is in since their current visit began, and who has left with first arrival and last departure', () => {
    const events = [
      event('early', 'in', at(8, 42)),
      event('back', 'in', at(9)),
      event('back', 'out', at(11)),
      event('back', 'in', at(13)),
      event('gone', 'in', at(9, 15)),
      event('gone', 'out', at(10)),
      event('gone', 'in', at(10, 30)),
      event('gone', 'out', at(12, 5)),
      event('brief', 'in', at(10)),
      event('brief', 'out', at(10, 20)),
    ];
    const { here, left } = summarizeDay(events, new Date(2026, 10, 30, 14), new Date(2026, 10, 30));
    expect(here.map((entry) => [entry.memberId, entry.since.toISOString()])).toEqual([['early', at(8, 42)], ['back', at(13)]]);
    expect(left.map((entry) => [entry.memberId, entry.firstIn.toISOString(), entry.lastOut.toISOString()]))
      .toEqual([['gone', at(9, 15), at(12, 5)], ['brief', at(10), at(10, 20)]]);
  });

  it('is empty on a day without events', () => {
    expect(summarizeDay([], new Date(), new Date(0))).toEqual({ here: [], left: [] });
  });
});
