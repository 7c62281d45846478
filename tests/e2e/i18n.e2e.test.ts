import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { UiLanguage } from '@core/languages';
import { useE2eSession, waitForApp } from './support/browser';
import { fill, messages } from './support/messages';
import { addMemberAsHost } from './support/members';
import { Board } from './support/pages/Board';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { RolePicker } from './support/pages/RolePicker';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';

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
  expect(await shell.navigation.getByRole('button').allTextContents()).toEqual([m.nav.board, m.nav.projects, m.nav.today, m.nav.bookings, m.nav.spaces, m.nav.members, m.nav.reports, m.nav.settings]);
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
    const de = messages.de;
    await new WallDisplay(page, de).screen.waitFor();
    expect(await htmlLang(page)).toBe('de');
    // A hub with nothing to show yet: the wall's calm welcome, in German, and no navigation at all.
    await page.getByRole('heading', { name: fill(de.wall.welcome.title, { hub: 'Landhub' }), exact: true }).waitFor();
    await page.getByText(de.wall.welcome.subtitle, { exact: true }).waitFor();
    expect(await page.getByRole('main').getAttribute('aria-label')).toBe(fill(de.wall.screenTitle, { hub: 'Landhub' }));
    expect(await new Shell(page, de).navigation.count()).toBe(0);
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

  it('sorts names and skills the way the language on screen does: Æ, Ø, Å after Z in Danish', async () => {
    const da = messages.da;
    const { page } = await session.newMachine('host', { lang: 'da' });
    // Ældrepleje, Bagning and Landbrug are the shared vocabulary's elder care, baking and farming.
    await addMemberAsHost(page, { name: 'Åge Ørsted', skills: ['Ældrepleje'] }, da);
    await addMemberAsHost(page, { name: 'Zacharias Holm', skills: ['Bagning'] }, da);
    await addMemberAsHost(page, { name: 'Ærling Friis', skills: ['Landbrug'] }, da);
    await addMemberAsHost(page, { name: 'Anna Berg' }, da);
    await addMemberAsHost(page, { name: 'Øjvind Lund' }, da);
    const rowNames = (m = da) => new MembersAdmin(page, m).table.getByRole('rowheader').allTextContents();
    const danishNames = ['Anna Berg', 'Zacharias Holm', 'Ærling Friis', 'Øjvind Lund', 'Åge Ørsted'];
    await expect.poll(() => rowNames()).toEqual(danishNames);

    await new Shell(page, da).goTo('board');
    const board = new Board(page, da);
    await expect.poll(() => board.visibleNames()).toEqual(danishNames);
    const skillOptions = async () => (await board.skillFilter.locator('option').allTextContents()).slice(1);
    const cloudSkills = async () => (await board.skillCloud.getByRole('button').allTextContents()).map((text) => text.replace(/\s*\d+$/, ''));
    expect(await skillOptions()).toEqual(['Bagning', 'Landbrug', 'Ældrepleje']);
    expect(await cloudSkills()).toEqual(['Bagning', 'Landbrug', 'Ældrepleje']);

    // The same lists in English: Å is an A there, Æ is AE, and the skills are the English names.
    const englishNames = ['Ærling Friis', 'Åge Ørsted', 'Anna Berg', 'Øjvind Lund', 'Zacharias Holm'];
    await new Shell(page, da).switchLanguage('en');
    const englishBoard = new Board(page);
    await expect.poll(() => englishBoard.visibleNames()).toEqual(englishNames);
    expect((await englishBoard.skillFilter.locator('option').allTextContents()).slice(1)).toEqual(['Baking', 'Elder care', 'Farming']);
    await new Shell(page).goTo('members');
    await expect.poll(() => rowNames(messages.en)).toEqual(englishNames);
  });
});
