import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright';
import type { UiLanguage } from '@core/languages';
import { useE2eSession } from './support/browser';
import { messages } from './support/messages';
import { Settings } from './support/pages/Settings';
import { Shell } from './support/pages/Shell';

const languages: readonly UiLanguage[] = ['da', 'de', 'en'];

interface Box { x: number; y: number; width: number; height: number }

async function boxesOf(items: Locator): Promise<Box[]> {
  const boxes: Box[] = [];
  for (const item of await items.all()) {
    const box = await item.boundingBox();
    if (box) boxes.push(box);
  }
  return boxes;
}

const intersect = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('the shell uses the screen it is on', () => {
  const session = useE2eSession();

  it.each(languages)('keeps the host header on one row at 1280 × 800 in %s, nothing cut off', async (language) => {
    const { page } = await session.newMachine('host', { lang: language, viewport: { width: 1280, height: 800 } });
    const shell = new Shell(page, messages[language]);
    await shell.navigation.waitFor();
    const header = await shell.header.boundingBox();
    const items = await boxesOf(shell.headerItems);
    expect(header).not.toBeNull();
    expect(items.length).toBeGreaterThanOrEqual(4);
    // One row: every item's height overlaps every other's, and nothing sits in a second band.
    const lowestTop = Math.max(...items.map((item) => item.y));
    const highestBottom = Math.min(...items.map((item) => item.y + item.height));
    expect(lowestTop, 'an item starts below where another ends: the header wrapped').toBeLessThan(highestBottom);
    const tallest = Math.max(...items.map((item) => item.height));
    expect(header?.height ?? Infinity).toBeLessThanOrEqual(tallest + 2 * 8 + 1);
    for (const [index, item] of items.entries()) {
      expect(item.x, `item ${index} starts left of the window`).toBeGreaterThanOrEqual(0);
      expect(item.x + item.width, `item ${index} runs past the window`).toBeLessThanOrEqual(1280);
      for (const other of items.slice(index + 1)) expect(intersect(item, other), `items ${index} overlap`).toBe(false);
    }
    // Nothing clipped inside its box either: every text fits the control that holds it (text hidden for screen readers only is 1 px wide).
    const clipped = await shell.header.evaluate((element) => [...element.querySelectorAll('button, span, p')]
      .filter((node) => node.scrollWidth > node.clientWidth + 1 && node.clientWidth > 1)
      .map((node) => node.textContent));
    expect(clipped).toEqual([]);
  });

  it.each(languages)('lays Settings out in columns that fill a 1920 px screen in %s', async (language) => {
    const m = messages[language];
    const { page } = await session.newMachine('host', { lang: language, viewport: { width: 1920, height: 1080 } });
    await new Shell(page, m).goTo('settings');
    const settings = new Settings(page, m);
    await settings.heading.waitFor();
    const cards = await boxesOf(settings.sections);
    expect(cards.length).toBeGreaterThanOrEqual(4);
    for (const [index, card] of cards.entries()) {
      for (const other of cards.slice(index + 1)) expect(intersect(card, other), `sections ${index} overlap`).toBe(false);
      expect(card.x + card.width).toBeLessThanOrEqual(1920);
    }
    const left = Math.min(...cards.map((card) => card.x));
    const right = Math.max(...cards.map((card) => card.x + card.width));
    expect((right - left) / 1920).toBeGreaterThan(0.6);
  });
});
