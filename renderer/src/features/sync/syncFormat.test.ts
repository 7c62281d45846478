import { describe, expect, it } from 'vitest';
import {
  formatCountdown,
  groupPairingCode,
  indicatorView,
  initialSyncProgress,
  isCaughtUp,
  isPairingCode,
  normalizePairingCode,
  pairingCodeFromSearch,
  pairingUrl,
  relativeTime,
} from './syncFormat';

const base = { state: 'online', pending: 0, offlineSince: null, initialSync: null } as const;

describe('pairing codes', () => {
  it('accepts the code as people type it, with spaces or a dash', () => {
    expect(normalizePairingCode(' 1234 5678 ')).toBe('12345678');
    expect(normalizePairingCode('1234-5678')).toBe('12345678');
    expect(isPairingCode(normalizePairingCode('1234 5678'))).toBe(true);
  });

  it('refuses anything but exactly 8 digits', () => {
    expect(isPairingCode('1234567')).toBe(false);
    expect(isPairingCode('123456789')).toBe(false);
    expect(isPairingCode('1234567a')).toBe(false);
  });

  it('shows the code as two groups of four', () => {
    expect(groupPairingCode('12345678')).toBe('1234 5678');
    expect(groupPairingCode('1234 5678')).toBe('1234 5678');
    expect(groupPairingCode('123')).toBe('123');
  });

  it('builds the pairing address from the hub address, with or without a trailing slash', () => {
    expect(pairingUrl('http://192.168.1.20:4870', '1234 5678')).toBe('http://192.168.1.20:4870/?pair=12345678');
    expect(pairingUrl('http://hub.local:4870/', '12345678')).toBe('http://hub.local:4870/?pair=12345678');
  });

  it('reads the code from ?pair= only when it is a real code', () => {
    expect(pairingCodeFromSearch('?pair=12345678')).toBe('12345678');
    expect(pairingCodeFromSearch('?lang=de&pair=1234%205678')).toBe('12345678');
    expect(pairingCodeFromSearch('?pair=abc')).toBeNull();
    expect(pairingCodeFromSearch('?role=kiosk')).toBeNull();
  });
});

describe('formatCountdown', () => {
  it('shows minutes and two-digit seconds, rounding up so 0:00 means expired', () => {
    expect(formatCountdown(10 * 60_000)).toBe('10:00');
    expect(formatCountdown(9 * 60_000 + 41_000)).toBe('9:41');
    expect(formatCountdown(5_500)).toBe('0:06');
    expect(formatCountdown(1)).toBe('0:01');
    expect(formatCountdown(0)).toBe('0:00');
    expect(formatCountdown(-5_000)).toBe('0:00');
  });
});

describe('initialSyncProgress', () => {
  it('passes sensible counts through', () => {
    expect(initialSyncProgress({ received: 12_400, total: 150_000 })).toEqual({ value: 12_400, max: 150_000 });
  });

  it('never runs past its end or below zero', () => {
    expect(initialSyncProgress({ received: 160_000, total: 150_000 })).toEqual({ value: 160_000, max: 160_000 });
    expect(initialSyncProgress({ received: -3, total: 10 })).toEqual({ value: 0, max: 10 });
  });
});

describe('indicatorView', () => {
  it('says online when nothing is waiting, even during a quick pull', () => {
    expect(indicatorView(base)).toEqual({ kind: 'online' });
    expect(indicatorView({ ...base, state: 'syncing' })).toEqual({ kind: 'online' });
  });

  it('counts waiting changes while connected', () => {
    expect(indicatorView({ ...base, state: 'syncing', pending: 3 })).toEqual({ kind: 'syncing', pending: 3 });
    expect(indicatorView({ ...base, pending: 1 })).toEqual({ kind: 'syncing', pending: 1 });
  });

  it('says since when it is offline', () => {
    expect(indicatorView({ ...base, state: 'offline', offlineSince: '2025-03-04T10:42:00.000Z', pending: 2 }))
      .toEqual({ kind: 'offline', since: '2025-03-04T10:42:00.000Z', pending: 2 });
  });

  it('shows the download of a new machine before anything else, unless it is offline', () => {
    const initialSync = { received: 12_400, total: 150_000 };
    expect(indicatorView({ ...base, state: 'syncing', initialSync })).toEqual({ kind: 'initialSync', value: 12_400, max: 150_000 });
    expect(indicatorView({ ...base, state: 'offline', initialSync }).kind).toBe('offline');
  });

  it('tells an unpaired machine so, whatever else is set', () => {
    expect(indicatorView({ ...base, state: 'unpaired', pending: 4 })).toEqual({ kind: 'unpaired' });
    expect(indicatorView({ ...base, state: 'connecting' })).toEqual({ kind: 'connecting' });
  });
});

describe('isCaughtUp', () => {
  const synced = { state: 'online', initialSync: null, lastSyncedAt: '2025-03-04T10:00:05.000Z' } as const;

  it('waits for a finished pull after pairing', () => {
    expect(isCaughtUp(synced, null)).toBe(true);
    expect(isCaughtUp({ ...synced, lastSyncedAt: null }, null)).toBe(false);
    expect(isCaughtUp(synced, synced.lastSyncedAt)).toBe(false);
  });

  it('is not done while downloading, connecting or offline', () => {
    expect(isCaughtUp({ ...synced, initialSync: { received: 1, total: 9 } }, null)).toBe(false);
    expect(isCaughtUp({ ...synced, state: 'connecting' }, null)).toBe(false);
    expect(isCaughtUp({ ...synced, state: 'offline' }, null)).toBe(false);
  });
});

describe('relativeTime', () => {
  const now = new Date('2025-03-04T12:00:00.000Z');

  it('picks the largest sensible unit', () => {
    expect(relativeTime('2025-03-04T11:59:50.000Z', now)).toEqual({ value: 0, unit: 'second' });
    expect(relativeTime('2025-03-04T11:57:00.000Z', now)).toEqual({ value: -3, unit: 'minute' });
    expect(relativeTime('2025-03-04T09:00:00.000Z', now)).toEqual({ value: -3, unit: 'hour' });
    expect(relativeTime('2025-03-01T12:00:00.000Z', now)).toEqual({ value: -3, unit: 'day' });
  });
});
