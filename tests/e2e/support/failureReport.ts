import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright';
import type { TestContext } from 'vitest';

const REPORT_DIR = join('test-results', 'e2e-failures');
const TEXT_LIMIT = 1_500;

/** What a person would have read on a page: its heading, its notices and alerts, the start of its main area. */
async function whatThePageSaid(page: Page): Promise<string> {
  return page.evaluate((limit) => {
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((element) => (element as HTMLElement).innerText.trim()).filter(Boolean);
    return [
      `url: ${location.href}`,
      `headings: ${texts('h1').join(' | ')}`,
      `notices: ${texts('[role="status"] li').join(' | ') || '(none)'}`,
      `alerts: ${texts('[role="alert"]').join(' | ') || '(none)'}`,
      `main: ${(document.querySelector('main')?.innerText ?? '').slice(0, limit)}`,
    ].join('\n');
  }, TEXT_LIMIT);
}

/**
 * After a failed test: prints what every open page showed and saves a screenshot of each under
 * test-results/, so a failure seen only in CI can be read afterwards instead of guessed at.
 */
export async function reportIfFailed(context: TestContext, pages: readonly Page[]): Promise<void> {
  if (context.task.result?.state !== 'fail') return;
  await mkdir(REPORT_DIR, { recursive: true });
  const slug = context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
  const reports = await Promise.all(pages.map(async (page, index) => {
    if (page.isClosed()) return `page ${index}: closed`;
    try {
      await page.screenshot({ path: join(REPORT_DIR, `${slug}-${index}.png`), fullPage: true });
      return `page ${index}:\n${await whatThePageSaid(page)}`;
    } catch (error) {
      return `page ${index}: could not be read (${String(error)})`;
    }
  }));
  console.info(`[e2e] failed "${context.task.name}"; screenshots in ${REPORT_DIR}\n${reports.join('\n\n')}`);
}
