import { createAddressLimiter } from '../addressLimiter';

/**
 * Budgets that make guessing a pairing code hopeless. A code has 10^8 values and lives ten
 * minutes; one source address may try a few per minute (a token bucket, ../addressLimiter.ts),
 * and all addresses together may fail a few dozen times per minute. When that shared budget
 * runs out, someone is spreading guesses over many addresses: every live code is expired, so no
 * guess can hit, and a host makes new ones.
 */
export const PAIR_ATTEMPTS_PER_ADDRESS_PER_MINUTE = 10;
export const FAILED_PAIRINGS_PER_MINUTE = 50;
const WINDOW_MS = 60_000;

export interface PairingGuard {
  /** False when this address has tried too often in the last minute (the attempt is not made). */
  allowAttempt(address: string, nowMs: number): boolean;
  /** Counts a failed attempt; true when it used up the shared budget (the caller expires the codes). */
  recordFailure(nowMs: number): boolean;
}

export function createPairingGuard(perAddress = PAIR_ATTEMPTS_PER_ADDRESS_PER_MINUTE, failedPerMinute = FAILED_PAIRINGS_PER_MINUTE): PairingGuard {
  // A flood from more addresses than the limiter remembers is what the shared failure budget is for.
  const attempts = createAddressLimiter({ capacity: perAddress, refillEveryMs: WINDOW_MS / perAddress });
  let failures: number[] = [];

  return {
    allowAttempt: (address, nowMs) => attempts.take(address, nowMs).allowed,
    recordFailure(nowMs) {
      failures = failures.filter((at) => nowMs - at < WINDOW_MS);
      failures.push(nowMs);
      if (failures.length < failedPerMinute) return false;
      // A fresh budget for the codes a host makes next.
      failures = [];
      return true;
    },
  };
}
