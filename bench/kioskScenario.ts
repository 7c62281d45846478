import type { Page } from 'playwright';
import { fill, messages } from '../tests/e2e/support/messages';
import { KioskPage } from '../tests/e2e/support/pages/KioskPage';
import type { KioskCandidate, KioskSearchResult, KeystrokeSample } from './browser/benchApi';
import { launchOnDiskBrowser } from './browserLauncher';
import { startBenchSite, type SiteFiles } from './benchSite';
import { chromiumVersion, log, openBenchPage } from './pageScenario';
import { latencyLines, slowest, type MetricLine, type ScenarioReport } from './report';
import { round, summarize } from './searchLatency';

/**
 * Issue 3's kiosk numbers: name search per keystroke over 150,000 members in the page, and tap
 * to painted greeting in the real kiosk UI over a 10,000-member hub.
 */
export const KIOSK_SEARCH_P95_TARGET_MS = 30;
export const KIOSK_TAP_P95_TARGET_MS = 100;
const SEARCH_ROUNDS = 5;
const TAPS = 30;
const CONFIRM_TIMEOUT_MS = 10_000;
const KIOSK_VIEWPORT = { width: 1920, height: 1080 };

export interface KioskScenarioOptions {
  searchMembers: number;
  uiMembers: number;
  seed: number;
}

interface TapSample extends KeystrokeSample {
  hasBookingToday: boolean;
}

async function openKiosk(page: Page, url: string): Promise<KioskPage> {
  page.on('pageerror', (error) => { log(`kiosk page error: ${error.message}`); });
  await page.goto(`${url}/?role=kiosk&lang=en`);
  await page.addScriptTag({ url: '/bench-kiosk-probe.js' });
  const kiosk = new KioskPage(page);
  await kiosk.waitForStart();
  return kiosk;
}

/** "Check in" → type the name letter by letter → tap the one result → greeting painted → Done. */
async function tapToConfirmation(kiosk: KioskPage, candidate: KioskCandidate): Promise<TapSample> {
  const { page } = kiosk;
  await kiosk.checkInButton.click();
  await kiosk.nameField.click();
  await page.keyboard.type(candidate.query);
  const result = kiosk.result(candidate.shortName);
  await result.waitFor();
  const greeting = fill(messages.en.kiosk.confirm.welcome, { name: candidate.firstName });
  await page.evaluate((text) => { window.landhubKioskProbe!.arm(text); }, greeting);
  await result.click();
  const sample = await page.evaluate((timeout) => window.landhubKioskProbe!.result(timeout), CONFIRM_TIMEOUT_MS);
  if (!sample) throw new Error(`No "${greeting}" within ${CONFIRM_TIMEOUT_MS} ms after tapping ${candidate.shortName}`);
  await kiosk.doneButton.click();
  await kiosk.waitForStart();
  return { ...sample, hasBookingToday: candidate.hasBookingToday };
}

function searchLines(search: KioskSearchResult, members: number): MetricLine[] {
  const extra = { members, queries: search.queries.length, rounds: SEARCH_ROUNDS, fromLetters: 3 };
  return [
    ...latencyLines('kiosk_name_search_ms', summarize(search.keystrokeMs), extra, KIOSK_SEARCH_P95_TARGET_MS),
    { metric: 'kiosk_name_index_build_ms', value: round(search.buildMs), unit: 'ms', members, indexedMembers: search.indexedMembers },
  ];
}

function tapLines(samples: readonly TapSample[], members: number, withBooking: number): MetricLine[] {
  const toChange = round(summarize(samples.map((s) => s.toChangeMs)).p95);
  const extra = { members, role: 'kiosk', withBookingToday: withBooking, toDomChangeP95: toChange };
  return latencyLines('kiosk_tap_to_confirmation_ms', summarize(samples.map((s) => s.toFrameMs)), extra, KIOSK_TAP_P95_TARGET_MS);
}

export async function runKioskScenario(files: SiteFiles, options: KioskScenarioOptions): Promise<ScenarioReport> {
  const site = await startBenchSite(files);
  try {
    const browser = await launchOnDiskBrowser({ viewport: KIOSK_VIEWPORT });
    try {
      const { context } = browser;
      const bench = await openBenchPage(context, site.url);
      const chromium = await chromiumVersion(context, bench);
      log(`kiosk: generating ${options.searchMembers} members for the name search`);
      await bench.evaluate(([count, seed]) => window.landhubBench!.generate(count, seed), [options.searchMembers, options.seed] as const);
      const search = await bench.evaluate((rounds) => window.landhubBench!.kioskSearchLatency(rounds), SEARCH_ROUNDS);
      log(`kiosk: name search done (queries: ${search.queries.join(', ')}); filling a ${options.uiMembers}-member hub`);
      await bench.close();

      const filler = await openBenchPage(context, site.url);
      const filled = await filler.evaluate(([count, seed, taps]) => window.landhubBench!.fillKioskHub(count, seed, taps), [options.uiMembers, options.seed, TAPS] as const);
      await filler.close();
      log(`kiosk: ${filled.records} records in ${Math.round(filled.ms)} ms; ${filled.candidates.length} check-ins through the kiosk UI`);

      const kiosk = await openKiosk(await context.newPage(), site.url);
      const samples: TapSample[] = [];
      for (const candidate of filled.candidates) samples.push(await tapToConfirmation(kiosk, candidate));
      await kiosk.page.close();

      const withBooking = filled.candidates.filter((candidate) => candidate.hasBookingToday).length;
      const lines = [...searchLines(search, options.searchMembers), ...tapLines(samples, options.uiMembers, withBooking)];
      const slowTaps = samples.map((s) => round(s.toFrameMs, 1)).sort((a, b) => b - a).slice(0, 5).join(', ');
      return {
        lines: lines.map((line) => ({ ...line, chromium })),
        diagnostics: [
          `  slowest kiosk searches (median): ${slowest(search.prefixes, search.keystrokeMs, 6)}; results after the full name: ${search.finalMatches.join(', ')}`,
          `  slowest taps to greeting: ${slowTaps} ms (${withBooking} of ${samples.length} members had a booking today)`,
        ],
      };
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}
