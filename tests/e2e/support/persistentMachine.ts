import { chromium, type BrowserContext, type Page } from 'playwright';
import type { DeviceRole } from '@core/deviceRole';
import type { UiLanguage } from '@core/languages';
import { CHROMIUM_PATH } from '../globalSetup';
import { ACTION_TIMEOUT_MS, CHROMIUM_ARGS, DEFAULT_VIEWPORT, appAddress, waitForApp, watchForProblems } from './browser';

/**
 * A machine whose browser profile lives in a folder, so it can be shut down and started again
 * with different Chromium switches (a fake camera showing a card made a moment ago) and still
 * have its IndexedDB: the same machine after a restart, not a new one.
 */
export interface PersistentMachine {
  context: BrowserContext;
  page: Page;
  /** Console errors and uncaught page errors so far, in every tab. */
  problems: string[];
  close: () => Promise<void>;
}

export interface PersistentMachineOptions {
  hubUrl: string;
  role: DeviceRole;
  lang?: UiLanguage;
  viewport?: { width: number; height: number };
  /** Extra Chromium switches, e.g. fakeCameraArgs(file). */
  chromiumArgs?: readonly string[];
  /** Grants the camera without asking (together with --use-fake-ui-for-media-stream). */
  camera?: boolean;
  /** Runs before the app is opened, e.g. to add an init script that watches the page. */
  beforeOpen?: (context: BrowserContext) => Promise<void>;
}

/** Starts Chromium on the profile in `userDataDir` and opens the app in the given role. */
export async function startPersistentMachine(userDataDir: string, options: PersistentMachineOptions): Promise<PersistentMachine> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.chromiumArgs ?? [])],
    viewport: options.viewport ?? DEFAULT_VIEWPORT,
    locale: 'en-GB',
    permissions: options.camera ? ['camera'] : [],
  });
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  await options.beforeOpen?.(context);
  const problems: string[] = [];
  // A persistent context opens with one blank tab already; use it rather than leave it lying about.
  const page = context.pages()[0] ?? await context.newPage();
  watchForProblems(page, problems);
  context.on('page', (tab) => { watchForProblems(tab, problems); });
  await page.goto(appAddress(options.hubUrl, options.role, options.lang));
  await waitForApp(page);
  return { context, page, problems, close: () => context.close() };
}
