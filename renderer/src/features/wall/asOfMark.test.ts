import { describe, expect, it } from 'vitest';
import { asOfMark } from './asOfMark';

const since = '2026-12-04T10:00:00.000Z';
const after = (ms: number) => new Date(Date.parse(since) + ms);

describe('asOfMark', () => {
  it('says nothing for the first two minutes without the hub, then marks the moment it was lost', () => {
    expect(asOfMark({ state: 'offline', offlineSince: since }, after(119_999))).toBeNull();
    expect(asOfMark({ state: 'offline', offlineSince: since }, after(120_000))).toBe(since);
    // Trying to connect again is still without the hub.
    expect(asOfMark({ state: 'connecting', offlineSince: since }, after(600_000))).toBe(since);
  });

  it('says nothing once the hub is back, nor on a machine that was never connected', () => {
    expect(asOfMark({ state: 'online', offlineSince: null }, after(600_000))).toBeNull();
    expect(asOfMark({ state: 'syncing', offlineSince: since }, after(600_000))).toBeNull();
    expect(asOfMark({ state: 'unpaired', offlineSince: null }, after(600_000))).toBeNull();
    expect(asOfMark({ state: 'connecting', offlineSince: null }, after(600_000))).toBeNull();
  });
});
