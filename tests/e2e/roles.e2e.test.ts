import { describe, expect, it } from 'vitest';
import { useE2eSession, waitForApp } from './support/browser';
import { fill, messages } from './support/messages';
import { Board } from './support/pages/Board';
import { RolePicker } from './support/pages/RolePicker';
import { Settings } from './support/pages/Settings';
import { Shell } from './support/pages/Shell';

const m = messages.en;

describe('what a machine is for', () => {
  const session = useE2eSession();

  it('asks on first visit, shows a kiosk only the public board, and lets Settings make it a host desk', async () => {
    const { page } = await session.newMachine(null);
    const picker = new RolePicker(page);
    await picker.heading.waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);

    await picker.choose('kiosk');
    const shell = new Shell(page);
    const board = new Board(page);
    await board.heading.waitFor();
    await page.getByText(m.board.publicNote).waitFor();
    expect(await shell.navigation.getByRole('button').allTextContents()).toEqual([m.nav.board, m.nav.settings]);
    expect(await shell.navButton('members').count()).toBe(0);
    expect(await page.getByRole('button', { name: m.members.add }).count()).toBe(0);

    // The choice is remembered: no second question after a reload.
    await page.reload();
    await waitForApp(page);
    await board.heading.waitFor();
    expect(await picker.heading.count()).toBe(0);
    expect(await shell.navButton('members').count()).toBe(0);

    await shell.goTo('settings');
    const settings = new Settings(page);
    await settings.heading.waitFor();
    await settings.currentRoleText('kiosk').waitFor();
    expect(await settings.roleRadio('kiosk').isChecked()).toBe(true);
    // A public screen has no hub settings to change.
    expect(await settings.hubNameInput.count()).toBe(0);
    expect(await settings.useRoleButton.isDisabled()).toBe(true);

    await settings.roleRadio('host').check();
    expect(await settings.useRoleButton.isEnabled()).toBe(true);
    await settings.useRoleButton.click();
    await shell.notices.getByText(fill(m.settings.roleSaved, { role: m.roles.host })).waitFor();
    await shell.navButton('members').waitFor();
    expect(await shell.navigation.getByRole('button').allTextContents()).toEqual([m.nav.board, m.nav.members, m.nav.settings]);
    expect(await page.getByText(m.board.publicNote).count()).toBe(0);

    await page.reload();
    await waitForApp(page);
    await shell.navButton('members').waitFor();
    await shell.goTo('members');
    await page.getByRole('heading', { level: 1, name: m.members.title }).waitFor();
    await shell.goTo('settings');
    await settings.currentRoleText('host').waitFor();
    await settings.hubNameInput.waitFor();
  });

  it('sets a wall display up from its address, and the address role wins over a stored one', async () => {
    const machine = await session.newMachine('host');
    await new Shell(machine.page).navButton('members').waitFor();
    const wall = await machine.openTab('wall');
    const shell = new Shell(wall);
    await new Board(wall).heading.waitFor();
    expect(await shell.navButton('members').count()).toBe(0);
    await wall.getByText(m.roles.wall, { exact: true }).waitFor();
  });
});
