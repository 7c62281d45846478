import { useEffect, useRef } from 'react';
import { createIdleTimer } from './idleTimer';

/** Anything a person does at the kiosk counts as use. */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'input'] as const;

/**
 * Calls `onIdle` after `seconds` without pointer, keyboard or touch input. While `enabled`
 * is false (the kiosk is already at rest) nothing runs.
 */
export function useIdleReset(seconds: number, onIdle: () => void, enabled: boolean): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => { onIdleRef.current = onIdle; }, [onIdle]);
  useEffect(() => {
    if (!enabled) return undefined;
    const timer = createIdleTimer(seconds * 1000, () => { onIdleRef.current(); });
    const poke = () => { timer.poke(); };
    for (const name of INPUT_EVENTS) window.addEventListener(name, poke, { capture: true, passive: true });
    timer.poke();
    return () => {
      timer.stop();
      for (const name of INPUT_EVENTS) window.removeEventListener(name, poke, { capture: true });
    };
  }, [seconds, enabled]);
}
