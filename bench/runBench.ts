import { launchOnDiskBrowser } from './browserLauncher';
import { startBenchSite } from './benchSite';
import { runPageScenario } from './pageScenario';
import { humanSummary, metricLines } from './report';
import { runUiScenario } from './uiScenario';

/**
 * `npm run bench`: JSON metric lines on stdout, progress and a summary on stderr. Targets are
 * reported, never enforced: only a broken bench exits non-zero.
 */
const MEMBERS = Number(process.env.LANDHUB_BENCH_MEMBERS ?? 150_000);
const SEED = 1;

async function main(): Promise<void> {
  const started = performance.now();
  const site = await startBenchSite();
  try {
    const browser = await launchOnDiskBrowser();
    try {
      const page = await runPageScenario(browser.context, site.url, MEMBERS, SEED);
      const total = page.search.modes.find((mode) => !mode.publicOnly)?.indexedMembers ?? 0;
      const ui = await runUiScenario(browser.context, site.url, total, page.search.expectedCounts);
      const lines = metricLines(page, ui, MEMBERS);
      for (const line of lines) process.stdout.write(`${JSON.stringify(line)}\n`);
      process.stderr.write(humanSummary(lines, page, ui, performance.now() - started));
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
