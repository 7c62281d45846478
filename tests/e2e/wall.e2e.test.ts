import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { WallSlide } from '@core/wall/slidePlan';
import { isFieldPublic } from '@core/memberPrivacy';
import type { CheckIn, Member } from '@core/schemas';
import { addLocalDays, zonedDateOf } from '@core/time/zonedTime';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { waitForApp } from './support/browser';
import { offsetToWorkingHours, shiftedNow } from './support/hubTime';
import { expectLayoutFine } from './support/layoutChecks';
import { messages, templatePattern } from './support/messages';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';
import { storedRows } from './support/storedRows';
import { useSyncedSite } from './support/useSyncedSite';

const m = messages.en;
const LIVE = { timeout: 20_000 };
/** The default seconds per slide (core/wall/wallSettings.ts), plus a little for the timer to fire. */
const DEFAULT_SLIDE_MS = 15_000 + 200;
const TV = { width: 1920, height: 1080 };

/** What a passer-by could touch: every visible control on the page, by its name. */
function visibleControls(page: Page): Promise<string[]> {
  return page.locator('input, select, textarea, button, a[href], [role="button"], [contenteditable="true"]').evaluateAll((elements) => elements
    .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
    .map((element) => element.getAttribute('aria-label') ?? element.textContent.trim()));
}

/** The font sizes on screen: slide headings, and every other text, in px. */
function textSizes(page: Page): Promise<{ headings: number[]; texts: { text: string; px: number }[] }> {
  return page.evaluate(() => {
    const shown = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden' && element.getBoundingClientRect().width > 2;
    const headings = [...document.querySelectorAll('main.wall h1')].filter(shown).map((element) => Number.parseFloat(getComputedStyle(element).fontSize));
    const texts: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.querySelector('main.wall') ?? document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!parent || !text || !shown(parent)) continue;
      texts.push({ text: text.slice(0, 40), px: Number.parseFloat(getComputedStyle(parent).fontSize) });
    }
    return { headings, texts };
  });
}

describe('the wall display', () => {
  const synced = useSyncedSite({ clockOffsetMs: offsetToWorkingHours });

  /** The demo hub on a host desk and a wall paired to it through the UI, showing slides of it. */
  async function wallOfTheDemo() {
    const host = await synced.site.pairFirstHostWithDemo();
    const machine = await synced.site.pairFromHost(host, 'wall', 'Wall');
    const wall = new WallDisplay(machine.page);
    await wall.screen.waitFor();
    await expect.poll(() => wall.currentSlide(), LIVE).not.toBe('welcome');
    return { host, machine, wall };
  }

  /** The slides of one whole rotation, moved on by the page's clock rather than waited for. */
  async function rotation(wall: WallDisplay, slideMs = DEFAULT_SLIDE_MS): Promise<WallSlide[]> {
    const seen: WallSlide[] = [];
    let current = await wall.currentSlide();
    while (current !== null && !seen.includes(current) && seen.length < 8) {
      seen.push(current);
      const previous = current;
      await wall.page.clock.fastForward(slideMs);
      await expect.poll(async () => {
        current = await wall.currentSlide();
        return current;
      }, LIVE).not.toBe(previous);
    }
    return seen;
  }

  it('paired through the UI, shows the demo hub in slides one after another, with no control but the host’s corner, and no more DOM after many rotations', { timeout: 180_000 }, async () => {
    const { host, machine, wall } = await wallOfTheDemo();
    const { page } = machine;

    const slides = await rotation(wall);
    expect(slides.length, `the demo fills at least two slides: ${slides.join(', ')}`).toBeGreaterThanOrEqual(2);
    expect(slides).toContain('newMembers');
    expect(slides).not.toContain('welcome');
    // Exactly one slide is on screen, and a progress bar runs under it.
    expect(await wall.shown.count()).toBe(1);
    await page.locator('.wall-progress span').waitFor();

    // Nothing to type into, pick from or follow: only the host's corner, named for screen readers.
    expect(await visibleControls(page)).toEqual([m.wall.host.corner]);
    expect(await page.getByRole('banner').count()).toBe(0);
    expect(await page.getByRole('searchbox').count()).toBe(0);

    // "Here today" shows only members who agreed to be shown as present, by first name.
    const members = await storedRows<Member>(host.page, 'members');
    const checkIns = await storedRows<CheckIn>(host.page, 'checkIns');
    const inToday = new Set(checkIns.map((event) => event.memberId));
    const mayShow = new Set(members.filter((member) => member.active && isFieldPublic(member, 'presence') && inToday.has(member.id)).map((member) => member.name.split(' ')[0]));
    const shownNames = await wall.slide('inToday').locator('.wall-person-name').allTextContents();
    for (const name of shownNames) expect(mayShow.has(name), `${name} agreed to be shown as present`).toBe(true);
    const hidden = members.filter((member) => member.active && !isFieldPublic(member, 'presence') && inToday.has(member.id));
    for (const member of hidden) {
      if (!mayShow.has(member.name.split(' ')[0] ?? '')) expect(shownNames, `${member.name} did not agree`).not.toContain(member.name.split(' ')[0]);
    }

    // A wall runs for days: many rotations later, the page holds no more elements than after one.
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
    const before = await nodes();
    for (let step = 0; step < 40; step += 1) await page.clock.fastForward(DEFAULT_SLIDE_MS);
    await expect.poll(() => wall.currentSlide(), LIVE).not.toBeNull();
    expect(await nodes()).toBeLessThanOrEqual(Math.ceil(before * 1.02));
    expect(await page.locator('.wall-slide').count()).toBe(6);
  });

  it('follows the host’s settings: ten seconds a slide, light colours, an urgent notice, dark hours', { timeout: 180_000 }, async () => {
    const { host, machine, wall } = await wallOfTheDemo();
    const shell = new Shell(host.page);
    await shell.goTo('settings');
    const form = host.page.locator('form.wall-display-form');
    await form.getByRole('spinbutton', { name: new RegExp(`^${m.wallSettings.interval}`) }).fill('9');
    await form.getByRole('button', { name: m.wallSettings.save, exact: true }).click();
    await form.getByText(m.wallSettings.errors.interval, { exact: true }).waitFor();
    await form.getByRole('spinbutton', { name: new RegExp(`^${m.wallSettings.interval}`) }).fill('10');
    await form.getByRole('radio', { name: m.wallSettings.themeLight, exact: true }).check();
    await form.getByRole('button', { name: m.wallSettings.save, exact: true }).click();
    await shell.page.getByText(m.wallSettings.saved, { exact: true }).first().waitFor();

    await expect.poll(() => wall.screen.getAttribute('data-theme'), LIVE).toBe('light');
    expect(await machine.page.locator('.wall-progress span').getAttribute('style')).toContain('10s');
    // Ten seconds later the next slide is up.
    const first = await wall.currentSlide();
    await machine.page.clock.fastForward(10_200);
    await expect.poll(() => wall.currentSlide(), LIVE).not.toBe(first);

    // An urgent notice interrupts the rotation until the time the host gave.
    const tomorrow = addLocalDays(zonedDateOf(shiftedNow(synced.clockOffsetMs ?? 0), 'Europe/Copenhagen'), 1);
    await form.getByRole('textbox', { name: m.wallSettings.noticeText, exact: true }).fill('The road to the hub is closed today: come by the harbour.');
    await form.getByLabel(m.wallSettings.noticeUntil, { exact: true }).fill(`${tomorrow}T09:00`);
    await form.getByRole('button', { name: m.wallSettings.save, exact: true }).click();
    await machine.page.getByText('The road to the hub is closed today: come by the harbour.', { exact: true }).waitFor(LIVE);
    expect(await wall.currentSlide()).toBeNull();
    expect(await visibleControls(machine.page)).toEqual([m.wall.host.corner]);

    // Dark hours that cover now: the screen goes dark, notice and all.
    await form.getByRole('textbox', { name: m.wallSettings.noticeText, exact: true }).fill('');
    const darkFrom = form.locator('.wall-dark-times input').first();
    await darkFrom.fill('00:00');
    await form.locator('.wall-dark-times input').last().fill('23:59');
    await form.getByRole('button', { name: m.wallSettings.save, exact: true }).click();
    await expect.poll(() => wall.screen.getAttribute('data-mode'), LIVE).toBe('dark');
    expect(await wall.currentSlide()).toBeNull();
    await form.locator('.wall-dark-times input').first().fill('');
    await form.locator('.wall-dark-times input').last().fill('');
    await form.getByRole('button', { name: m.wallSettings.save, exact: true }).click();
    await expect.poll(() => wall.screen.getAttribute('data-mode'), LIVE).toBe('slides');
  });

  it('with the hub stopped, keeps the last slides, shows no error, and says "as of" after two minutes', { timeout: 180_000 }, async () => {
    const { host, machine, wall } = await wallOfTheDemo();
    const { page } = machine;
    const newest = await wall.slide('newMembers').locator('.wall-card-title').allTextContents();
    expect(newest.length).toBeGreaterThan(0);
    // The browser itself logs the failed reconnects; the screen must say nothing of them.
    for (const each of [host, machine]) each.tolerate.push(/WebSocket connection to .* failed/, /ERR_CONNECTION_REFUSED/, /Failed to load resource/);

    await synced.hub.stop();
    await page.clock.fastForward(60_000);
    expect(await wall.asOf.count(), 'a short drop says nothing').toBe(0);
    await page.clock.fastForward(70_000);
    await wall.asOf.waitFor(LIVE);
    expect(await wall.asOf.textContent()).toMatch(templatePattern(m.wall.asOf));

    // The same members as before, no alert, no notice, no word about errors or the connection.
    expect(await wall.slide('newMembers').locator('.wall-card-title').allTextContents()).toEqual(newest);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.notice-area, .notice').count()).toBe(0);
    const text = (await page.locator('body').innerText()).toLowerCase();
    for (const word of ['error', 'failed', 'offline', m.sync.indicator.offlineNoTime.toLowerCase()]) expect(text).not.toContain(word);
    // It still rotates.
    const before = await wall.currentSlide();
    await page.clock.fastForward(DEFAULT_SLIDE_MS);
    await expect.poll(() => wall.currentSlide(), LIVE).not.toBe(before);
  });

  it('reads from three metres and fits the screen in da, de and en at both sizes, every slide', { timeout: 300_000 }, async () => {
    const { machine, wall: english } = await wallOfTheDemo();
    const { page } = machine;
    const kinds = await rotation(english);
    for (const lang of ['da', 'de', 'en'] as const) {
      await page.goto(`${synced.hub.url}/?lang=${lang}`);
      await waitForApp(page);
      const wall = new WallDisplay(page, messages[lang]);
      await expect.poll(() => wall.currentSlide(), LIVE).not.toBe('welcome');
      for (const viewport of [{ width: 1280, height: 800 }, TV]) {
        await page.setViewportSize(viewport);
        for (let step = 0; step < kinds.length; step += 1) {
          const slide = await wall.currentSlide();
          const at = `the wall at ${viewport.width}×${viewport.height} in ${lang}, ${slide ?? 'no slide'}`;
          // The cross-fade is over.
          await page.waitForTimeout(700);
          await expectLayoutFine(page, lang, at, 'fixed');
          expect.soft(describeViolations(await seriousAxeViolations(page)), `${at}: axe`).toBe('');
          if (viewport.width === TV.width) {
            const sizes = await textSizes(page);
            expect.soft(sizes.headings.length, `${at}: a heading`).toBeGreaterThan(0);
            for (const px of sizes.headings) expect.soft(px, `${at}: heading readable from 3 m`).toBeGreaterThanOrEqual(80);
            for (const { text, px } of sizes.texts) expect.soft(px, `${at}: "${text}" readable from 3 m`).toBeGreaterThanOrEqual(40);
            // Card titles are at most three lines.
            const lines = await page.locator('.wall-slide[data-shown="true"] .wall-card-title').evaluateAll((titles) => titles.map((title) => Math.round(title.getBoundingClientRect().height / Number.parseFloat(getComputedStyle(title).lineHeight))));
            for (const count of lines) expect.soft(count, `${at}: card title lines`).toBeLessThanOrEqual(3);
          }
          await page.clock.fastForward(DEFAULT_SLIDE_MS);
          if (kinds.length > 1) await expect.poll(() => wall.currentSlide(), LIVE).not.toBe(slide);
        }
      }
    }
  });
});
