import { describe, expect, it } from 'vitest';
import { addLocalDays, zonedDateOf } from '@core/time/zonedTime';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { fill, messages } from './support/messages';
import { BookingRules } from './support/pages/BookingRules';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { storedRows } from './support/storedRows';

const WALK_TIMEOUT_MS = 120_000;
const CASES = (['de', 'da', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }]);
/** The hub's today: a new hub's zone. */
const today = () => zonedDateOf(new Date(), 'Europe/Copenhagen');

interface StoredSettings { bookingPolicy?: unknown }

describe('a host sets the booking rules under Settings', () => {
  const session = useE2eSession();

  it('changes hours, closed days and limits, with every mistake told by its field, and finds them kept after a reload', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    const shell = new Shell(page, m);
    await shell.goTo('settings');
    const rules = new BookingRules(page, m);
    await rules.form.waitFor();

    // Saturday opens, but the host gets its closing time wrong: refused by that day, nothing typed lost.
    await rules.dayOpen('saturday').check();
    await rules.time('opens', 'saturday').fill('10:00');
    await rules.time('closes', 'saturday').fill('09:00');
    await rules.dayOpen('friday').uncheck();
    await rules.time('opens', 'monday').fill('07:30');
    await rules.limit('maxDaysAhead').fill('');
    await rules.saveButton.click();
    await rules.dayRow('saturday').getByText(fill(m.bookingRules.errors.closesBeforeOpens, { day: m.bookingRules.weekday.saturday, opens: '10:00' }), { exact: true }).waitFor();
    await rules.error(m.bookingRules.errors.maxDaysAhead).waitFor();
    expect(await rules.time('closes', 'saturday').getAttribute('aria-invalid')).toBe('true');
    expect(await rules.time('closes', 'saturday').inputValue()).toBe('09:00');
    expect(await rules.time('opens', 'monday').inputValue()).toBe('07:30');
    expect(await rules.dayOpen('friday').isChecked()).toBe(false);
    // The first wrong field has the focus (the week comes before the limits).
    expect(await rules.time('closes', 'saturday').evaluate((input) => input === document.activeElement)).toBe(true);
    await rules.time('closes', 'saturday').fill('14:00');
    await rules.limit('maxDaysAhead').fill('90');

    // Closed days: listed in date order; a day already listed, a day gone by and no day at all are refused.
    const christmas = addLocalDays(today(), 21);
    const soon = addLocalDays(today(), 7);
    await rules.addClosedDay(christmas);
    await rules.addClosedDay(soon);
    await rules.addClosedDay(addLocalDays(today(), 30));
    expect(await rules.closedDays()).toEqual([soon, christmas, addLocalDays(today(), 30)]);
    await rules.addClosedDay(soon);
    await rules.form.locator('.field-error').filter({ hasText: m.bookingRules.errors.duplicate.split(' (')[0] }).waitFor();
    expect(await rules.dateToClose.inputValue()).toBe(soon);
    await rules.addClosedDay(addLocalDays(today(), -1));
    await rules.form.locator('.field-error').filter({ hasText: m.bookingRules.errors.passed.split(' (')[0] }).waitFor();
    await rules.dateToClose.fill('');
    await rules.addDayButton.click();
    await rules.error(m.bookingRules.errors.noDate).waitFor();
    await rules.closedDay(addLocalDays(today(), 30)).getByRole('button').click();
    expect(await rules.closedDays()).toEqual([soon, christmas]);

    // Limits: the longest room booking is offered in words.
    await rules.limit('maxRoomMinutes').selectOption({ label: '1 hour 30 minutes' });
    await rules.limit('maxActivePerMember').fill('0');
    await rules.saveButton.click();
    await rules.error(m.bookingRules.errors.maxActivePerMember).waitFor();
    await rules.limit('maxActivePerMember').fill('3');
    await rules.saveButton.click();
    await shell.notices.getByText(m.bookingRules.saved, { exact: true }).waitFor();

    const expected = {
      openingHours: [
        { weekday: 1, opens: '07:30', closes: '18:00' },
        { weekday: 2, opens: '08:00', closes: '18:00' },
        { weekday: 3, opens: '08:00', closes: '18:00' },
        { weekday: 4, opens: '08:00', closes: '18:00' },
        { weekday: 6, opens: '10:00', closes: '14:00' },
      ],
      closedDates: [soon, christmas],
      maxDaysAhead: 90,
      maxRoomMinutes: 90,
      maxActivePerMember: 3,
    };
    await expect.poll(async () => (await storedRows<StoredSettings>(page, 'hubSettings'))[0]?.bookingPolicy).toEqual(expected);

    await page.reload();
    await waitForApp(page);
    await shell.goTo('settings');
    await rules.form.waitFor();
    expect(await rules.dayOpen('saturday').isChecked()).toBe(true);
    expect(await rules.dayOpen('friday').isChecked()).toBe(false);
    expect(await rules.time('opens', 'monday').inputValue()).toBe('07:30');
    expect(await rules.time('closes', 'saturday').inputValue()).toBe('14:00');
    expect(await rules.closedDays()).toEqual([soon, christmas]);
    expect(await rules.limit('maxDaysAhead').inputValue()).toBe('90');
    expect(await rules.limit('maxRoomMinutes').inputValue()).toBe('90');
    expect(await rules.limit('maxActivePerMember').inputValue()).toBe('3');

    // Back to the defaults, and undone in one tap.
    await rules.resetButton.click();
    await shell.notices.getByText(m.bookingRules.resetDone, { exact: true }).waitFor();
    await expect.poll(() => rules.dayOpen('saturday').isChecked()).toBe(false);
    expect(await rules.closedDays()).toEqual([]);
    await new MembersAdmin(page, m).undoButton.click();
    await expect.poll(() => rules.dayOpen('saturday').isChecked()).toBe(true);
    expect(await rules.closedDays()).toEqual([soon, christmas]);
    await expect.poll(async () => (await storedRows<StoredSettings>(page, 'hubSettings'))[0]?.bookingPolicy).toEqual(expected);
  });

  for (const { lang, ...viewport } of CASES) {
    it(`shows whole and accessible at ${viewport.width}×${viewport.height} in ${lang}`, { timeout: WALK_TIMEOUT_MS }, async () => {
      const m = messages[lang];
      const at = (state: string) => `booking rules, ${state}, at ${viewport.width}×${viewport.height} in ${lang}`;
      const { page } = await session.newMachine('host', { lang, viewport });
      await new Shell(page, m).goTo('settings');
      const rules = new BookingRules(page, m);
      await rules.form.waitFor();
      const check = async (state: string) => {
        await rules.form.evaluate((form) => { form.scrollIntoView({ block: 'start' }); });
        await expectLayoutFine(page, lang, at(state), 'scrollsDown');
        expect(describeViolations(await seriousAxeViolations(page)), `axe on ${at(state)}`).toBe('');
      };
      await check('as a new hub has them');
      // The longest words: an open Saturday closing before it opens, closed days (one refused), limits refused.
      await rules.dayOpen('saturday').check();
      await rules.time('opens', 'saturday').fill('12:00');
      await rules.time('closes', 'saturday').fill('11:00');
      await rules.addClosedDay(addLocalDays(today(), 3));
      await rules.addClosedDay(addLocalDays(today(), 40));
      await rules.addClosedDay(addLocalDays(today(), 3));
      await rules.limit('maxActivePerMember').fill('');
      await rules.saveButton.click();
      await rules.form.locator('.field-error').nth(2).waitFor();
      await check('with mistakes');
      // Further down, as the host scrolls: the closed days, then the limits and the buttons.
      for (const [state, control] of [['closed days', rules.addDayButton], ['limits', rules.resetButton]] as const) {
        await control.evaluate((element) => { element.scrollIntoView({ block: 'center' }); });
        await expectLayoutFine(page, lang, at(state), 'scrollsDown');
      }
    });
  }
});
