import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { generateDemoHub } from '@core/demo/demoHub';
import type { UiLanguage } from '@core/languages';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { useE2eSession } from './support/browser';
import { addMemberAsHost } from './support/members';
import { fill, messages, templatePattern } from './support/messages';
import { Board } from './support/pages/Board';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';

const activeDemoMembers = (generateDemoHub({ now: new Date() }).members ?? []).filter((member) => member.active);

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(describeViolations(await seriousAxeViolations(page)), `serious or critical axe violations on ${screen}`).toBe('');
}

describe('the empty board says what to do, and only offers what the screen can do', () => {
  const session = useE2eSession();

  it.each<UiLanguage>(['en', 'da'])('on a host desk (%s), the empty state loads the demo hub, and the board then shows its members', async (lang) => {
    const m = messages[lang];
    const { page } = await session.newMachine('host', { lang });
    const board = new Board(page, m);
    const empty = board.emptyState();
    await empty.getByText(m.board.emptyHubHost, { exact: true }).waitFor();
    // The sentence names two actions; both are right under it.
    await empty.getByRole('button', { name: m.members.add, exact: true }).waitFor();
    const load = empty.getByRole('button', { name: m.demo.load, exact: true });
    await load.waitFor();
    await expectAccessible(page, 'the empty host board');

    await load.click();
    await new Shell(page, m).notices.getByText(templatePattern(m.demo.loaded)).waitFor();
    await expect.poll(() => board.resultCountText()).toBe(fill(m.board.resultCount_other, { count: activeDemoMembers.length }));
    expect(await board.cards.count()).toBeGreaterThan(3);
    expect(await board.emptyHeading().count()).toBe(0);
    expect(await board.loadDemoButton.count()).toBe(0);
  });

  it.each<UiLanguage>(['en', 'de'])('on a wall (%s) with no members, it shows a calm welcome, no instruction meant for a host, and its settings behind the corner offer to connect', async (lang) => {
    const m = messages[lang];
    const { page } = await session.newMachine('wall', { lang });
    const wall = new WallDisplay(page, m);
    // An unpaired wall gets no members, whatever happens on the host desk: it welcomes, calmly.
    await page.getByRole('heading', { name: fill(m.wall.welcome.title, { hub: 'Landhub' }), exact: true }).waitFor();
    expect(await wall.currentSlide()).toBe('welcome');
    expect(await page.getByRole('button').count()).toBe(1);
    expect(await wall.hostCorner.count()).toBe(1);
    for (const text of [m.board.emptyHubHost, m.demo.load]) expect(await page.getByText(text).count()).toBe(0);
    await expectAccessible(page, 'the empty wall');
    // A host sets it up behind the corner: a new hub with no members lets the first set-up in.
    await wall.openHostSettings();
    await page.getByRole('main').getByRole('button', { name: m.sync.machine.connect, exact: true }).waitFor();
    await page.getByRole('button', { name: m.wall.host.back, exact: true }).click();
    await wall.screen.waitFor();
  });

  it('on a host desk whose only member is inactive, says so and points to Members instead of offering a demo it would refuse', async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    await addMemberAsHost(page, { name: 'Anna Holm' });
    await new MembersAdmin(page, m).deactivate('Anna Holm');
    await new Shell(page, m).goTo('board');
    const board = new Board(page, m);
    const empty = board.emptyState(m.board.onlyInactive);
    await empty.getByText(m.board.onlyInactiveHelp, { exact: true }).waitFor();
    expect(await board.loadDemoButton.count()).toBe(0);
    await expectAccessible(page, 'the host board with only inactive members');
    await empty.getByRole('button', { name: m.board.openMembers, exact: true }).click();
    await new MembersAdmin(page, m).heading.waitFor();
  });

  it('tells "nobody matches" apart from "no members", and its Show all members clears the search', async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    const board = new Board(page, m);
    await board.loadDemoButton.click();
    await expect.poll(() => board.resultCountNumber()).toBe(activeDemoMembers.length);
    await board.searchFor('zzqx nobody');
    const noMatch = board.emptyState(fill(m.board.noResults, { query: 'zzqx nobody' }));
    await noMatch.waitFor();
    expect(await board.emptyHeading().count()).toBe(0);
    await expectAccessible(page, 'the board with no match');
    await noMatch.getByRole('button', { name: m.board.showAll, exact: true }).click();
    await expect.poll(() => board.resultCountNumber()).toBe(activeDemoMembers.length);
    expect(await board.search.inputValue()).toBe('');
    expect(await noMatch.count()).toBe(0);
  });
});
