import { describe, expect, it } from 'vitest';
import { clearHostPinLock, HOST_PIN_LOCK_MS, isHostPinLocked, lockHostPinUntil, readHostPinLock, recordHostPinFailure } from './hostPinLock';

/** A Storage stand-in: a map, as a browser's localStorage behaves for one origin. */
function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => { items.set(key, value); },
    removeItem: (key: string) => { items.delete(key); },
  };
}

const T0 = Date.parse('2026-03-02T09:00:00Z');

describe('host PIN lock-out', () => {
  it('locks for five minutes on the fifth wrong PIN, not before', () => {
    const storage = memoryStorage();
    for (let wrong = 1; wrong <= 4; wrong++) {
      const lock = recordHostPinFailure(storage, T0 + wrong);
      expect(lock.failures).toBe(wrong);
      expect(isHostPinLocked(lock, T0 + wrong)).toBe(false);
    }
    const locked = recordHostPinFailure(storage, T0 + 5);
    expect(locked.lockedUntil).toBe(T0 + 5 + HOST_PIN_LOCK_MS);
    expect(isHostPinLocked(readHostPinLock(storage, T0 + 5 + HOST_PIN_LOCK_MS - 1), T0 + 5 + HOST_PIN_LOCK_MS - 1)).toBe(true);
  });

  it('survives a reload: a fresh read of the same storage is still locked', () => {
    const storage = memoryStorage();
    for (let wrong = 0; wrong < 5; wrong++) recordHostPinFailure(storage, T0);
    const copied = memoryStorage();
    for (const [key, value] of storage.items) copied.setItem(key, value);
    expect(isHostPinLocked(readHostPinLock(copied, T0 + 60_000), T0 + 60_000)).toBe(true);
  });

  it('does not extend the lock while locked, and opens with a clean count afterwards', () => {
    const storage = memoryStorage();
    for (let wrong = 0; wrong < 5; wrong++) recordHostPinFailure(storage, T0);
    expect(recordHostPinFailure(storage, T0 + 1000).lockedUntil).toBe(T0 + HOST_PIN_LOCK_MS);
    const after = readHostPinLock(storage, T0 + HOST_PIN_LOCK_MS);
    expect(after).toEqual({ failures: 0, lockedUntil: null });
    expect(recordHostPinFailure(storage, T0 + HOST_PIN_LOCK_MS + 1).failures).toBe(1);
  });

  it('forgets failures after a right PIN, and treats a damaged entry as open', () => {
    const storage = memoryStorage();
    recordHostPinFailure(storage, T0);
    clearHostPinLock(storage);
    expect(readHostPinLock(storage, T0)).toEqual({ failures: 0, lockedUntil: null });
    storage.setItem('landhub.kiosk.hostPinLock', '{not json');
    expect(readHostPinLock(storage, T0)).toEqual({ failures: 0, lockedUntil: null });
  });
});

describe('a lock-out the hub decided', () => {
  it('keeps the pad locked until the hub\'s time, across reloads, then opens with a clean count', () => {
    const storage = memoryStorage();
    const until = T0 + 12 * 60_000;
    expect(lockHostPinUntil(storage, until)).toEqual({ failures: 5, lockedUntil: until });
    expect(isHostPinLocked(readHostPinLock(storage, until - 1), until - 1)).toBe(true);
    expect(readHostPinLock(storage, until)).toEqual({ failures: 0, lockedUntil: null });
  });
});
