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
/** The skill most active demo members offer, so the test does not depend on who the seed drew. */
const commonSkill = (() => {
  const counts = new Map<string, number>();
  for (const member of activeDemoMembers) for (const id of member.skills) counts.set(id, (counts.get(id) ?? 0) + 1);
  const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? [''];
  const skill = (demo.skills ?? []).find((candidate) => candidate.id === id);
  if (!skill?.labels.de || !skill.labels.en) throw new Error('the demo has no skills');
  return { id, german: skill.labels.de, english: skill.labels.en };
})();

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

    // Folded letters: a name with ø typed with o, å as aa, æ as ae, ü as ue, whichever demo names have them.
    const typings: [letter: RegExp, typed: (word: string) => string][] = [
      [/ø/i, (word) => word.replace(/ø/gi, 'o')],
      [/å/i, (word) => word.replace(/å/gi, 'aa').toUpperCase()],
      [/æ/i, (word) => word.replace(/æ/gi, 'ae')],
      [/ü/i, (word) => word.replace(/ü/gi, 'ue')],
    ];
    const searches = typings.flatMap(([letter, typed]) => {
      // The longest such word, so the search cannot also hit a skill or an offer by chance.
      const word = activeDemoMembers.flatMap((member) => member.name.split(' ')).filter((part) => letter.test(part)).sort((a, b) => b.length - a.length)[0];
      return word ? [[typed(word), word] as const] : [];
    });
    expect(searches.length).toBeGreaterThanOrEqual(3);
    for (const [query, part] of searches) {
      const expected = activeNamesContaining(part);
      expect(expected.length, `demo has an active member named like ${part}`).toBeGreaterThan(0);
      await board.searchFor(query);
      // Everyone with that name is found; a folded word may also occur elsewhere (an offer, a skill).
      const missing = async () => {
        const visible = await board.visibleNames();
        return expected.filter((name) => !visible.includes(name));
      };
      await expect.poll(missing, { message: `search "${query}"` }).toEqual([]);
      expect(await board.resultCountNumber()).toBeLessThan(activeDemoMembers.length / 2);
    }

    // The vocabulary links languages: the German name of a skill finds the members who offer it.
    const carpenters = activeDemoMembers.filter((member) => member.skills.includes(commonSkill.id)).map((member) => member.name);
    expect(carpenters.length).toBeGreaterThan(0);
    await board.searchFor(commonSkill.german.toLowerCase());
    await expect.poll(async () => {
      const shown = await board.visibleNames();
      return carpenters.filter((name) => !shown.includes(name));
    }, { message: `members missing from a "${commonSkill.german}" search` }).toEqual([]);

    await board.clearFilters.click();
    await board.skillFilter.selectOption({ label: commonSkill.english });
    await expect.poll(() => board.resultCountNumber()).toBe(carpenters.length);
    expect((await board.visibleNames()).sort()).toEqual([...carpenters].sort());

    // Skill names follow the interface language.
    const german = await shell.switchLanguage('de');
    const deBoard = new Board(page, german.m);
    await deBoard.skillButton(commonSkill.german).waitFor();
    expect(await deBoard.skillFilter.locator('option:checked').textContent()).toBe(commonSkill.german);
  });
});
