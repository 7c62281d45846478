import type { WallPresenceSample, WallProbeApi } from './benchApi';
import { settleWithin } from './settleWithin';

/**
 * Injected into the real wall display: notices when the board's "In today (N)" count changes
 * and the frame after it, in epoch milliseconds so the kiosk's write time (another browser on
 * the same machine) can be subtracted.
 */
const IN_TODAY = '.board .check-field';

interface Armed {
  done: Promise<WallPresenceSample | null>;
  cleanup(): void;
}

let armed: Armed | null = null;
const epochNow = () => performance.timeOrigin + performance.now();

function count(): number | null {
  const text = document.querySelector(IN_TODAY)?.textContent ?? '';
  const digits = /\(([^)]*)\)\s*$/.exec(text)?.[1]?.replace(/\D/g, '') ?? '';
  return digits === '' ? null : Number(digits);
}

function arm(): void {
  armed?.cleanup();
  const target = document.querySelector(IN_TODAY);
  if (!target) throw new Error(`No ${IN_TODAY} on the wall display`);
  const before = count();
  let settle: (sample: WallPresenceSample | null) => void = () => undefined;
  let seen = false;
  const observer = new MutationObserver(() => {
    const now = count();
    if (seen || now === before || now === null) return;
    seen = true;
    const changedAt = epochNow();
    observer.disconnect();
    requestAnimationFrame(() => { settle({ changedAt, frameAt: epochNow(), count: now }); });
  });
  observer.observe(target, { childList: true, characterData: true, subtree: true });
  armed = { done: new Promise((resolve) => { settle = resolve; }), cleanup: () => { observer.disconnect(); } };
}

function result(timeoutMs: number): Promise<WallPresenceSample | null> {
  const state = armed;
  if (!state) throw new Error('arm() must run before the write');
  armed = null;
  return settleWithin(state.done, timeoutMs, () => { state.cleanup(); });
}

const api: WallProbeApi = { count, arm, result };
window.landhubWallProbe = api;
