import type { KeystrokeSample, KioskProbeApi } from './benchApi';
import { settleWithin } from './settleWithin';

/**
 * Injected into the real kiosk page: from the tap on a name result (the pointer event's own
 * timestamp) to the greeting heading in the DOM and the animation frame after it, timed inside
 * the page so no DevTools round trip is counted.
 */
const TAP_EVENTS = ['pointerdown', 'mousedown', 'click'] as const;

interface Armed {
  done: Promise<KeystrokeSample | null>;
  cleanup(): void;
}

let armed: Armed | null = null;

function headingShows(text: string): boolean {
  return [...document.querySelectorAll('main h1')].some((heading) => heading.textContent.trim() === text);
}

function arm(heading: string): void {
  armed?.cleanup();
  let tapAt: number | null = null;
  let changedAt: number | null = null;
  let settle: (sample: KeystrokeSample | null) => void = () => undefined;
  const onTap = (event: Event): void => { tapAt ??= event.timeStamp; };
  const observer = new MutationObserver(() => {
    if (changedAt !== null || !headingShows(heading)) return;
    changedAt = performance.now();
    cleanup();
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      settle(tapAt === null || changedAt === null ? null : { toChangeMs: changedAt - tapAt, toFrameMs: frameAt - tapAt });
    });
  });
  const cleanup = (): void => {
    observer.disconnect();
    for (const type of TAP_EVENTS) document.removeEventListener(type, onTap, true);
  };
  for (const type of TAP_EVENTS) document.addEventListener(type, onTap, true);
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  armed = { done: new Promise((resolve) => { settle = resolve; }), cleanup };
}

function result(timeoutMs: number): Promise<KeystrokeSample | null> {
  const state = armed;
  if (!state) throw new Error('arm() must run before the tap');
  armed = null;
  return settleWithin(state.done, timeoutMs, () => { state.cleanup(); });
}

const api: KioskProbeApi = { arm, result };
window.landhubKioskProbe = api;
