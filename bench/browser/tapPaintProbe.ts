import type { TapPaintSample, TapProbeApi } from './benchApi';
import { settleWithin } from './settleWithin';

/**
 * What the injected tap probes (the desk week, the pinboard) share: from the tap's own pointer
 * event timestamp to the DOM showing what was asked for, the animation frame after it, and that
 * frame painted. Long animation frames in between say how much of it was script (React, Dexie)
 * and how much style and layout. Each probe says only what "shown" means on its screen.
 */
const TAP_EVENTS = ['pointerdown', 'mousedown', 'click'] as const;
// Long-animation-frame entries arrive after their frame; this lets the last one come in.
const ENTRIES_GRACE_MS = 500;

/** Chromium's long animation frame entry, not yet in TypeScript's DOM library. */
interface LongFrame extends PerformanceEntry {
  styleAndLayoutStart: number;
  scripts: readonly { duration: number }[];
}

interface Timing { tapAt: number; clickAt: number; changedAt: number; frameAt: number; paintedAt: number; shown: number }

interface Armed {
  done: Promise<Timing | null>;
  frames: LongFrame[];
  cleanup(): void;
}

/**
 * The check runs on every DOM change, so it should read something small first: the number of
 * things shown once the screen shows what was asked for, else null.
 */
export type ShownCheck = () => number | null;

function armed(shown: ShownCheck): Armed {
  let tapAt: number | null = null;
  let clickAt: number | null = null;
  let changedAt: number | null = null;
  let settle: (value: Timing) => void = () => undefined;
  const frames: LongFrame[] = [];
  const onTap = (event: Event): void => {
    tapAt ??= event.timeStamp;
    if (event.type === 'click') clickAt ??= event.timeStamp;
  };
  const longFrames = new PerformanceObserver((list) => { frames.push(...(list.getEntries() as LongFrame[])); });
  const observer = new MutationObserver(() => {
    if (changedAt !== null || tapAt === null) return;
    const count = shown();
    if (count === null) return;
    changedAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      // A message posted in the frame's callback arrives once that frame's style, layout and paint are done.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { settle({ tapAt: tapAt ?? 0, clickAt: clickAt ?? tapAt ?? 0, changedAt: changedAt ?? 0, frameAt, paintedAt: performance.now(), shown: count }); };
      channel.port2.postMessage(null);
    });
  });
  const cleanup = (): void => {
    observer.disconnect();
    longFrames.disconnect();
    for (const type of TAP_EVENTS) document.removeEventListener(type, onTap, true);
  };
  for (const type of TAP_EVENTS) document.addEventListener(type, onTap, true);
  observer.observe(document.body, { childList: true, characterData: true, subtree: true });
  longFrames.observe({ type: 'long-animation-frame', buffered: false });
  return { done: new Promise((resolve) => { settle = resolve; }), frames, cleanup };
}

function sample(timing: Timing, frames: readonly LongFrame[]): TapPaintSample {
  const inside = frames.filter((frame) => frame.startTime + frame.duration > timing.tapAt && frame.startTime < timing.paintedAt);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    toChangeMs: timing.changedAt - timing.tapAt,
    toFrameMs: timing.frameAt - timing.tapAt,
    toPaintedMs: timing.paintedAt - timing.tapAt,
    pressMs: timing.clickAt - timing.tapAt,
    shown: timing.shown,
    longFrames: inside.length,
    longFrameMs: sum(inside.map((frame) => frame.duration)),
    scriptMs: sum(inside.flatMap((frame) => frame.scripts.map((script) => script.duration))),
    // A frame that drew nothing has no style and layout phase (its start is 0).
    layoutMs: sum(inside.map((frame) => (frame.styleAndLayoutStart >= frame.startTime ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0))),
  };
}

/**
 * The probe a page is given as `window.landhubTapProbe`. `watch` runs when it is armed, before
 * the tap (so it can note what the screen shows before), and returns the check.
 */
export function tapProbe<W>(watch: (want: W) => ShownCheck): TapProbeApi<W> {
  let current: Armed | null = null;
  return {
    arm(want) {
      current?.cleanup();
      current = armed(watch(want));
    },
    async result(timeoutMs) {
      const state = current;
      if (!state) throw new Error('arm() must run before the tap');
      current = null;
      const timing = await settleWithin(state.done, timeoutMs, () => undefined);
      await new Promise((resolve) => { setTimeout(resolve, ENTRIES_GRACE_MS); });
      state.cleanup();
      return timing ? sample(timing, state.frames) : null;
    },
  };
}
