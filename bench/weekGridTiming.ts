import type { BrowserContext, Page } from 'playwright';
import { addLocalDays, type LocalDate } from '@core/time/zonedTime';
import { messages } from '../tests/e2e/support/messages';
import { Bookings } from '../tests/e2e/support/pages/Bookings';
import { Shell } from '../tests/e2e/support/pages/Shell';
import type { GridWanted, TapPaintSample } from './browser/benchApi';
import { PROFILE_DIR, profiled } from './cpuProfile';
import { log, openProbedApp } from './pageScenario';
import { timedTap as probedTap } from './tapTiming';

/**
 * The host's desk week in the real UI: switching from rooms to desks, and stepping to the next
 * week, each timed inside the page from the tap to the frame after the grid shows the new week.
 */
const m = messages.en;
const RENDER_TIMEOUT_MS = 60_000;

export interface WeekGridPlan {
  switchRounds: number;
  /** The week the steps start from; the steps land on the weeks after it. */
  startMonday: LocalDate;
  steps: number;
  /** Confirmed desk bookings of this week, then of startMonday and each week stepped to. */
  expected: { thisWeek: number; start: number; stepped: number[] };
}

export interface TimedWeek extends TapPaintSample {
  action: 'switchToDesks' | 'nextWeek';
  /** The summary's count afterwards, against the bookings the week holds. */
  shownCount: number | null;
  expectedCount: number;
}

export interface WeekGridResult {
  samples: TimedWeek[];
  rows: number;
}

async function summaryCount(page: Page): Promise<number | null> {
  const text = (await page.locator('.bookings-summary').textContent()) ?? '';
  const digits = text.replace(/\D/g, '');
  return digits === '' ? null : Number(digits);
}

/** Untimed: until the desk summary counts `expected` and every block has its name. */
async function waitForWeek(page: Page, expected: number): Promise<void> {
  const shows = page.waitForFunction(([count, unnamed]) => {
    const summary = document.querySelector('.bookings-summary')?.textContent.replace(/\D/g, '') ?? '';
    const names = [...document.querySelectorAll('.timeline.desks .timeline-block-who')];
    return summary === String(count) && names.length > 0 && names.every((name) => name.textContent !== unnamed && name.textContent !== '');
  }, [expected, m.bookings.formerMember] as const, { timeout: RENDER_TIMEOUT_MS, polling: 'raf' });
  await shows.catch(async (error: unknown) => {
    throw new Error(`The desk week never counted ${expected} bookings (it says "${await page.locator('.bookings-summary').textContent()}")`, { cause: error });
  });
}

async function timedTap(page: Page, action: TimedWeek['action'], expectedCount: number, tap: () => Promise<void>): Promise<TimedWeek> {
  const want: GridWanted = { bookings: expectedCount, unnamed: m.bookings.formerMember };
  const sample = await probedTap(page, want, tap, RENDER_TIMEOUT_MS);
  if (!sample) throw new Error(`The desk grid did not show the new week within ${RENDER_TIMEOUT_MS} ms after ${action}`);
  return { ...sample, action, shownCount: await summaryCount(page), expectedCount };
}

async function openBookings(context: BrowserContext, url: string): Promise<{ page: Page; bookings: Bookings }> {
  const page = await openProbedApp(context, url, 'host', 'bench-grid-probe.js');
  await new Shell(page).goTo('bookings');
  const bookings = new Bookings(page);
  await page.locator('[role="grid"].timeline.rooms .timeline-block').first().waitFor({ timeout: RENDER_TIMEOUT_MS });
  return { page, bookings };
}

export async function timeWeekGrid(context: BrowserContext, url: string, plan: WeekGridPlan): Promise<WeekGridResult> {
  const { page, bookings } = await openBookings(context, url);
  try {
    const samples: TimedWeek[] = [];
    for (let round = 0; round < plan.switchRounds; round++) {
      samples.push(await timedTap(page, 'switchToDesks', plan.expected.thisWeek, () => bookings.openView('desks')));
      await bookings.openView('rooms');
      await page.locator('[role="grid"].timeline.rooms').waitFor({ timeout: RENDER_TIMEOUT_MS });
    }
    await bookings.openView('desks');
    await waitForWeek(page, plan.expected.thisWeek);
    await page.getByLabel(m.bookings.pickDate).fill(plan.startMonday);
    await waitForWeek(page, plan.expected.start);
    const next = page.getByRole('button', { name: m.bookings.nextWeek });
    for (let step = 0; step < plan.steps; step++) {
      samples.push(await timedTap(page, 'nextWeek', plan.expected.stepped[step] ?? 0, () => next.click()));
    }
    // Untimed, only with LANDHUB_BENCH_PROFILE: a switch to the last week stepped to, and the first step once more, under the CPU profiler.
    if (PROFILE_DIR) {
      await bookings.openView('rooms');
      await page.locator('[role="grid"].timeline.rooms').waitFor({ timeout: RENDER_TIMEOUT_MS });
      await profiled(page, 'switchToDesks', async () => { await timedTap(page, 'switchToDesks', plan.expected.stepped.at(-1) ?? 0, () => bookings.openView('desks')); });
      await page.getByLabel(m.bookings.pickDate).fill(plan.startMonday);
      await waitForWeek(page, plan.expected.start);
      await profiled(page, 'nextWeek', async () => { await timedTap(page, 'nextWeek', plan.expected.stepped[0] ?? 0, () => next.click()); });
    }
    // The grid draws only the rows in view; aria-rowcount counts them all, and its header row.
    const rows = Number(await page.locator('[role="grid"].timeline.desks').getAttribute('aria-rowcount')) - 1;
    log(`bookingsUi: desk week timed ${samples.length} times over ${rows} rows, last week from ${addLocalDays(plan.startMonday, 7 * plan.steps)}`);
    return { samples, rows };
  } finally {
    await page.close();
  }
}
