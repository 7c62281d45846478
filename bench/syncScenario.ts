import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright';
import { MAX_PULL_LIMIT } from '@core/sync/messages';
import { PairingForm } from '../tests/e2e/support/pages/SyncPages';
import { HUB_DATABASE_FILE } from '../main/hub/hubService';
import { openSqliteHubStore } from '../main/hub/sync/sqliteHubStore';
import { pullChanges } from '../main/hub/sync/syncEngine';
import type { SyncBaselineResult, SyncedDatabaseState } from './browser/benchApi';
import { launchOnDiskBrowser } from './browserLauncher';
import type { SiteFiles } from './benchSite';
import { ackedSeqOf, createPairingCode, fillHubStore, newDataDir, pairBenchHost, startHubProcess, type HubFill } from './hubProcess';
import { chromiumVersion, log, openBenchPage } from './pageScenario';
import { atLeast, type MetricLine, type ScenarioReport } from './report';
import { round, summarize } from './searchLatency';

/**
 * Issue 4's initial sync: a fresh device (new on-disk profile) pairs through the real pairing
 * form with a hub holding 150,000 members and 100,000 bookings, and downloads everything.
 */
export const INITIAL_SYNC_RATIO_TARGET = 0.5;
const DEVICE_NAME = 'Bench new host desk';
const POLL_MS = 100;
const SYNC_TIMEOUT_MS = 600_000;
const PROGRESS_EVERY_MS = 15_000;

export interface InitialSyncOptions {
  members: number;
  bookings: number;
  seed: number;
}

async function pairThroughForm(page: Page, url: string, code: string): Promise<PairingForm> {
  await page.goto(`${url}/?pair=${code}&lang=en`);
  const form = new PairingForm(page);
  await form.heading.waitFor();
  await form.name.fill(DEVICE_NAME);
  return form;
}

/** Polls the hub's record of the device's acknowledged seq: the device acks right after each page's transaction (and checkpoint) committed. */
async function waitForCheckpoint(url: string, token: string, latestSeq: number): Promise<void> {
  const started = performance.now();
  let lastReport = started;
  for (;;) {
    const acked = await ackedSeqOf(url, token, DEVICE_NAME).catch(() => null);
    if (acked !== null && acked >= latestSeq) return;
    const now = performance.now();
    if (now - started > SYNC_TIMEOUT_MS) throw new Error(`Initial sync reached seq ${String(acked)} of ${latestSeq} in ${SYNC_TIMEOUT_MS} ms`);
    if (now - lastReport > PROGRESS_EVERY_MS) {
      lastReport = now;
      log(`initial sync: seq ${String(acked ?? 0)} of ${latestSeq} after ${Math.round((now - started) / 1000)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** The hub's own share of a pull, re-run in this process on the same file once the hub stopped: read a page, stringify the frame. */
function hubPageCost(dataDir: string): { p50: number; p95: number; pages: number; totalMs: number } {
  const store = openSqliteHubStore(join(dataDir, HUB_DATABASE_FILE));
  try {
    const times: number[] = [];
    let since = 0;
    for (;;) {
      const started = performance.now();
      const page = pullChanges(store, since, MAX_PULL_LIMIT, { role: 'host', roomId: null });
      JSON.stringify({ type: 'changes', ...page });
      times.push(performance.now() - started);
      since = page.records.at(-1)?.seq ?? since;
      if (!page.more) break;
    }
    const summary = summarize(times);
    return { p50: summary.p50, p95: summary.p95, pages: times.length, totalMs: times.reduce((sum, ms) => sum + ms, 0) };
  } finally {
    store.close();
  }
}

interface DeviceRun {
  chromium: string;
  syncMs: number;
  state: SyncedDatabaseState;
  baseline: SyncBaselineResult;
}

async function syncFreshDevice(context: BrowserContext, url: string, token: string, fill: HubFill): Promise<DeviceRun> {
  const code = await createPairingCode(url, token, 'host');
  const app = await context.newPage();
  app.on('pageerror', (error) => { log(`app page error: ${error.message}`); });
  const form = await pairThroughForm(app, url, code);
  const chromium = await chromiumVersion(context, app);
  log(`initial sync: pairing a fresh device with ${fill.records} records on the hub`);
  const started = performance.now();
  await form.connectButton.click();
  await waitForCheckpoint(url, token, fill.latestSeq);
  const syncMs = performance.now() - started;
  // The app would now open the board over every member; that is not part of the download.
  await app.close();
  log(`initial sync took ${Math.round(syncMs)} ms; raw Dexie bulkPut of the same rows`);
  const bench = await openBenchPage(context, url);
  const state = await bench.evaluate(() => window.landhubBench!.syncedState());
  if (state.checkpoint < fill.latestSeq || state.records < fill.records) {
    throw new Error(`The device holds ${state.records} of ${fill.records} records (checkpoint ${state.checkpoint} of ${fill.latestSeq})`);
  }
  const baseline = await bench.evaluate((chunk) => window.landhubBench!.syncBulkPutBaseline(chunk), MAX_PULL_LIMIT);
  await bench.close();
  return { chromium, syncMs, state, baseline };
}

function initialSyncLines(run: DeviceRun, fill: HubFill, options: InitialSyncOptions, hubPages: ReturnType<typeof hubPageCost>): MetricLine[] {
  const syncRate = fill.records / (run.syncMs / 1000);
  const rawRate = run.baseline.records / (run.baseline.ms / 1000);
  const common = { members: options.members, bookings: options.bookings, chromium: run.chromium };
  const parse = Object.fromEntries(run.baseline.parseMsPerPage.map((page) => [page.table, { rows: page.rows, mb: round(page.bytes / 1e6, 2), ms: round(page.ms) }]));
  return [
    { metric: 'initial_sync_records_per_s', value: Math.round(syncRate), unit: 'records/s', records: fill.records, ms: Math.round(run.syncMs), pageSize: MAX_PULL_LIMIT, ...common },
    { metric: 'initial_sync_bulkput_records_per_s', value: Math.round(rawRate), unit: 'records/s', records: run.baseline.records, ms: Math.round(run.baseline.ms), chunkSize: run.baseline.chunkSize, durability: 'default', ...common },
    atLeast({ metric: 'initial_sync_vs_bulkput_ratio', value: round(syncRate / rawRate, 3), unit: 'ratio', ...common }, INITIAL_SYNC_RATIO_TARGET),
    { metric: 'initial_sync_page_parse_ms', value: round(Math.max(...run.baseline.parseMsPerPage.map((page) => page.ms))), unit: 'ms', perTable: parse, ...common },
    { metric: 'initial_sync_hub_page_ms', stat: 'p50', value: round(hubPages.p50), unit: 'ms', p95: round(hubPages.p95), pages: hubPages.pages, totalMs: Math.round(hubPages.totalMs), ...common },
    { metric: 'hub_fill_ms', value: Math.round(fill.writeMs), unit: 'ms', records: fill.records, generateMs: Math.round(fill.generateMs), members: options.members, bookings: options.bookings },
  ];
}

export async function runInitialSync(files: SiteFiles, options: InitialSyncOptions): Promise<ScenarioReport> {
  const data = await newDataDir();
  try {
    log(`initial sync: filling a hub with ${options.members} members and ${options.bookings} bookings`);
    const fill = fillHubStore(data.dir, { members: options.members, bookings: options.bookings, seed: options.seed, weeksOfHistory: 0 });
    log(`hub filled: ${fill.records} records in ${Math.round(fill.writeMs)} ms (generated in ${Math.round(fill.generateMs)} ms)`);
    const hub = await startHubProcess(data.dir, files.dir);
    let run: DeviceRun;
    try {
      const token = await pairBenchHost(hub.url, hub.firstHostCode);
      const browser = await launchOnDiskBrowser();
      try {
        run = await syncFreshDevice(browser.context, hub.url, token, fill);
      } finally {
        await browser.close();
      }
    } finally {
      await hub.stop();
    }
    const hubPages = hubPageCost(data.dir);
    const lines = initialSyncLines(run, fill, options, hubPages);
    const perTable = run.state.counts.filter(({ rows }) => rows > 0).map(({ table, rows }) => `${table} ${rows}`).join(', ');
    return { lines, diagnostics: [`  initial sync received: ${perTable}; hub page read+stringify total ${Math.round(hubPages.totalMs)} ms over ${hubPages.pages} pages`] };
  } finally {
    await data.remove();
  }
}
