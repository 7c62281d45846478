/**
 * The host PIN pad on a public kiosk locks after repeated wrong guesses. The count lives in
 * this machine's local storage, so a reload does not hand a passer-by five fresh tries.
 */
export const HOST_PIN_MAX_FAILURES = 5;
export const HOST_PIN_LOCK_MS = 5 * 60_000;
const STORAGE_KEY = 'landhub.kiosk.hostPinLock';

export interface HostPinLock {
  failures: number;
  /** Epoch milliseconds until which the pad refuses every PIN; null when open. */
  lockedUntil: number | null;
}

type LockStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const OPEN: HostPinLock = { failures: 0, lockedUntil: null };

function parse(text: string | null): HostPinLock {
  if (!text) return OPEN;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return OPEN;
    const { failures, lockedUntil } = value as Record<string, unknown>;
    return {
      failures: typeof failures === 'number' && failures >= 0 ? failures : 0,
      lockedUntil: typeof lockedUntil === 'number' ? lockedUntil : null,
    };
  } catch {
    // A damaged entry must not lock hosts out for good.
    return OPEN;
  }
}

/** The lock as it stands at `now`: an expired lock is open again with a clean count. */
export function readHostPinLock(storage: LockStorage, now: number): HostPinLock {
  const lock = parse(storage.getItem(STORAGE_KEY));
  if (lock.lockedUntil !== null && lock.lockedUntil <= now) {
    storage.removeItem(STORAGE_KEY);
    return OPEN;
  }
  return lock;
}

export function isHostPinLocked(lock: HostPinLock, now: number): boolean {
  return lock.lockedUntil !== null && lock.lockedUntil > now;
}

/** Counts a wrong PIN; the fifth locks the pad for five minutes. */
export function recordHostPinFailure(storage: LockStorage, now: number): HostPinLock {
  const current = readHostPinLock(storage, now);
  if (isHostPinLocked(current, now)) return current;
  const failures = current.failures + 1;
  const next: HostPinLock = failures >= HOST_PIN_MAX_FAILURES ? { failures, lockedUntil: now + HOST_PIN_LOCK_MS } : { failures, lockedUntil: null };
  storage.setItem(STORAGE_KEY, JSON.stringify(next));
  return next;
}

export function clearHostPinLock(storage: LockStorage): void {
  storage.removeItem(STORAGE_KEY);
}

/** The hub locked the host PIN for every kiosk: this pad stays locked as long, across reloads. */
export function lockHostPinUntil(storage: LockStorage, until: number): HostPinLock {
  const next: HostPinLock = { failures: HOST_PIN_MAX_FAILURES, lockedUntil: until };
  storage.setItem(STORAGE_KEY, JSON.stringify(next));
  return next;
}
