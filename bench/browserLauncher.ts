import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright';
import { CHROMIUM_ARGS } from '../tests/e2e/support/chromium';

/** Debian's Chromium: browsers are never downloaded here. */
const CHROMIUM = process.env.LANDHUB_CHROMIUM ?? '/usr/bin/chromium';

export interface OnDiskBrowser {
  context: BrowserContext;
  /** Closes Chromium and deletes its profile folder. */
  close(): Promise<void>;
}

/**
 * A persistent context in a fresh folder: an ordinary context keeps IndexedDB in memory and
 * runs 1.5-2x faster than any real machine, and a reused profile slows down as deleted
 * databases pile up.
 */
export async function launchOnDiskBrowser(options: { viewport?: { width: number; height: number } } = {}): Promise<OnDiskBrowser> {
  const profileDir = await mkdtemp(join(tmpdir(), 'landhub-bench-profile-'));
  const removeProfile = () => rm(profileDir, { recursive: true, force: true });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, ...(options.viewport ? { viewport: options.viewport } : {}),
    });
  } catch (error) {
    await removeProfile();
    throw error;
  }
  return {
    context,
    close: async () => {
      try {
        await context.close();
      } finally {
        await removeProfile();
      }
    },
  };
}
