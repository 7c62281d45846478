import { describe, expect, it } from 'vitest';
import type { DeviceRole } from '@core/deviceRole';
import type { UiLanguage } from '@core/languages';
import { useE2eSession } from './support/browser';
import { messages } from './support/messages';
import { Board } from './support/pages/Board';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

/** The demo hub, a board on the host desk and on the wall of the same machine: it takes a while on two cores. */
const LAYOUT_TIMEOUT_MS = 120_000;
const CASES: readonly { width: number; height: number; lang: UiLanguage }[] = [
  { width: 1280, height: 800, lang: 'de' },
  { width: 1920, height: 1080, lang: 'de' },
  { width: 1280, height: 800, lang: 'da' },
  { width: 1920, height: 1080, lang: 'en' },
];
const BOARD_ROLES: readonly DeviceRole[] = ['host', 'wall'];

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

  it.each(CASES)('on the host desk and the wall at $width × $height in $lang: no card overlaps another, no skill breaks inside a word', async ({ width, height, lang }) => {
    const m = messages[lang];
    const machine = await session.newMachine('host', { lang, viewport: { width, height } });
    const shell = new Shell(machine.page, m);
    await shell.goTo('members');
    const admin = new MembersAdmin(machine.page, m);
    await admin.loadDemoButton.click();
    await admin.table.waitFor();

    for (const role of BOARD_ROLES) {
      const page = role === 'host' ? machine.page : await machine.openTab(role, lang);
      if (role === 'host') await shell.goTo('board');
      const board = new Board(page, m);
      await board.cards.first().waitFor();
      // The first screen is redrawn once the whole member list is read: measure the settled board.
      await board.resultCount.waitFor();
      // Cards are as tall as their content: wait until the virtual rows have been measured.
      await expect.poll(async () => overlapping(await board.cardBoxes()), { timeout: 10_000 }).toEqual([]);
      await expectCardsApart(board, `${role}, top`);
      await board.scrollResultsTo(0.5);
      await expect.poll(async () => overlapping(await board.cardBoxes()), { timeout: 10_000 }).toEqual([]);
      await expectCardsApart(board, `${role}, half way down`);
      await board.scrollResultsTo(1);
      await expectCardsApart(board, `${role}, at the end`);
      expect(await board.chipsBrokenInsideWords(), `${role}: skill names cut inside a word`).toEqual([]);
    }
    expect(machine.problems).toEqual([]);
  }, LAYOUT_TIMEOUT_MS);
});
