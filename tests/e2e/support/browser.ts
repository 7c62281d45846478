import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright';
import type { DeviceRole } from '@core/deviceRole';
import type { UiLanguage } from '@core/languages';
import { CHROMIUM_PATH } from '../globalSetup';
import { CHROMIUM_ARGS } from './chromium';
import { reportIfFailed } from './failureReport';
import { startHub, type RunningHub } from './hub';

/** Re-exported for tests that launch a Chromium of their own (a persistent profile, a fake camera). */
export { CHROMIUM_ARGS };
export const DEFAULT_VIEWPORT = { width: 1280, height: 800 } as const;
/** Short enough that a missing control fails the test in seconds, not at the 60 s test timeout. */
export const ACTION_TIMEOUT_MS = 10_000;

export interface MachineOptions {
  lang?: UiLanguage;
  viewport?: { width: number; height: number };
}

/** One machine of the site: its own IndexedDB and localStorage, one or more tabs. */
export interface Machine {
  context: BrowserContext;
  page: Page;
  /** Another tab of the same machine (same storage), opened at `?role=…&lang=…`. */
  openTab: (role?: DeviceRole | null, lang?: UiLanguage) => Promise<Page>;
  /** Console errors and uncaught page errors so far, in every tab of this machine. */
  problems: string[];
}

export interface E2eSession {
  readonly hubUrl: string;
  /** `role` null opens the bare address, so a fresh machine shows the role picker. */
  newMachine: (role: DeviceRole | null, options?: MachineOptions) => Promise<Machine>;
}

/**
 * Console noise that is the browser's, not the app's. Each is printed when ignored, so a
 * new kind of noise is noticed rather than silently swallowed.
 */
export function isIgnorable(message: ConsoleMessage): boolean {
  const { url } = message.location();
  const text = message.text();
  if (/favicon/i.test(url) && /404|Failed to load resource/i.test(text)) return true;
  if (/persist(ent)? storage/i.test(text)) return true;
  return false;
}

/** `?role=kiosk&lang=de`: the address form a TV or tablet is set up with. */
export function appAddress(hubUrl: string, role: DeviceRole | null | undefined, lang?: UiLanguage): string {
  const params = new URLSearchParams();
  if (role) params.set('role', role);
  if (lang) params.set('lang', lang);
  const query = params.toString();
  return `${hubUrl}/${query ? `?${query}` : ''}`;
}

/** Resolves once the app (or its role picker, or its start failure) has drawn its first screen. */
export async function waitForApp(page: Page): Promise<void> {
  await page.getByRole('main').getByRole('heading', { level: 1 }).first().waitFor();
}

/**
 * Per test file: one hub, one Chromium; per test: fresh contexts, closed afterwards, and the
 * test fails if any page logged an error or threw, even when every assertion passed.
 */
export function useE2eSession(): E2eSession {
  let hub: RunningHub | undefined;
  let browser: Browser | undefined;
  let machines: Pick<Machine, 'context' | 'problems'>[] = [];

  beforeAll(async () => {
    [hub, browser] = await Promise.all([
      startHub(),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
    ]);
  });

  afterEach(async (context) => {
    const created = machines;
    machines = [];
    await reportIfFailed(context, created.flatMap((machine) => machine.context.pages()));
    await Promise.all(created.map((machine) => machine.context.close()));
    const problems = created.flatMap((machine) => machine.problems);
    if (problems.length > 0) throw new Error(`The app logged errors:\n${problems.join('\n')}`);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), hub?.stop()]);
  });

  const session: E2eSession = {
    get hubUrl() {
      if (!hub) throw new Error('The hub is not running: use the session inside a test.');
      return hub.url;
    },
    newMachine: async (role, options = {}) => {
      if (!browser) throw new Error('The browser is not running: use the session inside a test.');
      const hubUrl = session.hubUrl;
      // en-GB so a machine without ?lang= starts in English whatever the host's locale is.
      const context = await browser.newContext({ viewport: options.viewport ?? DEFAULT_VIEWPORT, locale: 'en-GB' });
      context.setDefaultTimeout(ACTION_TIMEOUT_MS);
      const problems: string[] = [];
      machines.push({ context, problems });
      const watch = (page: Page) => { watchForProblems(page, problems); };
      context.on('page', watch);
      const openTab = async (tabRole?: DeviceRole | null, lang?: UiLanguage) => {
        const page = await context.newPage();
        await page.goto(appAddress(hubUrl, tabRole, lang));
        await waitForApp(page);
        return page;
      };
      const page = await openTab(role, options.lang);
      return { context, page, openTab, problems };
    },
  };
  return session;
}

/** Collects console errors (bar the known harmless ones) and uncaught errors, so a test can fail on them. */
export function watchForProblems(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (isIgnorable(message)) {
      console.info(`[e2e] ignored browser console error: ${message.text()}`);
      return;
    }
    problems.push(`console.error at ${message.location().url}: ${message.text()}`);
  });
  page.on('pageerror', (error) => { problems.push(`uncaught ${error.name}: ${error.message}`); });
}
