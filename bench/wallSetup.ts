import type { BrowserContext, Page } from 'playwright';
import type { WallSlide } from '@core/wall/slidePlan';
import { PairingForm } from '../tests/e2e/support/pages/SyncPages';
import { WallDisplay } from '../tests/e2e/support/pages/WallDisplay';
import type { WallChangeSample } from './browser/benchApi';
import { launchOnDiskBrowser } from './browserLauncher';
import type { SiteFiles } from './benchSite';
import { ackedSeqOf, createPairingCode, fillHubStore, newDataDir, pairBenchHost, startHubProcess, type HubFill } from './hubProcess';
import { chromiumVersion, log, openBenchPage } from './pageScenario';
import { round, summarize } from './searchLatency';

/**
 * What the wall benches share: a wall display paired through the real pairing form
 * (`?pair=<code>`), as a host sets one up, ready once the hub records its acknowledgement of the
 * hub's latest seq and its slides show the data (then no change the bench makes can be mistaken
 * for the first download); the hub and the second machine of a live-path bench; samples taken
 * with a slide on and off screen, and their timings.
 */
const WALL_DEVICE_NAME = 'Bench wall display';
const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 100;

export interface WallHub {
  url: string;
  /** The bench's own host desk token (pairBenchHost), to read the devices' acknowledgements. */
  hostToken: string;
  latestSeq: number;
}

async function waitForAck(hub: WallHub): Promise<void> {
  const deadline = performance.now() + READY_TIMEOUT_MS;
  for (;;) {
    const acked = await ackedSeqOf(hub.url, hub.hostToken, WALL_DEVICE_NAME).catch(() => null);
    if (acked !== null && acked >= hub.latestSeq) return;
    if (performance.now() > deadline) throw new Error(`The wall reached seq ${String(acked)} of ${hub.latestSeq} in ${READY_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Pairs a new tab of `context` as the wall and injects the wall probe (`browser/wallProbe.ts`). */
export async function pairWall(context: BrowserContext, hub: WallHub, code: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => { log(`wall page error: ${error.message}`); });
  await page.goto(`${hub.url}/?pair=${code}&lang=en`);
  const form = new PairingForm(page);
  await form.heading.waitFor();
  await form.name.fill(WALL_DEVICE_NAME);
  await form.connectButton.click();
  await waitForAck(hub);
  const wall = new WallDisplay(page);
  await wall.screen.waitFor({ timeout: READY_TIMEOUT_MS });
  await wall.slide('newMembers').locator('.wall-member').first().waitFor({ state: 'attached', timeout: READY_TIMEOUT_MS });
  await page.addScriptTag({ url: '/bench-wall-probe.js' });
  await page.waitForFunction(() => window.landhubWallProbe?.count() != null, undefined, { timeout: READY_TIMEOUT_MS, polling: POLL_MS });
  return page;
}

const SLIDE_WAIT_MS = 120_000;

/**
 * Runs `sample` `total` times: the last `onScreen` of them each wait until the slide `kind` is
 * the one on screen, the others until it is not (a rotation of five slides of 15 s takes 75 s),
 * so a change is measured both on the slide shown and on one drawn off screen.
 */
export async function sampleOnAndOffScreen<T>(page: Page, kind: WallSlide, total: number, onScreen: number, sample: (index: number) => Promise<T>): Promise<T[]> {
  const wall = new WallDisplay(page);
  const slide = wall.slide(kind);
  const samples: T[] = [];
  for (let index = 0; index < total; index++) {
    const shown = index >= total - onScreen;
    await slide.and(page.locator(`[data-shown="${String(shown)}"]`)).waitFor({ state: 'attached', timeout: SLIDE_WAIT_MS });
    samples.push(await sample(index));
  }
  return samples;
}

export interface WallAndDevice {
  wall: Page;
  /** The bench page, paired as the other machine and running the app's sync client. */
  device: Page;
  fill: HubFill;
  chromium: string;
}

/**
 * A real hub (the CLI, its own process) with a demo of `members`, a wall display paired through
 * the form (at 1920x1080) and the bench page in another browser paired as `as.role`: the two
 * machines of a live-path bench, each with its own on-disk profile.
 */
export async function withWallAndDevice<T>(files: SiteFiles, demo: { members: number; seed: number }, as: { role: 'host' | 'kiosk'; name: string }, run: (machines: WallAndDevice) => Promise<T>): Promise<T> {
  const data = await newDataDir();
  try {
    const fill = fillHubStore(data.dir, { members: demo.members, seed: demo.seed, weeksOfHistory: 0 });
    const hub = await startHubProcess(data.dir, files.dir);
    try {
      const token = await pairBenchHost(hub.url, hub.firstHostCode);
      const [wallBrowser, deviceBrowser] = [await launchOnDiskBrowser({ viewport: { width: 1920, height: 1080 } }), await launchOnDiskBrowser()];
      try {
        const wall = await pairWall(wallBrowser.context, { url: hub.url, hostToken: token, latestSeq: fill.latestSeq }, await createPairingCode(hub.url, token, 'wall'));
        const device = await openBenchPage(deviceBrowser.context, hub.url);
        const chromium = await chromiumVersion(deviceBrowser.context, device);
        const code = await createPairingCode(hub.url, token, as.role);
        await device.evaluate(([url, pairing, seq, name]) => window.landhubBench!.pairLatencyDevice(url, pairing, seq, name), [hub.url, code, fill.latestSeq, as.name] as const);
        return await run({ wall, device, fill, chromium });
      } finally {
        await Promise.all([wallBrowser.close(), deviceBrowser.close()]);
      }
    } finally {
      await hub.stop();
    }
  } finally {
    await data.remove();
  }
}

/** The timings of a write on one machine seen on the wall: to the frame after, to the DOM change, the write itself, on screen. */
export function wallLatencies(samples: readonly { write: { startedAt: number; committedAt: number }; wall: WallChangeSample }[]) {
  const onScreen = samples.filter((s) => s.wall.shown).map((s) => s.wall.frameAt - s.write.startedAt);
  return {
    toFrame: summarize(samples.map((s) => s.wall.frameAt - s.write.startedAt)),
    toChange: summarize(samples.map((s) => s.wall.changedAt - s.write.startedAt)),
    write: summarize(samples.map((s) => s.write.committedAt - s.write.startedAt)),
    shownChanges: onScreen.length,
    onScreenP95: onScreen.length > 0 ? round(summarize(onScreen).p95) : null,
  };
}
