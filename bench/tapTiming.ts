import type { Page } from 'playwright';
import type { TapPaintSample, TapWanted } from './browser/benchApi';
import { round, summarize } from './searchLatency';

/**
 * The Node side of the tap probes (browser/tapPaintProbe.ts): one timed tap, and what the
 * report says of a set of them beside the metric's own value (tap to painted frame).
 */

/** Arms the page's probe with `want`, taps, and waits for the screen to show it; null after the timeout. */
export async function timedTap(page: Page, want: TapWanted, tap: () => Promise<void>, timeoutMs: number): Promise<TapPaintSample | null> {
  await page.evaluate((wanted) => { window.landhubTapProbe!.arm(wanted); }, want);
  await tap();
  return page.evaluate((timeout) => window.landhubTapProbe!.result(timeout), timeoutMs);
}

/** The other stops of the same taps, and where their long frames went. */
export function tapBreakdown(samples: readonly TapPaintSample[]): Record<string, number> {
  const median = (pick: (sample: TapPaintSample) => number) => round(summarize(samples.map(pick)).p50);
  const p95 = (pick: (sample: TapPaintSample) => number) => round(summarize(samples.map(pick)).p95);
  return {
    pressMsP50: median((sample) => sample.pressMs), toDomChangeP95: p95((sample) => sample.toChangeMs), toFrameP50: median((sample) => sample.toFrameMs), toFrameP95: p95((sample) => sample.toFrameMs),
    longFrameMsP50: median((sample) => sample.longFrameMs), scriptMsP50: median((sample) => sample.scriptMs), layoutMsP50: median((sample) => sample.layoutMs),
  };
}

/** The slowest few taps with where their time went, for the summary. */
export function slowestTaps(samples: readonly (TapPaintSample & { action: string })[], count: number): string {
  const worst = [...samples].sort((a, b) => b.toPaintedMs - a.toPaintedMs).slice(0, count);
  return worst.map((s) => `${s.action} ${round(s.toPaintedMs, 0)} ms (frame ${round(s.toFrameMs, 0)}; script ${round(s.scriptMs, 0)}, style+layout ${round(s.layoutMs, 0)} in ${s.longFrames} long frames)`).join('; ');
}
