import type { BrowserContext, Locator, Page } from 'playwright';
import type { KeystrokeSample } from './browser/benchApi';
import { typedQueries } from './searchLatency';

const SEARCH_LABEL = 'Search by name, skill, or what people offer or need';
const UI_ROUNDS = 2;
const LOAD_TIMEOUT_MS = 180_000;
const CHANGE_TIMEOUT_MS = 10_000;
// A keystroke that leaves the count unchanged shows nothing to wait for; this lets its render finish.
const SETTLE_MS = 250;

export interface UiKeystroke extends KeystrokeSample {
  /** The box's text after this keystroke. */
  query: string;
}

export interface UiScenarioResult {
  /** Navigation to the first member card painted, in the page's clock (zero = navigation start). */
  firstPaintMs: number;
  loadMs: number;
  samples: UiKeystroke[];
  /** Keystrokes whose count did not change, so there was no paint to time. */
  unchangedKeystrokes: number;
  /** Keystrokes where the board showed another count than the index computed in the bench page. */
  mismatches: string[];
}

interface Typing {
  page: Page;
  expectedCounts: Record<string, number[]>;
  result: UiScenarioResult;
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function waitForCount(page: Page, expected: number, timeout: number): Promise<void> {
  await page.waitForFunction((n) => window.landhubProbe?.count() === n, expected, { timeout, polling: 'raf' });
}

async function openBoard(context: BrowserContext, url: string, total: number, paintProbe: string): Promise<{ page: Page; loadMs: number; firstPaintMs: number }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => { log(`app page error: ${error.message}`); });
  // Before the navigation, so the first card cannot be drawn unseen.
  await page.addInitScript({ path: paintProbe });
  const started = performance.now();
  await page.goto(`${url}/?role=host&lang=en`);
  // Same origin, so the CSP's script-src 'self' admits it.
  await page.addScriptTag({ url: '/bench-probe.js' });
  const firstPaintMs = await page.evaluate((timeout) => window.landhubPaintProbe!.firstCardPaintedMs(timeout), LOAD_TIMEOUT_MS);
  if (firstPaintMs === null) throw new Error(`No member card within ${LOAD_TIMEOUT_MS} ms`);
  await waitForCount(page, total, LOAD_TIMEOUT_MS);
  return { page, loadMs: performance.now() - started, firstPaintMs };
}

async function typeCharacter(typing: Typing, character: string, expectChange: boolean): Promise<KeystrokeSample | null> {
  const { page } = typing;
  await page.evaluate(() => { window.landhubProbe!.arm(); });
  await page.keyboard.type(character);
  return page.evaluate((timeout) => window.landhubProbe!.result(timeout), expectChange ? CHANGE_TIMEOUT_MS : SETTLE_MS);
}

async function typeQuery(typing: Typing, search: Locator, query: string, total: number): Promise<void> {
  const { page, expectedCounts, result } = typing;
  await search.fill('');
  await waitForCount(page, total, CHANGE_TIMEOUT_MS);
  const expected = expectedCounts[query] ?? [];
  let previous = total;
  for (const [index, character] of Array.from(query).entries()) {
    const count = expected[index];
    if (count === undefined) throw new Error(`No expected count for keystroke ${index} of "${query}"`);
    const sample = await typeCharacter(typing, character, count !== previous);
    if (count === previous) result.unchangedKeystrokes += 1;
    else if (sample) result.samples.push({ ...sample, query: query.slice(0, index + 1) });
    const shown = await page.evaluate(() => window.landhubProbe!.count());
    if (shown !== count) result.mismatches.push(`"${query.slice(0, index + 1)}": board ${String(shown)}, index ${count}`);
    previous = count;
  }
}

/**
 * Keystroke to paint in the real host board: the app reads the 150,000 members the bench
 * page wrote into its IndexedDB, then we type each query letter by letter.
 */
export async function runUiScenario(context: BrowserContext, url: string, total: number, expectedCounts: Record<string, number[]>, paintProbe: string): Promise<UiScenarioResult> {
  const { page, loadMs, firstPaintMs } = await openBoard(context, url, total, paintProbe);
  log(`board showed its first card after ${Math.round(firstPaintMs)} ms, all ${total} members after ${Math.round(loadMs)} ms; typing`);
  const result: UiScenarioResult = { firstPaintMs, loadMs, samples: [], unchangedKeystrokes: 0, mismatches: [] };
  try {
    const search = page.getByLabel(SEARCH_LABEL);
    await search.click();
    for (let round = 0; round < UI_ROUNDS; round++) {
      for (const query of typedQueries) await typeQuery({ page, expectedCounts, result }, search, query, total);
    }
    return result;
  } finally {
    await page.close();
  }
}
