import type { Page } from 'playwright';
import { PairingForm } from '../tests/e2e/support/pages/SyncPages';
import type { LatencyWrite, WallPresenceSample } from './browser/benchApi';
import { launchOnDiskBrowser, type OnDiskBrowser } from './browserLauncher';
import type { SiteFiles } from './benchSite';
import { createPairingCode, fillHubStore, newDataDir, pairBenchHost, startHubProcess } from './hubProcess';
import { chromiumVersion, log, openBenchPage } from './pageScenario';
import { latencyLines, type ScenarioReport } from './report';
import { round, summarize } from './searchLatency';

/**
 * Issue 4's live path: a kiosk (its own browser and profile) checks members in through the
 * app's repository and sync client; a wall display (another browser, the real UI) shows them as
 * in today. Each change is timed from the start of the kiosk's write to the frame after the
 * wall's "In today (N)" changed.
 */
export const KIOSK_TO_WALL_P95_TARGET_MS = 1000;
const CHANGES = 200;
const WALL_TIMEOUT_MS = 10_000;
const READY_TIMEOUT_MS = 120_000;

export interface LatencyOptions {
  members: number;
  seed: number;
}

interface LatencySample {
  write: LatencyWrite;
  wall: WallPresenceSample;
  before: number;
}

async function pairWall(browser: OnDiskBrowser, url: string, code: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => { log(`wall page error: ${error.message}`); });
  await page.goto(`${url}/?pair=${code}&lang=en`);
  const form = new PairingForm(page);
  await form.heading.waitFor();
  await form.name.fill('Bench wall display');
  await form.connectButton.click();
  await page.addScriptTag({ url: '/bench-wall-probe.js' });
  await page.waitForFunction(() => window.landhubWallProbe?.count() != null, undefined, { timeout: READY_TIMEOUT_MS, polling: 100 });
  return page;
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

async function measure(kiosk: Page, wall: Page, changes: number): Promise<LatencySample[]> {
  const samples: LatencySample[] = [];
  for (let index = 0; index < changes; index++) samples.push(await oneChange(kiosk, wall));
  return samples;
}

export async function runKioskToWall(files: SiteFiles, options: LatencyOptions): Promise<ScenarioReport> {
  const data = await newDataDir();
  try {
    const fill = fillHubStore(data.dir, { members: options.members, seed: options.seed, weeksOfHistory: 0 });
    const hub = await startHubProcess(data.dir, files.dir);
    try {
      const token = await pairBenchHost(hub.url, hub.firstHostCode);
      const [wallBrowser, kioskBrowser] = [await launchOnDiskBrowser(), await launchOnDiskBrowser()];
      try {
        const wall = await pairWall(wallBrowser, hub.url, await createPairingCode(hub.url, token, 'wall'));
        const kiosk = await openBenchPage(kioskBrowser.context, hub.url);
        const chromium = await chromiumVersion(kioskBrowser.context, kiosk);
        const kioskCode = await createPairingCode(hub.url, token, 'kiosk');
        await kiosk.evaluate(([url, code, seq]) => window.landhubBench!.pairLatencyKiosk(url, code, seq), [hub.url, kioskCode, fill.latestSeq] as const);
        const available = await kiosk.evaluate((count) => window.landhubBench!.latencyCandidates(count), CHANGES);
        log(`kiosk to wall: both paired with a ${fill.records}-record hub; ${available} check-ins`);
        const samples = await measure(kiosk, wall, available);
        const wrongCounts = samples.filter((sample) => sample.wall.count !== sample.before + 1).length;
        const toFrame = summarize(samples.map((s) => s.wall.frameAt - s.write.startedAt));
        const toChange = summarize(samples.map((s) => s.wall.changedAt - s.write.startedAt));
        const writeMs = summarize(samples.map((s) => s.write.committedAt - s.write.startedAt));
        const extra = { members: options.members, changes: samples.length, toDomChangeP95: round(toChange.p95), kioskWriteP95: round(writeMs.p95), wrongCounts, chromium };
        return {
          lines: latencyLines('kiosk_to_wall_latency_ms', toFrame, extra, KIOSK_TO_WALL_P95_TARGET_MS),
          diagnostics: [`  kiosk to wall: local write p50 ${round(writeMs.p50)} ms; wall DOM change p50 ${round(toChange.p50)} ms; ${wrongCounts} counts off by more than one`],
        };
      } finally {
        await Promise.all([wallBrowser.close(), kioskBrowser.close()]);
      }
    } finally {
      await hub.stop();
    }
  } finally {
    await data.remove();
  }
}
