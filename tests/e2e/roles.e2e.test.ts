import { describe, expect, it } from 'vitest';
import { useE2eSession, waitForApp } from './support/browser';
import { fill, messages } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { RolePicker } from './support/pages/RolePicker';
import { Settings } from './support/pages/Settings';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';

const m = messages.en;

describe('what a machine is for', () => {
  const session = useE2eSession();

  it('asks on first visit, shows a kiosk only its own start screen, and lets the host settings make it a host desk', async () => {
    const { page } = await session.newMachine(null);
    const picker = new RolePicker(page);
    await picker.heading.waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);

    await picker.choose('kiosk');
    const shell = new Shell(page);
    const kiosk = new KioskPage(page);
    await kiosk.waitForStart();
    // A kiosk is a full-screen flow: no navigation, no member board, no member admin.
    expect(await shell.navigation.count()).toBe(0);
    expect(await page.getByRole('button', { name: m.members.add }).count()).toBe(0);

    // The choice is remembered: no second question after a reload.
    await page.reload();
    await waitForApp(page);
    await kiosk.waitForStart();
    expect(await picker.heading.count()).toBe(0);
    expect(await shell.navigation.count()).toBe(0);

    // Settings sit behind the hidden host gesture; a new, empty hub lets the host through once.
    for (let tap = 0; tap < 5; tap++) await kiosk.logo().click();
    await page.getByRole('button', { name: m.kiosk.host.openSettings }).click();
    const settings = new Settings(page);
    await settings.heading.waitFor();
    await settings.currentRoleText('kiosk').waitFor();
    expect(await settings.roleRadio('kiosk').isChecked()).toBe(true);
    expect(await settings.useRoleButton.isDisabled()).toBe(true);

    await settings.roleRadio('host').check();
    expect(await settings.useRoleButton.isEnabled()).toBe(true);
    await settings.useRoleButton.click();
    await shell.notices.getByText(fill(m.settings.roleSaved, { role: m.roles.host })).waitFor();
    await shell.navButton('members').waitFor();
    expect(await shell.navigation.getByRole('button').allTextContents()).toEqual([m.nav.board, m.nav.projects, m.nav.today, m.nav.bookings, m.nav.spaces, m.nav.members, m.nav.reports, m.nav.settings]);

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
    // The wall's own full screen: its slides, no navigation, no header naming the role.
    await new WallDisplay(wall).screen.waitFor();
    expect(await shell.navigation.count()).toBe(0);
    expect(await shell.navButton('members').count()).toBe(0);
    expect(await wall.evaluate(() => (JSON.parse(localStorage.getItem('landhub.device') ?? '{}') as { role?: string }).role)).toBe('wall');
  });
});
