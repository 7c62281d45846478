import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '@core/languages';
import { useE2eSession } from './support/browser';
import { messages } from './support/messages';
import { Board } from './support/pages/Board';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';

/** The demo hub, a board on the host desk and the wall display of the same machine: it takes a while on two cores. */
const LAYOUT_TIMEOUT_MS = 120_000;
const CASES: readonly { width: number; height: number; lang: UiLanguage }[] = [
  { width: 1280, height: 800, lang: 'de' },
  { width: 1920, height: 1080, lang: 'de' },
  { width: 1280, height: 800, lang: 'da' },
  { width: 1920, height: 1080, lang: 'en' },
];

interface Box { name: string; x: number; y: number; width: number; height: number }

/** Pairs of cards whose boxes share any area: a card drawn over another hides its text and buttons. */
function overlapping(boxes: readonly Box[]): string[] {
  const found: string[] = [];
  for (const [at, a] of boxes.entries()) {
    for (const b of boxes.slice(at + 1)) {
      const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
      if (!apart) found.push(`"${a.name}" and "${b.name}"`);
    }
  }
  return found;
}

async function expectCardsApart(board: Board, where: string): Promise<void> {
  const boxes = await board.cardBoxes();
  expect(boxes.length, `${where}: no cards drawn`).toBeGreaterThan(3);
  expect(overlapping(boxes), `${where}: cards on top of each other`).toEqual([]);
}

describe('the member board draws every card in its own place', () => {
  const session = useE2eSession();

  it.each(CASES)('on the host desk at $width × $height in $lang: no card overlaps another, no skill breaks inside a word; nor on the wall display\'s slides', async ({ width, height, lang }) => {
    const m = messages[lang];
    const machine = await session.newMachine('host', { lang, viewport: { width, height } });
    const shell = new Shell(machine.page, m);
    await shell.goTo('members');
    const admin = new MembersAdmin(machine.page, m);
    await admin.loadDemoButton.click();
    await admin.table.waitFor();

    await shell.goTo('board');
    const board = new Board(machine.page, m);
    await board.cards.first().waitFor();
    // The first screen is redrawn once the whole member list is read: measure the settled board.
    await board.resultCount.waitFor();
    // Cards are as tall as their content: wait until the virtual rows have been measured.
    await expect.poll(async () => overlapping(await board.cardBoxes()), { timeout: 10_000 }).toEqual([]);
    await expectCardsApart(board, 'host, top');
    await board.scrollResultsTo(0.5);
    await expect.poll(async () => overlapping(await board.cardBoxes()), { timeout: 10_000 }).toEqual([]);
    await expectCardsApart(board, 'host, half way down');
    await board.scrollResultsTo(1);
    await expectCardsApart(board, 'host, at the end');
    expect(await board.chipsBrokenInsideWords(), 'host: skill names cut inside a word').toEqual([]);

    // The wall display has no board any more: its slides' cards, each slide laid out as when it shows.
    const wallPage = await machine.openTab('wall', lang);
    const wall = new WallDisplay(wallPage, m);
    await wall.slide('newMembers').locator('.wall-member').first().waitFor({ state: 'attached' });
    for (const kind of ['events', 'inToday', 'newMembers', 'projects'] as const) {
      const boxes = await wall.slide(kind).locator('.wall-card, .wall-person').evaluateAll((cards) => cards.map((card, index) => {
        const box = card.getBoundingClientRect();
        return { name: `${String(index)} ${card.textContent.slice(0, 30)}`, x: box.x, y: box.y, width: box.width, height: box.height };
      }));
      expect(overlapping(boxes), `the wall's ${kind} slide: cards on top of each other`).toEqual([]);
      const outside = boxes.filter((box) => box.x < 0 || box.y < 0 || box.x + box.width > width + 0.5 || box.y + box.height > height + 0.5).map((box) => box.name);
      expect(outside, `the wall's ${kind} slide: cards off the screen`).toEqual([]);
    }
    expect(machine.problems).toEqual([]);
  }, LAYOUT_TIMEOUT_MS);
});
