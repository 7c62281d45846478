import { useEffect, useRef } from 'react';

const TAPS_NEEDED = 5;
const TAP_WINDOW_MS = 3_000;
const HOLD_MS = 3_000;

/**
 * The hidden way in for hosts: five quick taps (or Enter presses) on the logo, or holding
 * it for three seconds. A passer-by tapping it once or twice sees nothing happen.
 */
export function useHostGesture(onGesture: () => void) {
  const taps = useRef<number[]>([]);
  const holdTimer = useRef<number | undefined>(undefined);
  const cancelHold = () => {
    window.clearTimeout(holdTimer.current);
    holdTimer.current = undefined;
  };
  useEffect(() => cancelHold, []);

  return {
    onClick: () => {
      const now = Date.now();
      taps.current = [...taps.current.filter((at) => now - at < TAP_WINDOW_MS), now];
      if (taps.current.length >= TAPS_NEEDED) {
        taps.current = [];
        onGesture();
      }
    },
    onPointerDown: () => {
      cancelHold();
      holdTimer.current = window.setTimeout(() => {
        taps.current = [];
        onGesture();
      }, HOLD_MS);
    },
    onPointerUp: cancelHold,
    onPointerLeave: cancelHold,
    onPointerCancel: cancelHold,
    // A long press on a touch screen would otherwise open the browser's context menu.
    onContextMenu: (event: { preventDefault: () => void }) => { event.preventDefault(); },
  };
}
