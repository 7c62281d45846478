import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { chromium, type Browser } from 'playwright';
import { CHROMIUM_PATH } from '../globalSetup';
import { CHROMIUM_ARGS } from './browser';
import { reportIfFailed } from './failureReport';
import { startHub, type RunningHub } from './hub';
import { SyncedSite } from './syncedSite';

export interface SyncedSiteOptions {
  /** `test`: a new hub for every test (each pairs its own first host desk); `file`: one hub for the file. */
  hubPer?: 'test' | 'file';
  /** For a hub and browsers whose clocks run shifted (support/hubTime.ts), decided before each hub starts. */
  clockOffsetMs?: () => number;
}

export interface SyncedSiteWorld {
  readonly hub: RunningHub;
  /** Fresh for every test: its machines are closed after it. */
  readonly site: SyncedSite;
  readonly clockOffsetMs: number | undefined;
}

/**
 * A real hub process and one Chromium whose contexts are the machines of a site, with what
 * starts and stops them registered for the calling `describe`. Read its fields inside tests.
 */
export function useSyncedSite(options: SyncedSiteOptions = {}): SyncedSiteWorld {
  const perTest = (options.hubPer ?? 'test') === 'test';
  let browser: Browser | null = null;
  let hub: RunningHub | null = null;
  let site: SyncedSite | null = null;
  let clockOffsetMs: number | undefined;

  const start = async () => {
    clockOffsetMs = options.clockOffsetMs?.();
    hub = await startHub(clockOffsetMs === undefined ? {} : { clockOffsetMs });
  };
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    if (!perTest) await start();
  });
  beforeEach(async () => {
    if (perTest) await start();
    if (!browser || !hub) throw new Error('the browser and the hub start first');
    site = new SyncedSite(browser, hub, clockOffsetMs);
  });
  afterEach(async (context) => {
    try {
      await reportIfFailed(context, site?.pages() ?? []);
      await site?.close();
    } finally {
      site = null;
      if (perTest) await hub?.stop();
    }
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), perTest ? undefined : hub?.stop()]);
  });

  const running = <T,>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} is there only inside a test`);
    return value;
  };
  return {
    get hub() { return running(hub, 'the hub'); },
    get site() { return running(site, 'the site'); },
    get clockOffsetMs() { return clockOffsetMs; },
  };
}
