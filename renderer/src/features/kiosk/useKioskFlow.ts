import { useCallback, useMemo, useState } from 'react';
import type { KioskDirection } from './kioskRules';
import type { MemberOutcome } from './useKioskActions';

export interface GuestWelcome {
  name: string;
  company: string;
  /** "Søren H.", or null when the guest did not know whom they visit. */
  hostName: string | null;
  arrivedAt: string;
}

export type KioskScreen =
  | { name: 'attract' }
  | { name: 'findMe'; direction: KioskDirection }
  | { name: 'memberPin'; direction: KioskDirection; memberId: string; firstName: string }
  | { name: 'outcome'; outcome: MemberOutcome; method: 'name' | 'scanner' | 'qrCard' }
  | { name: 'guest' }
  | { name: 'guestWelcome'; welcome: GuestWelcome }
  | { name: 'hostPin' }
  | { name: 'hostSettings' };

/** A polite sentence shown on top of a screen, e.g. after a refused card. */
export type KioskMessage = 'cardInvalid' | 'pinTooManyTries';

/**
 * Where the kiosk is in its flow. `resetKey` changes on every return to rest, so every
 * screen is drawn anew and no typed name or result survives for the next person.
 */
export function useKioskFlow() {
  const [screen, setScreen] = useState<KioskScreen>({ name: 'attract' });
  const [message, setMessage] = useState<KioskMessage | null>(null);
  const [resetKey, setResetKey] = useState(0);

  const go = useCallback((next: KioskScreen) => {
    setMessage(null);
    setScreen(next);
  }, []);

  const backToStart = useCallback((withMessage: KioskMessage | null = null) => {
    setScreen({ name: 'attract' });
    setMessage(withMessage);
    setResetKey((key) => key + 1);
  }, []);

  const atRest = screen.name === 'attract' && message === null;
  return useMemo(() => ({ screen, message, resetKey, atRest, go, backToStart, showMessage: setMessage }), [screen, message, resetKey, atRest, go, backToStart]);
}
