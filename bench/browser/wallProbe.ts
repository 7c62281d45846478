import type { WallChangeSample, WallPresenceSample, WallProbeApi } from './benchApi';
import { settleWithin } from './settleWithin';

/**
 * Injected into the real wall display: notices when a slide changes (the "here today" count, a
 * new project card) and the frame after it, in epoch milliseconds so the write's time (another
 * browser on the same machine) can be subtracted. Every slide is drawn all the time in a
 * container of its own and only one is shown (features/wall/WallApp.tsx), so a slide off screen
 * changes in the DOM just as one on screen does; each sample says which it was.
 */
type Watched = 'inToday' | 'projects';
const slideSelector = (kind: Watched) => `.wall-slide[data-slide="${kind}"]`;
const COUNT = `${slideSelector('inToday')} [data-count]`;
const PROJECT_TITLES = `${slideSelector('projects')} .wall-card-title`;

interface Seen extends WallChangeSample {
  value: number;
}

interface Armed {
  done: Promise<Seen | null>;
  cleanup(): void;
}

const armed = new Map<Watched, Armed>();
const epochNow = () => performance.timeOrigin + performance.now();

function count(): number | null {
  const value = document.querySelector(COUNT)?.getAttribute('data-count');
  return value == null || value === '' ? null : Number(value);
}

/** Watches one slide until `seen()` gives a value, then waits for the next frame. */
function watch(kind: Watched, seen: () => number | null): void {
  armed.get(kind)?.cleanup();
  const slide = document.querySelector(slideSelector(kind));
  if (!slide) throw new Error(`No ${kind} slide on the wall display`);
  let settle: (sample: Seen | null) => void = () => undefined;
  let done = false;
  const observer = new MutationObserver(() => {
    const value = seen();
    if (done || value === null) return;
    done = true;
    const changedAt = epochNow();
    const shown = slide.getAttribute('data-shown') === 'true';
    observer.disconnect();
    requestAnimationFrame(() => { settle({ changedAt, frameAt: epochNow(), shown, value }); });
  });
  observer.observe(slide, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['data-count'] });
  armed.set(kind, { done: new Promise((resolve) => { settle = resolve; }), cleanup: () => { observer.disconnect(); } });
}

async function result(kind: Watched, timeoutMs: number): Promise<Seen | null> {
  const state = armed.get(kind);
  if (!state) throw new Error('arm the probe before the write');
  armed.delete(kind);
  return settleWithin(state.done, timeoutMs, () => { state.cleanup(); });
}

function arm(): void {
  const before = count();
  watch('inToday', () => {
    const now = count();
    return now === null || now === before ? null : now;
  });
}

function armProject(title: string): void {
  const cards = () => [...document.querySelectorAll(PROJECT_TITLES)].filter((element) => element.textContent === title).length;
  if (cards() > 0) throw new Error(`The wall shows "${title}" already`);
  watch('projects', () => (cards() > 0 ? cards() : null));
}

const api: WallProbeApi = {
  count,
  arm,
  result: async (timeoutMs): Promise<WallPresenceSample | null> => {
    const seen = await result('inToday', timeoutMs);
    return seen && { changedAt: seen.changedAt, frameAt: seen.frameAt, shown: seen.shown, count: seen.value };
  },
  armProject,
  projectResult: async (timeoutMs): Promise<WallChangeSample | null> => {
    const seen = await result('projects', timeoutMs);
    return seen && { changedAt: seen.changedAt, frameAt: seen.frameAt, shown: seen.shown };
  },
};
window.landhubWallProbe = api;
