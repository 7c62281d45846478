import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { generateDemoHub } from '@core/demo/demoHub';
import type { UiLanguage } from '@core/languages';
import { useE2eSession } from './support/browser';
import { expectLayoutFine, untranslatedTexts, type PageFlow } from './support/layoutChecks';
import { messages } from './support/messages';
import { Board } from './support/pages/Board';
import { MemberImport } from './support/pages/MemberImport';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { RolePicker } from './support/pages/RolePicker';
import { Settings } from './support/pages/Settings';
import { WallDisplay } from './support/pages/WallDisplay';
import { Shell } from './support/pages/Shell';
import { Today } from './support/pages/Today';
import { PairingForm } from './support/pages/SyncPages';

/** Every screen of a host desk with a demo hub, in one language at one size: a walk of about ten screens. */
const WALK_TIMEOUT_MS = 120_000;
const CASES = (['de', 'da', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }]);
/** The demo always makes the same people, so the walk can open one of them. */
const someDemoMember = (generateDemoHub({ now: new Date() }).members ?? []).find((member) => member.active)?.name ?? '';

function expectLooksRight(page: Page, lang: UiLanguage, screen: string, flow: PageFlow = 'scrollsDown'): Promise<void> {
  return expectLayoutFine(page, lang, `host ${screen}`, flow);
}

describe('every host desk screen shows whole, in its language, with nothing on top of anything', () => {
  const session = useE2eSession();

  for (const { lang, ...viewport } of CASES) {
    it(`at ${viewport.width}×${viewport.height} in ${lang}`, { timeout: WALK_TIMEOUT_MS }, async () => {
      const m = messages[lang];
      const at = (screen: string) => `${screen} at ${viewport.width}×${viewport.height} in ${lang}`;
      const fresh = await session.newMachine(null, { lang, viewport });
      await new RolePicker(fresh.page, m).heading.waitFor();
      await expectLooksRight(fresh.page, lang, at('the role picker'));
      const pairing = new PairingForm(fresh.page, m);
      await pairing.rolePickerOption.click();
      await pairing.heading.waitFor();
      await expectLooksRight(fresh.page, lang, at('connecting a new machine'));

      const machine = await session.newMachine('host', { lang, viewport });
      const { page } = machine;
      const shell = new Shell(page, m);
      await new Board(page, m).heading.waitFor();
      await expectLooksRight(page, lang, at('the empty board'));

      await shell.goTo('members');
      const admin = new MembersAdmin(page, m);
      await admin.loadDemoButton.click();
      await admin.table.waitFor();
      await expectLooksRight(page, lang, at('members admin'));
      const editor = await admin.openMember(someDemoMember);
      await expectLooksRight(page, lang, at('the member editor'));
      await editor.dialog.getByRole('button', { name: m.editor.cancel, exact: true }).click();
      const importer = new MemberImport(page, m);
      await importer.open();
      await expectLooksRight(page, lang, at('member import, choose a file'));
      await page.keyboard.press('Escape');

      await shell.goTo('board');
      await new Board(page, m).cards.first().waitFor();
      await expectLooksRight(page, lang, at('the board with the demo'));
      await shell.goTo('today');
      await new Today(page, m).herePanel.waitFor();
      await expectLooksRight(page, lang, at('today'));
      await shell.goTo('settings');
      await new Settings(page, m).heading.waitFor();
      await expectLooksRight(page, lang, at('settings'));
      // The language check sees what it is looking for: this English screen is untranslated for a Dane.
      if (lang === 'en') expect((await untranslatedTexts(page, 'da')).length).toBeGreaterThan(5);

      const wall = await machine.openTab('wall', lang);
      const wallDisplay = new WallDisplay(wall, m);
      await expect.poll(() => wallDisplay.currentSlide()).not.toBe('welcome');
      await expectLooksRight(wall, lang, at('the wall display'), 'fixed');
      expect(fresh.problems).toEqual([]);
      expect(machine.problems).toEqual([]);
    });
  }
});
