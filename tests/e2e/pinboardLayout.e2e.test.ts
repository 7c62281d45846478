import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { messages } from './support/messages';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Pinboard } from './support/pages/Pinboard';
import { Shell } from './support/pages/Shell';

const WALK_TIMEOUT_MS = 120_000;
const CASES = (['de', 'da', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }]);

/** Pairs of cards whose boxes overlap (cards of one row side by side may touch, never cover each other). */
async function overlappingCards(pinboard: Pinboard): Promise<string[]> {
  return pinboard.cards.evaluateAll((items) => {
    const boxes = items.map((item) => ({ title: item.querySelector('h2')?.textContent ?? '', box: item.getBoundingClientRect() }));
    const found: string[] = [];
    boxes.forEach((a, index) => {
      for (const b of boxes.slice(index + 1)) {
        const apart = a.box.right <= b.box.left + 1 || b.box.right <= a.box.left + 1 || a.box.bottom <= b.box.top + 1 || b.box.bottom <= a.box.top + 1;
        if (!apart) found.push(`${a.title} / ${b.title}`);
      }
    });
    return found;
  });
}

describe('the project pinboard on the host desk', () => {
  const session = useE2eSession();

  for (const { lang, ...viewport } of CASES) {
    it(`shows whole and accessible at ${viewport.width}×${viewport.height} in ${lang}`, { timeout: WALK_TIMEOUT_MS }, async () => {
      const m = messages[lang];
      const at = (screen: string) => `host ${screen} at ${viewport.width}×${viewport.height} in ${lang}`;
      const { page } = await session.newMachine('host', { lang, viewport });
      const shell = new Shell(page, m);
      await MembersAdmin.loadDemo(page, m);
      await shell.goTo('projects');
      const pinboard = new Pinboard(page, m);
      await pinboard.heading.waitFor();
      await pinboard.cards.first().waitFor();
      const check = async (screen: string) => {
        await expectLayoutFine(page, lang, at(screen), 'scrollsDown');
        expect(describeViolations(await seriousAxeViolations(page)), `axe on ${at(screen)}`).toBe('');
      };
      expect(await overlappingCards(pinboard)).toEqual([]);
      await check('pinboard');
      await pinboard.stageFilter(m.pinboard.stage.done).click();
      expect(await overlappingCards(pinboard)).toEqual([]);
      await check('pinboard, done projects');
      await pinboard.stageFilter(m.pinboard.filterOpen).click();
      const title = (await pinboard.cards.first().getByRole('heading').textContent()) ?? '';
      await pinboard.open(title);
      await check('a project');
      await pinboard.backButton.click();
      await pinboard.pinButton.click();
      await pinboard.dialog.waitFor();
      await check('pin an idea');
    });
  }
});
