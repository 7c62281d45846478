import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { UiLanguage } from '@core/languages';
import { useE2eSession, waitForApp } from './support/browser';
import { messages } from './support/messages';
import { Board } from './support/pages/Board';
import { RolePicker } from './support/pages/RolePicker';
import { Shell } from './support/pages/Shell';

const languages: readonly UiLanguage[] = ['en', 'da', 'de'];

function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}

async function pressedLanguages(shell: Shell): Promise<UiLanguage[]> {
  const pressed: UiLanguage[] = [];
  for (const language of languages) {
    if ((await shell.languageButton(language).getAttribute('aria-pressed')) === 'true') pressed.push(language);
  }
  return pressed;
}

/** The host's header and board, all in one language. */
async function expectHostScreenIn(page: Page, language: UiLanguage): Promise<void> {
  const m = messages[language];
  const shell = new Shell(page, m);
  const board = new Board(page, m);
  await board.heading.waitFor();
  expect(await shell.navigation.getByRole('button').allTextContents()).toEqual([m.nav.board, m.nav.today, m.nav.members, m.nav.settings]);
  await board.search.waitFor();
  expect(await board.search.getAttribute('placeholder')).toBe(m.board.searchPlaceholder);
  await page.getByRole('heading', { name: m.board.emptyHub }).waitFor();
  expect(await htmlLang(page)).toBe(language);
  expect(await pressedLanguages(shell)).toEqual([language]);
}

describe('the interface speaks Danish, German and English', () => {
  const session = useE2eSession();

  it('switches language on the spot and keeps the choice after a reload', async () => {
    const { page } = await session.newMachine('host');
    await expectHostScreenIn(page, 'en');

    await new Shell(page).switchLanguage('da');
    await expectHostScreenIn(page, 'da');
    expect(messages.da.nav.board).toBe('Hvem kan hvad');
    expect(messages.da.nav.members).toBe('Medlemmer');
    await new Shell(page, messages.da).goTo('members');
    await page.getByRole('heading', { level: 1, name: 'Medlemmer' }).waitFor();
    await new Shell(page, messages.da).goTo('board');

    await new Shell(page, messages.da).switchLanguage('de');
    await expectHostScreenIn(page, 'de');
    expect(messages.de.nav.board).toBe('Wer kann was');

    await page.reload();
    await waitForApp(page);
    await expectHostScreenIn(page, 'de');
  });

  it('takes the language from ?lang= on first load', async () => {
    const { page } = await session.newMachine('wall', { lang: 'de' });
    const board = new Board(page, messages.de);
    await board.heading.waitFor();
    expect(await htmlLang(page)).toBe('de');
    await page.getByText(messages.de.board.publicNote).waitFor();
    await page.getByRole('heading', { name: messages.de.board.emptyHub }).waitFor();
    expect(await new Shell(page, messages.de).navigation.getByRole('button').allTextContents()).toEqual([messages.de.nav.board, messages.de.nav.settings]);
  });

  it('asks "What is this machine for?" in all three languages', async () => {
    const { page } = await session.newMachine(null);
    for (const language of ['en', 'da', 'de', 'en'] as const) {
      const m = messages[language];
      const shell = await new Shell(page).switchLanguage(language);
      const picker = new RolePicker(page, m);
      await picker.heading.waitFor();
      for (const role of ['host', 'kiosk', 'wall', 'room'] as const) {
        expect(await picker.roleButton(role).textContent(), `${language} ${role}`).toBe(`${m.roles[role]}${m.roles[`${role}Help`]}`);
      }
      expect(await htmlLang(page)).toBe(language);
      expect(await pressedLanguages(shell)).toEqual([language]);
    }

    const danish = await session.newMachine(null, { lang: 'da' });
    await new RolePicker(danish.page, messages.da).heading.waitFor();
    expect(await htmlLang(danish.page)).toBe('da');
  });
});
