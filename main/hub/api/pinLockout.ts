import { HUB_PIN_MAX_FAILURES, HUB_PIN_WINDOW_MS } from '@core/pinCheck';

/**
 * Wrong PIN tries per subject (the host PIN, or one member's), counted by the hub across every
 * machine, so five kiosks do not give a guesser five times the tries. Kept in memory: a hub
 * restart forgives, which a guesser cannot cause from a kiosk.
 */
export interface PinLockout {
  /** The moment the subject opens again, or null when a try may be made now. */
  lockedUntil(subject: string, now: number): number | null;
  /** Counts a try before it is checked, so parallel tries cannot slip past the limit. */
  begin(subject: string, now: number): void;
  /** A right PIN forgives the tries counted so far. */
  succeeded(subject: string): void;
  triesLeft(subject: string, now: number): number;
}

export function createPinLockout(maxFailures = HUB_PIN_MAX_FAILURES, windowMs = HUB_PIN_WINDOW_MS): PinLockout {
  const tries = new Map<string, number[]>();
  const recent = (subject: string, now: number): number[] => {
    const kept = (tries.get(subject) ?? []).filter((at) => now - at < windowMs);
    if (kept.length === 0) tries.delete(subject);
    else tries.set(subject, kept);
    return kept;
  };
  return {
    lockedUntil(subject, now) {
      const kept = recent(subject, now);
      const oldest = kept[kept.length - maxFailures];
      return kept.length >= maxFailures && oldest !== undefined ? oldest + windowMs : null;
    },
    begin(subject, now) {
      tries.set(subject, [...recent(subject, now), now]);
    },
    succeeded(subject) {
      tries.delete(subject);
    },
    triesLeft(subject, now) {
      return Math.max(0, maxFailures - recent(subject, now).length);
    },
  };
}
