import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { appAddress, useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { addMemberAsHost } from './support/members';
import { fill, messages, templatePattern } from './support/messages';
import { Board } from './support/pages/Board';
import { putRow } from './support/pages/KioskData';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { Today } from './support/pages/Today';
import { WallDisplay } from './support/pages/WallDisplay';

const m = messages.en;
const SHOWN = 'Birgitte Frølund';
const HIDDEN = 'Jürgen Weiß';
const TIME = /\d{2}:\d{2}/;

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(describeViolations(await seriousAxeViolations(page)), `serious or critical axe violations on ${screen}`).toBe('');
}

/** Adds a member and, through the editor, lets them be shown as "in today" on public screens. */
async function addMemberShownAsPresent(page: Page, name: string): Promise<void> {
  await addMemberAsHost(page, { name });
  const editor = await new MembersAdmin(page).openMember(name);
  await editor.presenceSwitch.check();
  await editor.save();
}

declare global {
  interface Window {
    shownNotifications?: { title: string; body: string }[];
  }
}

/** Records desktop notifications instead of showing them; runs before the app in every tab. */
function recordNotifications(): void {
  const shown: { title: string; body: string }[] = [];
  window.shownNotifications = shown;
  // A plain function, not a class: the app calls it with `new` and reads its two statics.
  const RecordingNotification = function (title: string, options?: { body?: string }) { shown.push({ title, body: options?.body ?? '' }); };
  Object.assign(RecordingNotification, { permission: 'granted', requestPermission: () => Promise.resolve('granted') });
  Object.defineProperty(window, 'Notification', { value: RecordingNotification, configurable: true });
}

const inTodayBadge = (board: Board, name: string) => board.card(name).getByText(m.member.inToday, { exact: true });
/** The wall's "here today" slide names people by first name only. */
const hereOnWall = (wall: WallDisplay, name: string) => wall.personIn(name.split(' ')[0] ?? name);

describe('who is here: the host\'s Today screen and "in today" on public screens', () => {
  const session = useE2eSession();

  it('checks members in and out at the host desk, with undo, and shows on the wall only those who agreed', async () => {
    const host = await session.newMachine('host');
    const shell = new Shell(host.page);
    const today = new Today(host.page);
    await shell.goTo('today');
    await today.heading.waitFor();
    await today.nobodyIn.waitFor();
    await today.noGuests.waitFor();
    await expectAccessible(host.page, 'the empty Today screen');

    await addMemberShownAsPresent(host.page, SHOWN);
    await addMemberAsHost(host.page, { name: HIDDEN });

    // The wall display is another tab of the same machine, so it reads the same database.
    const wall = new WallDisplay(await host.openTab('wall'));
    await wall.newMember(SHOWN).waitFor({ state: 'attached' });
    await wall.newMember(HIDDEN).waitFor({ state: 'attached' });
    expect(await hereOnWall(wall, SHOWN).count()).toBe(0);
    expect(await wall.peopleCount()).toBe(0);
    const wallCounts = await wall.recordPeopleCounts();

    await host.page.bringToFront();
    await shell.goTo('today');
    // Folded search: "jurgen weiss" finds "Jürgen Weiß", as a host would type it.
    await today.checkIn('birgit', SHOWN);
    await expect.poll(() => shell.notices.getByText(fill(m.presence.checkedIn, { name: SHOWN })).count()).toBe(1);
    await today.checkIn('jurgen weiss', HIDDEN);
    await expect.poll(() => today.namesHere()).toEqual([SHOWN, HIDDEN]);
    expect(await today.hereCount.textContent()).toBe(fill(m.presence.hereCount_other, { count: 2 }));
    await expect.poll(() => today.hereRow(SHOWN).getByText(templatePattern(m.presence.since)).textContent()).toMatch(TIME);
    expect(await today.nobodyIn.count()).toBe(0);

    // Someone already in is not offered again.
    await today.checkInButton.click();
    await today.checkInDialog.getByRole('searchbox').fill('birgit');
    await today.checkInDialog.getByText(fill(m.presence.noMatches, { query: 'birgit' })).waitFor();
    await today.checkInDialog.getByRole('button', { name: m.presence.close, exact: true }).click();
    await today.checkInDialog.waitFor({ state: 'detached' });
    await expectAccessible(host.page, 'the Today screen with members in');

    // The wall shows as here only the member who agreed; the host board shows both.
    await expect.poll(() => hereOnWall(wall, SHOWN).count(), { message: 'wall shows the consenting member in' }).toBe(1);
    expect(await hereOnWall(wall, HIDDEN).count()).toBe(0);
    // Its count is of those it may show, not of everyone in, and it went up once: no check-in
    // (the hidden member's neither) made the slide read none while it read the members again.
    expect(await wall.peopleCount()).toBe(1);
    expect(await wallCounts()).toEqual([0, 1]);
    await shell.goTo('board');
    const hostBoard = new Board(host.page);
    await expect.poll(() => inTodayBadge(hostBoard, HIDDEN).count()).toBe(1);
    expect(await inTodayBadge(hostBoard, SHOWN).count()).toBe(1);

    // Check out, undo, check out again: the left list shows arrival and departure.
    await shell.goTo('today');
    await today.checkOutButton(SHOWN).click();
    await expect.poll(() => today.namesHere()).toEqual([HIDDEN]);
    await today.leftRow(SHOWN).getByText(templatePattern(m.presence.inOut)).waitFor();
    expect(await today.leftRow(SHOWN).textContent()).toMatch(new RegExp(`${TIME.source} – ${TIME.source}`));
    await expect.poll(() => hereOnWall(wall, SHOWN).count(), { message: 'wall drops the member who left' }).toBe(0);
    expect(await wall.peopleCount()).toBe(0);

    const checkedOutNotice = shell.notices.getByRole('listitem').filter({ hasText: fill(m.presence.checkedOut, { name: SHOWN }) });
    await checkedOutNotice.getByRole('button', { name: m.app.undo, exact: true }).click();
    // Undo checks her in again, as a new visit from now: the longest-present member stays on top.
    await expect.poll(() => today.namesHere()).toEqual([HIDDEN, SHOWN]);
    expect(await today.leftList.count()).toBe(0);
    await expect.poll(() => hereOnWall(wall, SHOWN).count(), { message: 'undo puts the member back on the wall' }).toBe(1);
  });

  it('says nobody is in right now, and how many came today, once everyone has left', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, { name: SHOWN });
    await addMemberAsHost(host.page, { name: HIDDEN });
    const shell = new Shell(host.page);
    const today = new Today(host.page);
    await shell.goTo('today');
    await today.checkIn('birgit', SHOWN);
    await today.checkIn('jurgen', HIDDEN);
    await expect.poll(() => today.namesHere()).toEqual([SHOWN, HIDDEN]);
    await today.checkOutButton(SHOWN).click();
    await today.checkOutButton(HIDDEN).click();
    await today.nobodyInNow(2).waitFor();
    expect(await today.nobodyIn.count()).toBe(0);
    await today.leftRow(HIDDEN).waitFor();
    await expectAccessible(host.page, 'the Today screen after everyone left');
  });

  it('offers desktop notifications in a browser and stops offering once they are allowed', async () => {
    const host = await session.newMachine('host');
    const today = new Today(host.page);
    await new Shell(host.page).goTo('today');
    await today.heading.waitFor();
    await today.allowNotificationsButton.waitFor();
    await host.context.grantPermissions(['notifications']);
    await today.allowNotificationsButton.click();
    await today.allowNotificationsButton.waitFor({ state: 'detached' });
  });

  it('tells the host desk when a guest signs in at the kiosk, once, and lets the host sign the guest out', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, { name: 'Søren Østergaard' });
    const editor = await new MembersAdmin(host.page).openMember('Søren Østergaard');
    await editor.dialog.getByRole('switch', { name: m.editor.guestVisits, exact: true }).check();
    await editor.save();
    await host.context.addInitScript(recordNotifications);
    const hostAddress = appAddress(session.hubUrl, 'host');
    await host.page.goto(hostAddress);
    await waitForApp(host.page);
    const shell = new Shell(host.page);
    const today = new Today(host.page);
    await shell.goTo('today');
    await today.noGuests.waitFor();

    // The guest signs in at the kiosk: another tab of the same machine, so the same database.
    const kiosk = await host.openTab('kiosk');
    const k = m.kiosk.guest;
    await kiosk.getByRole('button', { name: m.kiosk.attract.guest, exact: true }).click();
    await kiosk.getByRole('textbox', { name: k.name, exact: true }).fill('Anna Berg');
    await kiosk.getByRole('textbox', { name: k.visiting, exact: true }).fill('sør');
    await kiosk.getByRole('list', { name: k.visitingResults }).getByRole('button', { name: 'Søren Ø.', exact: true }).click();
    await kiosk.getByRole('button', { name: m.presence.guestPurpose.meeting, exact: true }).click();
    await kiosk.getByRole('textbox', { name: k.company, exact: true }).fill('Guldborgsund Kommune');
    const submit = kiosk.getByRole('button', { name: k.submit, exact: true });
    await submit.click();
    // The kiosk's own welcome is its engineer's to test; here it only has to leave the form.
    await submit.waitFor({ state: 'detached' });

    const announcement = fill(m.presence.guestHereFor, { guest: 'Anna Berg', member: 'Søren Østergaard' });
    await expect.poll(() => shell.notices.getByText(announcement, { exact: true }).count(), { message: 'in-app notice on the host desk' }).toBe(1);
    await expect.poll(() => host.page.evaluate(() => window.shownNotifications ?? [])).toEqual([{ title: m.presence.guestArrivedTitle, body: announcement }]);
    expect(await kiosk.evaluate(() => window.shownNotifications ?? [])).toEqual([]);

    const row = today.guestsPanel.getByRole('listitem').filter({ hasText: 'Anna Berg' });
    await row.getByText('Guldborgsund Kommune', { exact: true }).waitFor();
    await row.getByText(fill(m.presence.visiting, { name: 'Søren Østergaard' }), { exact: true }).waitFor();
    await row.getByText(fill(m.presence.purpose, { purpose: m.presence.guestPurpose.meeting }), { exact: true }).waitFor();
    expect(await row.getByText(templatePattern(m.presence.arrived)).textContent()).toMatch(TIME);
    await expectAccessible(host.page, 'the Today screen with a guest');

    // A reload of the host desk does not announce the same guest again.
    await host.page.goto(hostAddress);
    await waitForApp(host.page);
    await shell.goTo('today');
    await row.waitFor();
    await host.page.waitForTimeout(500);
    expect(await shell.notices.getByText(announcement).count()).toBe(0);
    expect(await host.page.evaluate(() => window.shownNotifications ?? [])).toEqual([]);

    await host.page.getByRole('button', { name: fill(m.presence.signOutGuest, { name: 'Anna Berg' }), exact: true }).click();
    await row.getByText(templatePattern(m.presence.left)).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);

    // The purpose is stored as a code: a Danish host desk reads it in Danish. A guest signed in
    // before purposes were codes keeps the words that were stored.
    await putRow(host.page, 'guests', {
      id: 'guest-before-codes', name: 'Bo Gammel', company: '', purpose: 'Jobsamtale', visitingMemberId: null, arrivedAt: new Date().toISOString(), leftAt: null,
    });
    const da = messages.da;
    await host.page.goto(appAddress(session.hubUrl, 'host', 'da'));
    await waitForApp(host.page);
    await new Shell(host.page, da).goTo('today');
    const todayDa = new Today(host.page, da);
    const rowDa = (name: string) => todayDa.guestsPanel.getByRole('listitem').filter({ hasText: name });
    await rowDa('Anna Berg').getByText(fill(da.presence.purpose, { purpose: da.presence.guestPurpose.meeting }), { exact: true }).waitFor();
    await rowDa('Bo Gammel').getByText(fill(da.presence.purpose, { purpose: 'Jobsamtale' }), { exact: true }).waitFor();
  });
});
