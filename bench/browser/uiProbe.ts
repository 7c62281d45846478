import type { KeystrokeSample, ProbeApi } from './benchApi';
import { settleWithin } from './settleWithin';

/**
 * Injected into the real app page to time one keystroke from inside the page: the input
 * event's own timestamp, the DOM mutation of the result count, and the animation frame
 * after it. Timing from Node would add DevTools round trips to every sample.
 */

const RESULT_COUNT = '.board .result-count';
const INPUT_EVENTS = ['keydown', 'beforeinput', 'input'] as const;

interface Armed {
  inputAt: number | null;
  changedAt: number | null;
  done: Promise<KeystrokeSample | null>;
  cleanup(): void;
}

let armed: Armed | null = null;

function resultCount(): Element {
  const element = document.querySelector(RESULT_COUNT);
  if (!element) throw new Error(`No ${RESULT_COUNT} on the page`);
  return element;
}

function arm(): void {
  armed?.cleanup();
  let settle: (sample: KeystrokeSample | null) => void = () => undefined;
  const state: Armed = {
    inputAt: null,
    changedAt: null,
    done: new Promise((resolve) => { settle = resolve; }),
    cleanup: () => {
      observer.disconnect();
      for (const type of INPUT_EVENTS) document.removeEventListener(type, onInput, true);
    },
  };
  // Characters beyond US keys arrive as input events without a keydown, so take whichever comes first.
  const onInput = (event: Event): void => { state.inputAt ??= event.timeStamp; };
  const observer = new MutationObserver(() => {
    if (state.changedAt !== null) return;
    state.changedAt = performance.now();
    state.cleanup();
    requestAnimationFrame(() => {
      const { inputAt, changedAt } = state;
      const frameAt = performance.now();
      settle(inputAt === null || changedAt === null ? null : { toChangeMs: changedAt - inputAt, toFrameMs: frameAt - inputAt });
    });
  });
  for (const type of INPUT_EVENTS) document.addEventListener(type, onInput, true);
  observer.observe(resultCount(), { characterData: true, childList: true, subtree: true });
  armed = state;
}

function result(timeoutMs: number): Promise<KeystrokeSample | null> {
  const state = armed;
  if (!state) throw new Error('arm() must run before the key is sent');
  armed = null;
  return settleWithin(state.done, timeoutMs, () => { state.cleanup(); });
}

function count(): number | null {
  const digits = document.querySelector(RESULT_COUNT)?.textContent.replace(/\D/g, '') ?? '';
  return digits === '' ? null : Number(digits);
}

const api: ProbeApi = { arm, result, count };
window.landhubProbe = api;
