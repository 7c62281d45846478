import { describe, expect, it } from 'vitest';
import { generateDemoHub } from '@core/demo/demoHub';
import { useE2eSession } from './support/browser';
import { fill, messages, templatePattern } from './support/messages';
import { Board } from './support/pages/Board';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

const m = messages.en;
/** The app seeds its demo the same way every time, so the test can know who is in it. */
const demo = generateDemoHub({ now: new Date() });
const demoMembers = demo.members ?? [];
const activeDemoMembers = demoMembers.filter((member) => member.active);
const carpentryId = (demo.skills ?? []).find((skill) => skill.labels.en === 'Carpentry')?.id;

function activeNamesContaining(part: string): string[] {
  return activeDemoMembers.map((member) => member.name).filter((name) => name.includes(part)).sort((a, b) => a.localeCompare(b));
}

describe('the demo hub', () => {
  const session = useE2eSession();

  it('fills an empty hub, only once, and its members are found however their names are typed', async () => {
    const { page } = await session.newMachine('host');
    const shell = new Shell(page);
    const admin = new MembersAdmin(page);
    await shell.goTo('members');

    await admin.loadDemoButton.click();
    await shell.notices.getByText(templatePattern(m.demo.loaded)).waitFor();
    await admin.table.waitFor();
    // The offer is for an empty hub only; it must not invite loading a second demo on top.
    await admin.loadDemoButton.waitFor({ state: 'detached' });
    await page.getByText(fill(m.members.count_other, { count: activeDemoMembers.length }), { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: m.members.showInactive }).check();
    await page.getByText(fill(m.members.count_other, { count: demoMembers.length }), { exact: true }).waitFor();

    await shell.goTo('board');
    const board = new Board(page);
    // Inactive demo members are not on the board, and the count says exactly what it shows.
    await expect.poll(() => board.resultCountText()).toBe(fill(m.board.resultCount_other, { count: activeDemoMembers.length }));
    expect(activeDemoMembers.length).toBeGreaterThan(30);
    expect(activeDemoMembers.length).toBeLessThan(demoMembers.length);
    expect(await board.cards.count()).toBeGreaterThan(3);
    expect(await board.skillCloud.getByRole('button').count()).toBeGreaterThan(10);

    // Folded letters: ø typed as o, å as aa, æ as ae.
    const searches: [query: string, part: string][] = [['frolund', 'Frølund'], ['aage kjaer', 'Åge Kjær'], ['BAEKGAARD', 'Bækgaard'], ['sonke', 'Sønke']];
    for (const [query, part] of searches) {
      const expected = activeNamesContaining(part);
      expect(expected.length, `demo has an active member named like ${part}`).toBeGreaterThan(0);
      await board.searchFor(query);
      await expect.poll(() => board.visibleNames(), { message: `search "${query}"` }).toEqual(expected);
      expect(await board.resultCountNumber()).toBe(expected.length);
    }

    // The vocabulary links languages: the German trade name finds the carpenters.
    const carpenters = activeDemoMembers.filter((member) => carpentryId !== undefined && member.skills.includes(carpentryId)).map((member) => member.name);
    expect(carpenters.length).toBeGreaterThan(0);
    await board.searchFor('tischler');
    await expect.poll(async () => {
      const shown = await board.visibleNames();
      return carpenters.filter((name) => !shown.includes(name));
    }, { message: 'carpenters missing from a "tischler" search' }).toEqual([]);

    await board.clearFilters.click();
    await board.skillFilter.selectOption({ label: 'Carpentry' });
    await expect.poll(() => board.resultCountNumber()).toBe(carpenters.length);
    expect((await board.visibleNames()).sort()).toEqual([...carpenters].sort());

    // Skill names follow the interface language.
    const german = await shell.switchLanguage('de');
    const deBoard = new Board(page, german.m);
    await deBoard.skillButton('Tischlerei').waitFor();
    expect(await deBoard.skillFilter.locator('option:checked').textContent()).toBe('Tischlerei');
  });
});
