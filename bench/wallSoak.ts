import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from 'playwright';
import { offsetToWorkingHours } from '../tests/e2e/support/hubTime';
import { WallDisplay } from '../tests/e2e/support/pages/WallDisplay';
import { launchOnDiskBrowser } from './browserLauncher';
import type { SiteFiles } from './benchSite';
import { createPairingCode, fillHubStore, newDataDir, pairBenchHost, startHubProcess } from './hubProcess';
import { chromiumVersion, log } from './pageScenario';
import type { MetricLine, ScenarioReport } from './report';
import { round } from './searchLatency';
import { wallSoakHub } from './wallHub';
import { pairWall } from './wallSetup';

/**
 * Issue 11's soak: the real wall display, paired with a hub of members, public events and
 * hundreds of public projects, turns its slides a thousand times after a warm-up; the page's
 * heap and DOM nodes are read after a forced garbage collection, and compared.
 *
 * The slides turn on the page's own timers, moved on by Playwright's fake clock
 * (`clock.fastForward` by the slide's interval, the hub's 15 s default): no product setting
 * or code path makes a slide shorter than its 10 s minimum, and the wall's clock, its other
 * timers and its sync client's keep-alive move with the slides as they would over hours. The
 * hub and the wall start at 10:00 on a Tuesday in Copenhagen (the e2e tests' shifted clock), so
 * the thousand slides (about four hours) stay within one opening day whenever the bench runs.
 * With `LANDHUB_BENCH_PROFILE=<folder>`, heap snapshots after the warm-up and after the soak
 * land there (open them in DevTools' Memory panel and compare).
 */
export const WALL_GROWTH_TARGET = 1.1;
/**
 * Forty rounds of the five slides: after 50 turns V8 was still compiling the slides' code
 * (a heap snapshot diff showed the growth to be compiled code, not the app's objects).
 */
const WARM_UP_ROTATIONS = 200;
const ROTATIONS = 1000;
const READ_EVERY = 100;
const TURN_TIMEOUT_MS = 10_000;
const FRAME_EVENT_GRACE_MS = 10;

export interface WallSoakOptions {
  members: number;
  projects: number;
  seed: number;
}

interface Reading {
  rotations: number;
  heapBytes: number;
  nodes: number;
  listeners: number;
}

const PROFILE_DIR = process.env.LANDHUB_BENCH_PROFILE;

/** A heap snapshot into the profile folder, taken after the reading so it costs the reading nothing. */
async function snapshot(session: CDPSession, name: string): Promise<void> {
  if (!PROFILE_DIR) return;
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => { chunks.push(chunk); };
  session.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await session.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    session.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const file = join(PROFILE_DIR, `${name}.heapsnapshot`);
  await writeFile(file, chunks.join(''));
  log(`wall soak: heap snapshot in ${file}`);
}

async function read(session: CDPSession, rotations: number): Promise<Reading> {
  await session.send('HeapProfiler.collectGarbage');
  const { metrics } = await session.send('Performance.getMetrics');
  const metric = (name: string) => {
    const found = metrics.find((entry) => entry.name === name);
    if (!found) throw new Error(`No ${name} in Performance.getMetrics`);
    return found.value;
  };
  return { rotations, heapBytes: metric('JSHeapUsedSize'), nodes: metric('Nodes'), listeners: metric('JSEventListeners') };
}

/** The slide interval the wall runs with, from its progress bar ("15s"). */
async function slideMs(page: Page): Promise<number> {
  const duration = await page.locator('.wall-progress span').evaluate((element) => (element as HTMLElement).style.animationDuration);
  const seconds = Number.parseFloat(duration);
  if (!(seconds > 0)) throw new Error(`No slide interval on the wall's progress bar: "${duration}"`);
  return seconds * 1000;
}

interface SyncTraffic {
  /** WebSocket connections the wall opened: the first, then one per reconnect. */
  sockets: number;
  /** Pulls sent whose page the wall has not stored and acknowledged yet, on an open connection. */
  unanswered(): number;
}

/**
 * Counts the wall's pulls and the hub's answers on the wire. A turn jumps the wall's clock by a
 * whole slide, so its keep-alive asks for a pull at nearly every turn; the next jump must wait
 * for the answer, or 30 s would pass on the wall's clock without a word from the hub (in a few
 * real milliseconds) and the client would rightly drop the line as silent.
 */
function watchSyncTraffic(context: BrowserContext): SyncTraffic {
  let [pulls, acks] = [0, 0];
  const traffic: SyncTraffic = { sockets: 0, unanswered: () => pulls - acks };
  const typeOf = (payload: string | Buffer) => {
    if (typeof payload !== 'string') return null;
    const parsed: unknown = JSON.parse(payload);
    return typeof parsed === 'object' && parsed !== null && 'type' in parsed ? parsed.type : null;
  };
  context.on('page', (page) => {
    page.on('websocket', (socket) => {
      traffic.sockets += 1;
      // The client acks each page once it is stored, and only then may it ask again.
      socket.on('framesent', ({ payload }) => {
        const type = typeOf(payload);
        if (type === 'pull') pulls += 1;
        else if (type === 'ack') acks += 1;
      });
      socket.on('close', () => { acks = pulls; });
    });
  });
  return traffic;
}

async function until<T>(read: () => Promise<T | null> | T | null, what: string): Promise<T> {
  const deadline = performance.now() + TURN_TIMEOUT_MS;
  for (;;) {
    const value = await read();
    if (value !== null) return value;
    if (performance.now() > deadline) throw new Error(`${what} within ${TURN_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** One slide's time on the page's clock: the next slide is on screen, and the hub answered the pulls it asked for meanwhile. */
async function turn(wall: WallDisplay, intervalMs: number, traffic: SyncTraffic): Promise<string> {
  const before = await wall.currentSlide();
  await wall.page.clock.fastForward(intervalMs);
  const next = await until(async () => {
    const now = await wall.currentSlide();
    return now !== before ? now : null;
  }, `The wall stayed on ${String(before)} after ${intervalMs} ms on its clock`);
  // A pull sent in the jump reaches the bench as a DevTools event a moment later.
  await new Promise((resolve) => setTimeout(resolve, FRAME_EVENT_GRACE_MS));
  await until(() => (traffic.unanswered() === 0 ? true : null), 'The hub did not answer the wall\'s pulls');
  return next;
}

function growthLines(start: Reading, end: Reading, extra: Record<string, unknown>): MetricLine[] {
  const line = (metric: string, after: number, before: number, unit: string): MetricLine => {
    const value = round(after / before, 3);
    return { metric, value, unit: 'ratio', afterWarmUp: before, after, of: unit, target: WALL_GROWTH_TARGET, targetOp: '<', pass: value < WALL_GROWTH_TARGET, ...extra };
  };
  return [
    line('wall_rotation_heap_growth_ratio', end.heapBytes, start.heapBytes, 'JSHeapUsedSize bytes'),
    line('wall_rotation_dom_nodes_growth_ratio', end.nodes, start.nodes, 'Nodes'),
  ];
}

interface SoakRun {
  intervalMs: number;
  /** After the warm-up, then every READ_EVERY turns. */
  readings: Reading[];
  slides: string[];
  /** Connections the wall opened again during the soak. */
  reconnects: number;
  realMs: number;
}

/** The warm-up, then the thousand turns with a reading every hundred. */
async function soak(page: Page, session: CDPSession, traffic: SyncTraffic, records: number): Promise<SoakRun> {
  const wall = new WallDisplay(page);
  await session.send('Performance.enable');
  const intervalMs = await slideMs(page);
  log(`wall soak: ${records} records, a slide every ${intervalMs} ms on the page's clock; ${WARM_UP_ROTATIONS} warm-up turns, then ${ROTATIONS}`);
  const seen = new Set<string>();
  for (let index = 0; index < WARM_UP_ROTATIONS; index++) seen.add(await turn(wall, intervalMs, traffic));
  const socketsAtStart = traffic.sockets;
  const readings = [await read(session, 0)];
  await snapshot(session, 'wall-after-warm-up');
  const started = performance.now();
  for (let done = 1; done <= ROTATIONS; done++) {
    seen.add(await turn(wall, intervalMs, traffic));
    if (done % READ_EVERY === 0) readings.push(await read(session, done));
  }
  const realMs = performance.now() - started;
  await snapshot(session, 'wall-after-soak');
  return { intervalMs, readings, slides: [...seen].sort(), reconnects: traffic.sockets - socketsAtStart, realMs };
}

function soakReport(run: SoakRun, extra: Record<string, unknown>): ScenarioReport {
  const [start, end] = [run.readings[0], run.readings.at(-1)];
  if (!start || !end) throw new Error('The soak took no readings');
  const context = {
    rotations: ROTATIONS, warmUpRotations: WARM_UP_ROTATIONS, slideMs: run.intervalMs, slides: run.slides,
    listenersRatio: round(end.listeners / start.listeners, 3), reconnects: run.reconnects, realMs: Math.round(run.realMs), ...extra,
  };
  const trend = run.readings.map((r) => `${r.rotations}: ${round(r.heapBytes / 1e6, 2)} MB, ${r.nodes} nodes, ${r.listeners} listeners`).join('; ');
  return { lines: growthLines(start, end, context), diagnostics: [`  wall soak (after turns): ${trend}`] };
}

export async function runWallRotationSoak(files: SiteFiles, options: WallSoakOptions): Promise<ScenarioReport> {
  const offset = offsetToWorkingHours();
  const now = new Date(Date.now() + offset);
  const data = await newDataDir();
  try {
    const fill = fillHubStore(data.dir, { members: options.members, seed: options.seed, now, weeksOfHistory: 1 }, (demo) => wallSoakHub(demo, { projects: options.projects, now, seed: options.seed }));
    const hub = await startHubProcess(data.dir, files.dir, { clockOffsetMs: offset });
    try {
      const token = await pairBenchHost(hub.url, hub.firstHostCode);
      const browser = await launchOnDiskBrowser({ viewport: { width: 1920, height: 1080 } });
      try {
        // Before the wall's page exists: its timers are the fake clock's from the start.
        await browser.context.clock.install({ time: Date.now() + offset });
        const traffic = watchSyncTraffic(browser.context);
        const page = await pairWall(browser.context, { url: hub.url, hostToken: token, latestSeq: fill.latestSeq }, await createPairingCode(hub.url, token, 'wall'));
        const chromium = await chromiumVersion(browser.context, page);
        const run = await soak(page, await browser.context.newCDPSession(page), traffic, fill.records);
        return soakReport(run, { members: options.members, projects: fill.perTable.projects ?? 0, chromium });
      } finally {
        await browser.close();
      }
    } finally {
      await hub.stop();
    }
  } finally {
    await data.remove();
  }
}
