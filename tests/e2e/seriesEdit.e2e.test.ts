import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { zonedInstant } from '@core/time/zonedTime';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { fill, messages, type Messages } from './support/messages';
import { putRow, storedRows } from './support/pages/KioskData';
import { Bookings } from './support/pages/Bookings';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

const WALK_TIMEOUT_MS = 120_000;
const CPH = 'Europe/Copenhagen';
/** Tuesdays in June 2027, far enough ahead that no test run is past them. */
const FIRST = '2027-06-01';
const at = (date: string, time: string) => zonedInstant(date, time, CPH).toISOString();
const CLUB = 'Strikkeklub';

/** A room, a weekly group booking on Tuesdays 17-19 with the 15th cancelled, and a party on Thursday the 10th. */
async function seed(page: Page): Promise<void> {
  await putRow(page, 'rooms', { id: 'room-fjorden', name: 'Fjorden', zoneId: null, capacity: 8, equipment: [], description: '', active: true, bookableBy: 'members' });
  await putRow(page, 'bookingSeries', {
    id: 'series-club', resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: CLUB,
    weekdays: [2], startDate: FIRST, until: '2027-06-29', count: null, startTime: '17:00', endTime: '19:00', status: 'active',
  });
  await putRow(page, 'seriesExceptions', { id: 'series-club_20270615', seriesId: 'series-club', date: '2027-06-15', kind: 'skipped', winnerId: null });
  await putRow(page, 'bookings', {
    id: 'party', resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: 'Sommerfest',
    startsAt: at('2027-06-10', '18:00'), endsAt: at('2027-06-10', '23:00'), status: 'confirmed', rejection: null, confirmedAt: null, publicEvent: null,
  });
  await page.reload();
  await waitForApp(page);
}

async function openFirstDate(page: Page, m: Messages): Promise<Bookings> {
  await new Shell(page, m).goTo('bookings');
  const bookings = new Bookings(page, m);
  await bookings.heading.waitFor();
  await page.getByLabel(m.bookings.pickDate).fill(FIRST);
  await bookings.block('Fjorden', CLUB).click();
  await bookings.button(m.seriesEdit.open).click();
  await bookings.dialog.getByRole('heading', { name: fill(m.seriesEdit.title, { place: 'Fjorden' }) }).waitFor();
  return bookings;
}

const exceptions = async (page: Page) => (await storedRows(page, 'seriesExceptions')).map((row) => [row.seriesId, row.date, row.kind]).sort();

describe('a host changes a weekly booking', () => {
  const session = useE2eSession();

  it('adds a weekday and moves the time: the cancelled date stays cancelled, the taken one is listed and left out, undo puts it back', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    await seed(page);
    const bookings = await openFirstDate(page, m);
    const plan = bookings.dialog.locator('.booking-series-plan');
    // Unchanged, the rule has its five Tuesdays, one of them cancelled.
    await plan.getByText(fill(m.seriesEdit.keptOut_one, { count: 1, dates: 'Tue 15 Jun' })).waitFor();

    await bookings.dialog.getByRole('checkbox', { name: 'Thursday' }).check();
    await bookings.field(m.bookings.fieldFrom).selectOption('17:30');
    await bookings.field(m.bookings.fieldTo).selectOption('19:30');
    await plan.getByText(fill(m.bookings.series.planTaken_one, { count: 1 }), { exact: false }).waitFor();
    expect(await plan.textContent()).toContain('Thu 10 Jun: Already booked from 18:00 to 23:00: Sommerfest.');

    // A time that ends before it starts is refused in plain words, and nothing is saved.
    await bookings.field(m.bookings.fieldTo).selectOption('17:00');
    await bookings.button(m.seriesEdit.save).click();
    await bookings.dialog.getByText(m.bookings.errors.endBeforeStart).waitFor();
    await bookings.field(m.bookings.fieldTo).selectOption('19:30');
    expect(describeViolations(await seriousAxeViolations(page)), 'axe on the change dialog').toBe('');

    await bookings.button(m.seriesEdit.save).click();
    const shell = new Shell(page, m);
    await shell.notices.getByText(fill(m.seriesEdit.savedSkipped_one, { place: 'Fjorden', date: 'Tue 1 Jun', count: 1 })).waitFor();
    // No date had passed: the one rule changed, the cancelled date is still out, the party's Thursday is taken out.
    expect(await storedRows(page, 'bookingSeries')).toEqual([expect.objectContaining({ id: 'series-club', weekdays: [2, 4], startTime: '17:30', endTime: '19:30' })]);
    expect(await exceptions(page)).toEqual([['series-club', '2027-06-10', 'conflict'], ['series-club', '2027-06-15', 'skipped']]);
    await bookings.block('Fjorden', CLUB).waitFor();

    await new MembersAdmin(page, m).undoButton.click();
    await expect.poll(async () => (await storedRows(page, 'bookingSeries'))[0]?.weekdays).toEqual([2]);
    expect(await exceptions(page)).toEqual([['series-club', '2027-06-15', 'skipped']]);
  });

  it('is whole and in its language in German and Danish at both sizes', { timeout: WALK_TIMEOUT_MS }, async () => {
    for (const [lang, width, height] of [['de', 1280, 800], ['da', 1920, 1080]] as const) {
      const m = messages[lang];
      const { page } = await session.newMachine('host', { lang, viewport: { width, height } });
      await seed(page);
      const bookings = await openFirstDate(page, m);
      await bookings.dialog.getByRole('checkbox', { name: lang === 'de' ? 'Donnerstag' : 'torsdag' }).check();
      await bookings.dialog.locator('.booking-series-plan li').first().waitFor();
      await expectLayoutFine(page, lang, `host series change at ${String(width)}×${String(height)} in ${lang}`, 'scrollsDown');
      await page.context().close();
    }
  });
});
