import type { BrowserContext, Page } from 'playwright';
import type { GenerateResult, SearchLatencyResult, WriteResult } from './browser/benchApi';
import { typedQueries } from './searchLatency';

// Ten thousand rows a transaction: big enough to amortise commits, small enough to be a realistic sync page.
const CHUNK_SIZE = 10_000;
const SEARCH_ROUNDS = 5;
const STEP_TIMEOUT_MS = 180_000;

export interface PageScenarioResult {
  chromium: string;
  generated: GenerateResult;
  baseline: WriteResult;
  fill: WriteResult;
  search: SearchLatencyResult;
}

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export async function openBenchPage(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on('pageerror', (error) => { log(`bench page error: ${error.message}`); });
  await page.goto(`${url}/bench.html`);
  await page.waitForFunction(() => window.landhubBench !== undefined);
  return page;
}

/**
 * The real app as a machine of `role`, with a probe script from the bench site added once it
 * loaded (the page's CSP lets same-origin scripts in); page errors go to the log.
 */
export async function openProbedApp(context: BrowserContext, url: string, role: 'host' | 'kiosk', probe: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => { log(`${role} page error: ${error.message}`); });
  try {
    await page.goto(`${url}/?role=${role}&lang=en`);
    await page.addScriptTag({ url: `/${probe}` });
    return page;
  } catch (error) {
    await page.close();
    throw error;
  }
}

/** The full build number: the page's user agent is reduced to "156.0.0.0". */
export async function chromiumVersion(context: BrowserContext, page: Page): Promise<string> {
  const session = await context.newCDPSession(page);
  try {
    const { product } = await session.send('Browser.getVersion');
    return /Chrome\/([\d.]+)/.exec(product)?.[1] ?? product;
  } finally {
    await session.detach();
  }
}

/**
 * Storage and search in the bench page: baseline first, then the app fill, both into fresh
 * databases of the same fresh profile, with the same rows.
 */
export async function runPageScenario(context: BrowserContext, url: string, members: number, seed: number): Promise<PageScenarioResult> {
  const page = await openBenchPage(context, url);
  try {
    const chromium = await chromiumVersion(context, page);
    log(`Chromium ${chromium}; generating ${members} members in the page`);
    const generated = await page.evaluate(([count, s]) => window.landhubBench!.generate(count, s), [members, seed] as const);
    log(`generated in ${Math.round(generated.generateMs)} ms; raw Dexie bulkPut baseline`);
    const baseline = await page.evaluate((chunk) => window.landhubBench!.dexieBulkPutBaseline(chunk), CHUNK_SIZE);
    log(`baseline ${Math.round(baseline.ms)} ms; filling the app's members table`);
    const fill = await page.evaluate((chunk) => window.landhubBench!.fillMembers(chunk), CHUNK_SIZE);
    log(`fill ${Math.round(fill.ms)} ms; search latency`);
    const search = await page.evaluate(
      ([queries, rounds]) => window.landhubBench!.searchLatency(queries, rounds),
      [typedQueries, SEARCH_ROUNDS] as const,
    );
    return { chromium, generated, baseline, fill, search };
  } finally {
    // Frees the page's 150,000 rows before the app loads its own copy.
    await page.close();
  }
}
