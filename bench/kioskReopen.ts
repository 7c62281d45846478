import type { BrowserContext } from 'playwright';
import { messages } from '../tests/e2e/support/messages';
import { KioskPage } from '../tests/e2e/support/pages/KioskPage';
import type { KeystrokeSample } from './browser/benchApi';
import { log, openProbedApp } from './pageScenario';

/**
 * The kiosk's find-me screen opened again on the board's 150,000-member database: from the tap
 * on "Check in" to the frame after the find-me heading is in the DOM. A name is searched after
 * every opening, so the number counts only openings that can answer a search.
 */
const REOPENS = 5;
/** Three letters, the first keystroke the kiosk searches on; the demo hub has many a Karen and Kasper. */
const PROBE_NAME = 'kar';
const READY_TIMEOUT_MS = 180_000;

export interface KioskReopenResult {
  /** The first opening after start, before the kiosk had read its members. Context only. */
  firstOpen: KeystrokeSample;
  reopens: KeystrokeSample[];
}

async function openFindMe(kiosk: KioskPage, timeoutMs: number): Promise<KeystrokeSample> {
  const heading = messages.en.kiosk.findMe.titleIn;
  await kiosk.page.evaluate((text) => { window.landhubKioskProbe!.arm(text); }, heading);
  await kiosk.checkInButton.click();
  const sample = await kiosk.page.evaluate((timeout) => window.landhubKioskProbe!.result(timeout), timeoutMs);
  if (!sample) throw new Error(`No "${heading}" within ${timeoutMs} ms after tapping Check in`);
  return sample;
}

/** Types the probe name, waits for a result, and goes back to the start screen. */
async function searchAndLeave(kiosk: KioskPage): Promise<void> {
  await kiosk.nameField.fill(PROBE_NAME);
  await kiosk.results.getByRole('button').first().waitFor({ timeout: READY_TIMEOUT_MS });
  await kiosk.main.getByRole('button', { name: messages.en.kiosk.findMe.back, exact: true }).click();
  await kiosk.waitForStart();
}

export async function runKioskReopen(context: BrowserContext, url: string): Promise<KioskReopenResult> {
  const page = await openProbedApp(context, url, 'kiosk', 'bench-kiosk-probe.js');
  try {
    const kiosk = new KioskPage(page);
    await kiosk.waitForStart();
    const firstOpen = await openFindMe(kiosk, READY_TIMEOUT_MS);
    await searchAndLeave(kiosk);
    const reopens: KeystrokeSample[] = [];
    for (let round = 0; round < REOPENS; round++) {
      reopens.push(await openFindMe(kiosk, READY_TIMEOUT_MS));
      await searchAndLeave(kiosk);
    }
    log(`kiosk find-me reopened ${REOPENS} times: ${reopens.map((s) => Math.round(s.toFrameMs)).join(', ')} ms`);
    return { firstOpen, reopens };
  } finally {
    await page.close();
  }
}
