import { describe, expect, it } from 'vitest';
import { defaultHubSettings } from '@core/schemas';
import { dueForClosingCheckOut as closingCheckOuts } from '@core/checkInRules';
import { closingCheckOutWrites } from './closingCheckOut';

const CPH = 'Europe/Copenhagen';
const event = (memberId: string, kind: 'in' | 'out', at: string) => ({ memberId, kind, at });

describe('closingCheckOuts', () => {
  // The day summer time ends: 18:00 in Copenhagen is 17:00 UTC.
  const events = [
    event('a', 'in', '2026-10-25T08:00:00Z'),
    event('b', 'in', '2026-10-25T09:00:00Z'), event('b', 'out', '2026-10-25T12:00:00Z'),
    event('c', 'in', '2026-10-25T17:30:00Z'),
    event('d', 'in', '2026-10-24T08:00:00Z'),
    event('e', 'in', '2026-10-25T10:00:00Z'), event('e', 'out', '2026-10-25T17:10:00Z'), event('e', 'in', '2026-10-25T17:40:00Z'),
    event('f', 'in', '2026-10-25T10:00:00Z'), event('f', 'out', '2026-10-25T20:00:00Z'),
  ];

  it('names nobody before closing time in the hub zone, an hour later in UTC after the clocks went back', () => {
    expect(closingCheckOuts(events, new Date('2026-10-25T16:59:00Z'), '18:00', CPH)).toEqual([]);
  });

  it('after closing names those in at closing with nothing since: not evening arrivals, not yesterday, not a dated-ahead check-out', () => {
    expect(closingCheckOuts(events, new Date('2026-10-25T17:45:00Z'), '18:00', CPH)).toEqual(['a', 'f']);
  });

  it('is settled by its own result: once the check-outs exist the next run names nobody', () => {
    const now = new Date('2026-10-25T17:01:00Z');
    let id = 0;
    const writes = closingCheckOutWrites(events, { now, settings: { ...defaultHubSettings }, newId: () => `out-${++id}` });
    expect(writes.map((write) => [write.table, write.recordId, write.fields.memberId, write.fields.kind, write.fields.method, write.fields.at])).toEqual([
      ['checkIns', 'out-1', 'a', 'out', 'automatic', '2026-10-25T17:01:00.000Z'],
      ['checkIns', 'out-2', 'e', 'out', 'automatic', '2026-10-25T17:01:00.000Z'],
      ['checkIns', 'out-3', 'f', 'out', 'automatic', '2026-10-25T17:01:00.000Z'],
    ]);
    const after = [...events, ...writes.map((write) => event(String(write.fields.memberId), 'out', String(write.fields.at)))];
    expect(closingCheckOuts(after, new Date('2026-10-25T17:02:00Z'), '18:00', CPH)).toEqual([]);
  });

  it('counts a second check-in while in as the same visit, begun before closing', () => {
    const twice = [event('g', 'in', '2026-10-25T08:00:00Z'), event('g', 'in', '2026-10-25T17:20:00Z')];
    expect(closingCheckOuts(twice, new Date('2026-10-25T17:30:00Z'), '18:00', CPH)).toEqual(['g']);
  });

  it('follows the hub zone, not UTC: a New York hub closes five hours later', () => {
    expect(closingCheckOuts(events, new Date('2026-10-25T21:59:00Z'), '18:00', 'America/New_York')).toEqual([]);
    expect(closingCheckOuts(events, new Date('2026-10-25T22:00:00Z'), '18:00', 'America/New_York')).toEqual(['a', 'c', 'e']);
  });
});
