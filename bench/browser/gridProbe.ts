import type { GridProbeApi, GridSample, GridWanted } from './benchApi';
import { settleWithin } from './settleWithin';

/**
 * Injected into the real host app: from the tap that changes the desk week (the tab or "Next
 * week", the pointer event's own timestamp) to the desk grid showing the other week, every
 * block drawn with its holder's name, and the animation frame after it. The grid draws only the
 * rows in view, so these are the blocks of those rows. Long animation frames in
 * between say how much of it was script (React, Dexie) and how much style and layout.
 */
const TAP_EVENTS = ['pointerdown', 'mousedown', 'click'] as const;
const DESK_GRID = '[role="grid"].timeline.desks';
const SUMMARY = '.bookings-summary';
// Long-animation-frame entries arrive after their frame; this lets the last one come in.
const ENTRIES_GRACE_MS = 500;

/** Chromium's long animation frame entry, not yet in TypeScript's DOM library. */
interface LongFrame extends PerformanceEntry {
  styleAndLayoutStart: number;
  scripts: readonly { duration: number }[];
}

interface Timing { tapAt: number; changedAt: number; frameAt: number; paintedAt: number; blocks: number }

interface Armed {
  done: Promise<Timing | null>;
  frames: LongFrame[];
  cleanup(): void;
}

let armed: Armed | null = null;

function groupsText(): string {
  return document.querySelector(`${DESK_GRID} .timeline-groups`)?.textContent ?? '';
}

/**
 * The number of blocks once the grid shows another week than `before`, all of it (its summary
 * counts the week's bookings: the first render after the switch may show the old day's only)
 * and every name in place; else null. Runs on every mutation, so it reads the small summary
 * and header first and walks the blocks only once the count is right.
 */
function shownBlocks(want: GridWanted, before: string): number | null {
  const groups = groupsText();
  if (groups === '' || groups === before) return null;
  const summary = document.querySelector(SUMMARY)?.textContent.replace(/\D/g, '') ?? '';
  if (summary !== String(want.bookings)) return null;
  const names = document.querySelectorAll(`${DESK_GRID} .timeline-block-who`);
  if (names.length === 0) return null;
  // A name still being read is drawn empty for a moment (useBookingTimeline): the week is shown once every name is.
  for (const name of names) if (name.textContent === want.unnamed || name.textContent === '') return null;
  return names.length;
}

function arm(want: GridWanted): void {
  armed?.cleanup();
  const before = groupsText();
  let tapAt: number | null = null;
  let changedAt: number | null = null;
  let settle: (value: Timing) => void = () => undefined;
  const frames: LongFrame[] = [];
  const onTap = (event: Event): void => { tapAt ??= event.timeStamp; };
  const longFrames = new PerformanceObserver((list) => { frames.push(...(list.getEntries() as LongFrame[])); });
  const observer = new MutationObserver(() => {
    if (changedAt !== null || tapAt === null) return;
    const blocks = shownBlocks(want, before);
    if (blocks === null) return;
    changedAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      // A message posted in the frame's callback arrives once that frame's style, layout and paint are done.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { settle({ tapAt: tapAt ?? 0, changedAt: changedAt ?? 0, frameAt, paintedAt: performance.now(), blocks }); };
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
  armed = { done: new Promise((resolve) => { settle = resolve; }), frames, cleanup };
}

function sample(timing: Timing, frames: readonly LongFrame[]): GridSample {
  const inside = frames.filter((frame) => frame.startTime + frame.duration > timing.tapAt && frame.startTime < timing.paintedAt);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    toChangeMs: timing.changedAt - timing.tapAt,
    toFrameMs: timing.frameAt - timing.tapAt,
    toPaintedMs: timing.paintedAt - timing.tapAt,
    blocks: timing.blocks,
    longFrames: inside.length,
    longFrameMs: sum(inside.map((frame) => frame.duration)),
    scriptMs: sum(inside.flatMap((frame) => frame.scripts.map((script) => script.duration))),
    // A frame that drew nothing has no style and layout phase (its start is 0).
    layoutMs: sum(inside.map((frame) => (frame.styleAndLayoutStart >= frame.startTime ? frame.startTime + frame.duration - frame.styleAndLayoutStart : 0))),
  };
}

async function result(timeoutMs: number): Promise<GridSample | null> {
  const state = armed;
  if (!state) throw new Error('arm() must run before the tap');
  armed = null;
  const timing = await settleWithin(state.done, timeoutMs, () => undefined);
  await new Promise((resolve) => { setTimeout(resolve, ENTRIES_GRACE_MS); });
  state.cleanup();
  return timing ? sample(timing, state.frames) : null;
}

const api: GridProbeApi = { arm, result };
window.landhubGridProbe = api;
