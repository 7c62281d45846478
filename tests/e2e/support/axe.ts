import axe from 'axe-core';
import type { Page } from 'playwright';

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

const BLOCKING_IMPACTS: readonly string[] = ['serious', 'critical'];

/**
 * Serious and critical axe violations on the page as it is now. axe is evaluated as a
 * string rather than added as a <script>, because the app's CSP (rightly) refuses inline
 * scripts and we test under the real CSP instead of bypassing it.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => window.axe !== undefined);
  if (!loaded) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load into the page');
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return violations.filter((violation) => BLOCKING_IMPACTS.includes(violation.impact));
}

/** One line per violation, so a failing test says what to fix and where. */
export function describeViolations(violations: readonly AxeProblem[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n    at ${violation.targets.join('\n    at ')}`)
    .join('\n');
}
