/**
 * Fires once after `ms` without a poke. Plain timers rather than React, so the timing can
 * be tested with fake timers; useIdleReset wires it to the kiosk's input events.
 */
export interface IdleTimer {
  poke: () => void;
  stop: () => void;
}

export function createIdleTimer(ms: number, onIdle: () => void): IdleTimer {
  let handle: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    if (handle !== undefined) clearTimeout(handle);
    handle = undefined;
  };
  const poke = () => {
    stop();
    handle = setTimeout(() => {
      handle = undefined;
      onIdle();
    }, ms);
  };
  return { poke, stop };
}
