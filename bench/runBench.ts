import { join } from 'node:path';
import { launchOnDiskBrowser } from './browserLauncher';
import { prepareSiteFiles, startBenchSite, type SiteFiles } from './benchSite';
import { runBookingScenario } from './bookingScenario';
import { runBookingsUiScenario } from './bookingsUiScenario';
import { runHubApply } from './hubApplyScenario';
import { runKioskReopen } from './kioskReopen';
import { runKioskScenario } from './kioskScenario';
import { runPinboardScenario } from './pinboardScenario';
import { runPinScenario } from './pinScenario';
import { log, runPageScenario } from './pageScenario';
import { boardReport, humanSummary, type ScenarioReport } from './report';
import { runInitialSync } from './syncScenario';
import { runKioskToWall } from './syncLatency';
import { runUiScenario } from './uiScenario';
import { runWallUpdateLatency } from './wallLatency';
import { runWallRotationSoak } from './wallSoak';

/**
 * `npm run bench`: JSON metric lines on stdout, progress and a summary on stderr. Targets are
 * reported, never enforced: only a broken bench exits non-zero.
 */
const MEMBERS = Number(process.env.LANDHUB_BENCH_MEMBERS ?? 150_000);
const BOOKINGS = Number(process.env.LANDHUB_BENCH_BOOKINGS ?? 100_000);
const KIOSK_MEMBERS = Number(process.env.LANDHUB_BENCH_KIOSK_MEMBERS ?? 10_000);
const LATENCY_MEMBERS = 2000;
const SEED = 1;
const SCENARIOS = ['board', 'kiosk', 'sync', 'pins', 'bookings', 'bookingsUi', 'wall', 'pinboard'] as const;
const BOOKING_ROOMS = 50;
const BOOKING_SERIES = Number(process.env.LANDHUB_BENCH_SERIES ?? 500);
/** Issue 10's host desk: 300 desks and 20 rooms, the members a hub of that size has. */
const UI_DESKS = 300;
const UI_ROOMS = 20;
const UI_MEMBERS = 1500;
/** Issue 11: the wall soak's public projects, beside the demo's own. */
const WALL_PROJECTS = Number(process.env.LANDHUB_BENCH_WALL_PROJECTS ?? 500);
/** Issue 11's pinboard: projects added to the demo's, on a hub of the largest size one site has. */
const PINBOARD_PROJECTS = Number(process.env.LANDHUB_BENCH_PINBOARD_PROJECTS ?? 500);
const PINBOARD_MEMBERS = 150;
type Scenario = (typeof SCENARIOS)[number];

function selectedScenarios(): Scenario[] {
  const asked = (process.env.LANDHUB_BENCH_SCENARIOS ?? SCENARIOS.join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = asked.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`Unknown LANDHUB_BENCH_SCENARIOS: ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`);
  return SCENARIOS.filter((name) => asked.includes(name));
}

async function runBoard(files: SiteFiles): Promise<ScenarioReport> {
  const site = await startBenchSite(files);
  try {
    const browser = await launchOnDiskBrowser();
    try {
      const page = await runPageScenario(browser.context, site.url, MEMBERS, SEED);
      const total = page.search.modes.find((mode) => !mode.publicOnly)?.indexedMembers ?? 0;
      const ui = await runUiScenario(browser.context, site.url, total, page.search.expectedCounts, join(files.dir, 'bench-paint-probe.js'));
      const kiosk = await runKioskReopen(browser.context, site.url);
      return boardReport(page, ui, kiosk, MEMBERS);
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}

function merge(reports: readonly ScenarioReport[]): ScenarioReport {
  return { lines: reports.flatMap((report) => report.lines), diagnostics: reports.flatMap((report) => report.diagnostics) };
}

const runners: Record<Scenario, (files: SiteFiles) => Promise<ScenarioReport>> = {
  board: runBoard,
  kiosk: (files) => runKioskScenario(files, { searchMembers: MEMBERS, uiMembers: KIOSK_MEMBERS, seed: SEED }),
  sync: async (files) => merge([
    await runHubApply(),
    await runKioskToWall(files, { members: LATENCY_MEMBERS, seed: SEED }),
    await runInitialSync(files, { members: MEMBERS, bookings: BOOKINGS, seed: SEED }),
  ]),
  pins: () => runPinScenario(),
  bookings: () => Promise.resolve(runBookingScenario({ rooms: BOOKING_ROOMS, bookingsPerRoom: Math.ceil(BOOKINGS / BOOKING_ROOMS), series: BOOKING_SERIES })),
  bookingsUi: (files) => runBookingsUiScenario(files, { members: UI_MEMBERS, desks: UI_DESKS, rooms: UI_ROOMS, bookings: BOOKINGS, series: BOOKING_SERIES, seed: SEED }),
  wall: async (files) => merge([
    await runWallUpdateLatency(files, { members: LATENCY_MEMBERS, seed: SEED }),
    await runWallRotationSoak(files, { members: LATENCY_MEMBERS, projects: WALL_PROJECTS, seed: SEED }),
  ]),
  pinboard: (files) => runPinboardScenario(files, { members: PINBOARD_MEMBERS, projects: PINBOARD_PROJECTS, seed: SEED }),
};

async function main(): Promise<void> {
  const started = performance.now();
  const scenarios = selectedScenarios();
  const files = await prepareSiteFiles();
  const reports: ScenarioReport[] = [];
  try {
    for (const scenario of scenarios) {
      const scenarioStarted = performance.now();
      log(`scenario ${scenario}`);
      const report = await runners[scenario](files);
      // Printed as each scenario ends, so a later failure keeps the earlier numbers.
      for (const line of report.lines) process.stdout.write(`${JSON.stringify(line)}\n`);
      log(`scenario ${scenario} took ${Math.round((performance.now() - scenarioStarted) / 1000)} s`);
      reports.push(report);
    }
    process.stderr.write(humanSummary(reports, performance.now() - started));
  } finally {
    await files.remove();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
