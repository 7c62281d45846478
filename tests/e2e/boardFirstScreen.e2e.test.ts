import { describe, expect, it } from 'vitest';
import { compareMembers } from '@core/search/memberOrder';
import { useE2eSession } from './support/browser';
import { fill, messages } from './support/messages';
import { Board } from './support/pages/Board';
import { Shell } from './support/pages/Shell';
import { seedDemoMembers } from './support/seedHub';
import { holdStore } from './support/storeHold';

const m = messages.en;
const MEMBERS = 4000;

describe('the member board on a big hub', () => {
  const session = useE2eSession();

  it('shows the first cards and says it is still reading, answers no search until it has read everyone, then gives the full count', async () => {
    const machine = await session.newMachine('host');
    const members = await seedDemoMembers(machine.page, MEMBERS);
    const active = members.filter((member) => member.active).sort(compareMembers(new Intl.Collator('en').compare));
    const count = (value: number) => fill(m.board.resultCount_other, { count: new Intl.NumberFormat('en').format(value) });

    // The index waits for the skills; the first screen needs only the members.
    const hold = await holdStore(machine.context, session.hubUrl, 'skills');
    await machine.page.reload();
    const shell = new Shell(machine.page);
    await shell.goTo('board');
    const board = new Board(machine.page);
    await board.stillReading.waitFor();
    await board.cards.first().waitFor();
    expect(await board.readingProgress.count()).toBe(1);
    expect(await board.page.getByText(count(active.length), { exact: true }).count()).toBe(0);
    const firstNames = active.slice(0, 3).map((member) => member.name);
    expect((await board.visibleNames()).slice(0, 3)).toEqual(firstNames);

    // A search typed now waits for the index instead of claiming that nobody matches.
    const wanted = active[Math.floor(active.length / 2)];
    if (!wanted) throw new Error('no members seeded');
    await board.searchFor(wanted.name);
    await board.searchWaitsForReading.waitFor();
    expect(await board.cards.count()).toBe(0);
    expect(await board.page.getByText(fill(m.board.noResults, { query: wanted.name })).count()).toBe(0);

    await hold.release();
    await board.card(wanted.name).first().waitFor();
    expect(await board.stillReading.count()).toBe(0);
    await board.search.fill('');
    await expect.poll(() => board.resultCountText()).toBe(count(active.length));
    expect((await board.visibleNames()).slice(0, 3)).toEqual(firstNames);

    // Back from another screen, the board has its index at once: no reading again.
    await shell.goTo('members');
    await shell.goTo('board');
    await board.heading.waitFor();
    expect(await board.stillReading.count()).toBe(0);
    await expect.poll(() => board.resultCountText()).toBe(count(active.length));
    expect(machine.problems).toEqual([]);
  }, 120_000);
});
