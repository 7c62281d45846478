import type { Page } from 'playwright';
import type { ProjectWrite, WallChangeSample } from './browser/benchApi';
import type { SiteFiles } from './benchSite';
import { log } from './pageScenario';
import { latencyLines, type ScenarioReport } from './report';
import { round } from './searchLatency';
import { sampleOnAndOffScreen, wallLatencies, withWallAndDevice } from './wallSetup';

/**
 * Issue 11's live path to the wall: a host desk (the bench page in its own browser and profile,
 * paired as a host desk, running the app's sync client) saves a public project that needs
 * people with some skills; the wall display (another browser, the real UI) shows its card.
 * Each save is timed from the start of the host desk's write to the frame after the card is on
 * the wall's projects slide, shown or not (the wall draws every slide all the time).
 */
export const WALL_UPDATE_P95_TARGET_MS = 1000;
const SAVES = 60;
/** The last of them wait for the projects slide to be on screen, the others for it to be off screen. */
const ON_SCREEN_SAVES = 30;
const WALL_TIMEOUT_MS = 10_000;

export interface WallLatencyOptions {
  members: number;
  seed: number;
}

interface Sample {
  write: ProjectWrite;
  wall: WallChangeSample;
}

async function oneSave(host: Page, wall: Page, index: number): Promise<Sample> {
  const title = `Bench project ${String(index + 1)}: a repair café in the village hall`;
  await wall.evaluate((wanted) => { window.landhubWallProbe!.armProject(wanted); }, title);
  const write = await host.evaluate((wanted) => window.landhubBench!.saveWallProject(wanted), title);
  const seen = await wall.evaluate((timeout) => window.landhubWallProbe!.projectResult(timeout), WALL_TIMEOUT_MS);
  if (!seen) throw new Error(`The wall did not show "${title}" within ${WALL_TIMEOUT_MS} ms`);
  return { write, wall: seen };
}

export async function runWallUpdateLatency(files: SiteFiles, options: WallLatencyOptions): Promise<ScenarioReport> {
  return withWallAndDevice(files, options, { role: 'host', name: 'Bench project desk' }, async ({ wall, device: host, fill, chromium }) => {
    log(`wall update: a host desk and a wall paired with a ${fill.records}-record hub; ${SAVES} projects`);
    const samples = await sampleOnAndOffScreen(wall, 'projects', SAVES, ON_SCREEN_SAVES, (index) => oneSave(host, wall, index));
    const { toFrame, toChange, write, shownChanges, onScreenP95 } = wallLatencies(samples);
    const extra = { members: options.members, saves: samples.length, shownChanges, onScreenP95, toDomChangeP95: round(toChange.p95), hostWriteP95: round(write.p95), chromium };
    return {
      lines: latencyLines('wall_update_latency_ms', toFrame, extra, WALL_UPDATE_P95_TARGET_MS),
      diagnostics: [`  wall update: host desk write p50 ${round(write.p50)} ms; wall DOM change p50 ${round(toChange.p50)} ms; ${shownChanges} of ${samples.length} cards appeared on screen`],
    };
  });
}
