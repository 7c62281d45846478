import type { Page } from 'playwright';
import type { LatencyWrite, WallPresenceSample } from './browser/benchApi';
import type { SiteFiles } from './benchSite';
import { log } from './pageScenario';
import { latencyLines, type ScenarioReport } from './report';
import { round } from './searchLatency';
import { sampleOnAndOffScreen, wallLatencies, withWallAndDevice } from './wallSetup';

/**
 * Issue 4's live path: a kiosk (its own browser and profile) checks members in through the
 * app's repository and sync client; a wall display (another browser, the real UI) shows them as
 * in today. Each change is timed from the start of the kiosk's write to the frame after the
 * count on the wall's "here today" slide changed, shown or not (the wall draws every slide all
 * the time; `shownChanges` counts those that were on screen).
 */
export const KIOSK_TO_WALL_P95_TARGET_MS = 1000;
const CHANGES = 200;
/** The last of them wait for the "here today" slide to be on screen, the others for it to be off screen. */
const ON_SCREEN_CHANGES = 100;
const WALL_TIMEOUT_MS = 10_000;

export interface LatencyOptions {
  members: number;
  seed: number;
}

interface LatencySample {
  write: LatencyWrite;
  wall: WallPresenceSample;
  before: number;
}

async function oneChange(kiosk: Page, wall: Page): Promise<LatencySample> {
  const before = await wall.evaluate(() => {
    window.landhubWallProbe!.arm();
    return window.landhubWallProbe!.count() ?? 0;
  });
  const write = await kiosk.evaluate(() => window.landhubBench!.checkInNext());
  const seen = await wall.evaluate((timeout) => window.landhubWallProbe!.result(timeout), WALL_TIMEOUT_MS);
  if (!seen) throw new Error(`The wall did not show the check-in of ${write.memberId} within ${WALL_TIMEOUT_MS} ms`);
  return { write, wall: seen, before };
}

export async function runKioskToWall(files: SiteFiles, options: LatencyOptions): Promise<ScenarioReport> {
  return withWallAndDevice(files, options, { role: 'kiosk', name: 'Bench kiosk' }, async ({ wall, device: kiosk, fill, chromium }) => {
    const available = await kiosk.evaluate((count) => window.landhubBench!.latencyCandidates(count), CHANGES);
    log(`kiosk to wall: both paired with a ${fill.records}-record hub; ${available} check-ins`);
    const samples = await sampleOnAndOffScreen(wall, 'inToday', available, Math.min(ON_SCREEN_CHANGES, available), () => oneChange(kiosk, wall));
    const wrongCounts = samples.filter((sample) => sample.wall.count !== sample.before + 1).length;
    const { toFrame, toChange, write, shownChanges, onScreenP95 } = wallLatencies(samples);
    const extra = { members: options.members, changes: samples.length, shownChanges, onScreenP95, toDomChangeP95: round(toChange.p95), kioskWriteP95: round(write.p95), wrongCounts, chromium };
    return {
      lines: latencyLines('kiosk_to_wall_latency_ms', toFrame, extra, KIOSK_TO_WALL_P95_TARGET_MS),
      diagnostics: [`  kiosk to wall: local write p50 ${round(write.p50)} ms; wall DOM change p50 ${round(toChange.p50)} ms; ${wrongCounts} counts off by more than one; ${shownChanges} of ${samples.length} changes on screen`],
    };
  });
}
