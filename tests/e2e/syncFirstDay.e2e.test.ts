import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { waitForApp } from './support/browser';
import { offsetToWorkingHours, shiftedNow } from './support/hubTime';
import { useSyncedSite } from './support/useSyncedSite';
import { addMemberAsHost } from './support/members';
import { fill, messages, templatePattern } from './support/messages';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { storedRows } from './support/storedRows';
import { Today } from './support/pages/Today';
import type { SiteMachine } from './support/syncedSite';

const m = messages.en;
/** Live changes should arrive in well under a second; 20 s leaves room for a busy two-core machine. */
const LIVE = { timeout: 20_000 };

/**
 * Issue 9, what a new hub hits on its first day, end to end: a real hub and machines paired
 * through the UI, each a browser context with its own IndexedDB.
 */
describe('a hub’s first day with two host desks', () => {
  // Mid-morning on the hub's clock: "today's guests" must not straddle the hub's midnight.
  const synced = useSyncedSite({ clockOffsetMs: offsetToWorkingHours });
  const hubNow = () => shiftedNow(synced.clockOffsetMs ?? 0);

  /** The company a machine holds for a member, read from its database. */
  async function companyOf(machine: SiteMachine, name: string): Promise<string | undefined> {
    return (await storedRows<{ name: string; company: string }>(machine.page, 'members')).find((row) => row.name === name)?.company;
  }

  async function online(machine: SiteMachine): Promise<void> {
    await expect.poll(() => machine.indicator.status.textContent(), LIVE).toBe(m.sync.indicator.online);
  }

  async function editCompany(page: Page, name: string, company: string): Promise<void> {
    await new Shell(page).goTo('members');
    const editor = await new MembersAdmin(page).openMember(name);
    await editor.setText('company', company);
    await editor.save();
  }

  it('tells the desk whose offline edit a later one replaced, once, with its value and the winner’s name; the winner hears nothing', { timeout: 120_000 }, async () => {
    const first = await synced.site.pairFirstHost();
    await online(first);
    const second = await synced.site.pairFromHost(first, 'host', 'Host desk 2');
    await online(second);
    await addMemberAsHost(first.page, { name: 'Anna Berg', company: 'Berg Design' });
    await expect.poll(() => companyOf(second, 'Anna Berg'), LIVE).toBe('Berg Design');

    first.tolerate.push(/WebSocket connection to .* failed/, /ERR_INTERNET_DISCONNECTED/);
    await first.context.setOffline(true);
    await expect.poll(() => first.indicator.status.textContent(), LIVE).toMatch(templatePattern(m.sync.indicator.offline));
    await editCompany(first.page, 'Anna Berg', 'Berg & Co');
    await editCompany(second.page, 'Anna Berg', 'Berg Studio');
    await online(second);

    await first.context.setOffline(false);
    const notice = fill(m.sync.replaced.byMachine, { field: m.editor.company, record: 'Anna Berg', machine: 'Host desk 2', value: 'Berg & Co' });
    const firstShell = new Shell(first.page);
    await expect.poll(() => firstShell.notices.getByText(notice, { exact: true }).count(), LIVE).toBe(1);
    // A long notice wraps inside the window, and the screen with it stays accessible.
    const box = await firstShell.notices.getByRole('listitem').filter({ hasText: notice }).boundingBox();
    const viewport = first.page.viewportSize();
    expect(box && viewport && box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height).toBe(true);
    expect(describeViolations(await seriousAxeViolations(first.page))).toBe('');
    expect(await companyOf(first, 'Anna Berg')).toBe('Berg Studio');

    // A later ordinary edit from the other desk reaches the first one and tells nothing more.
    await editCompany(second.page, 'Anna Berg', 'Berg Studio ApS');
    await expect.poll(() => companyOf(first, 'Anna Berg'), LIVE).toBe('Berg Studio ApS');
    expect(await firstShell.notices.getByText(notice, { exact: true }).count()).toBe(1);
    const secondNotices = new Shell(second.page).notices;
    for (const template of [m.sync.replaced.byMachine, m.sync.replaced.byOtherMachine]) {
      expect(await secondNotices.getByText(templatePattern(template)).count()).toBe(0);
    }
  });

  it('a desk paired nine minutes after a guest arrived does not announce them; a guest who arrives now is announced once', { timeout: 120_000 }, async () => {
    const first = await synced.site.pairFirstHost();
    await online(first);
    const kiosk = await synced.site.pairFromHost(first, 'kiosk', 'Reception kiosk');
    await online(kiosk);
    await addMemberAsHost(first.page, { name: 'Søren Østergaard' });
    const editor = await new MembersAdmin(first.page).openMember('Søren Østergaard');
    await editor.dialog.getByRole('switch', { name: m.editor.guestVisits, exact: true }).check();
    await editor.save();

    // The guest signed in at the kiosk ten minutes ago: the kiosk's clock says so.
    await kiosk.page.clock.setSystemTime(new Date(hubNow().getTime() - 10 * 60_000));
    await kiosk.page.reload();
    await waitForApp(kiosk.page);
    await online(kiosk);
    await signInGuest(kiosk.page, 'Anna Berg');
    const firstToday = new Today(first.page);
    await new Shell(first.page).goTo('today');
    await guestRow(firstToday, 'Anna Berg').waitFor(LIVE);

    // The second desk was set up on its own this morning and is paired now: its first look
    // at today's guests found none, and its first download brings the older arrival.
    const second = await synced.site.openMachine('/?role=host');
    const secondShell = new Shell(second.page);
    const secondToday = new Today(second.page);
    await secondShell.goTo('today');
    await secondToday.noGuests.waitFor();
    await synced.site.pairInPlace(first, second, 'Host desk 2');
    await secondShell.goTo('today');
    await guestRow(secondToday, 'Anna Berg').waitFor(LIVE);

    await kiosk.page.clock.setSystemTime(hubNow());
    await signInGuest(kiosk.page, 'Jonas Weber');
    const fresh = fill(m.presence.guestHereFor, { guest: 'Jonas Weber', member: 'Søren Østergaard' });
    await expect.poll(() => secondShell.notices.getByText(fresh, { exact: true }).count(), LIVE).toBe(1);
    // Announced after the older guest was on screen: had the desk taken her for news, she would be here too.
    const stale = fill(m.presence.guestHereFor, { guest: 'Anna Berg', member: 'Søren Østergaard' });
    expect(await secondShell.notices.getByText(stale, { exact: true }).count()).toBe(0);
    await guestRow(secondToday, 'Jonas Weber').waitFor(LIVE);
    expect(await secondShell.notices.getByText(fresh, { exact: true }).count()).toBe(1);
  });
});

function guestRow(today: Today, name: string) {
  return today.guestsPanel.getByRole('listitem').filter({ hasText: name });
}

/** The kiosk's guest sign-in, visiting Søren, as a visitor would tap through it. */
async function signInGuest(kiosk: Page, name: string): Promise<void> {
  const k = m.kiosk.guest;
  await kiosk.getByRole('button', { name: m.kiosk.attract.guest, exact: true }).click();
  await kiosk.getByRole('textbox', { name: k.name, exact: true }).fill(name);
  await kiosk.getByRole('textbox', { name: k.visiting, exact: true }).fill('sør');
  await kiosk.getByRole('list', { name: k.visitingResults }).getByRole('button', { name: 'Søren Ø.', exact: true }).click();
  await kiosk.getByRole('button', { name: m.presence.guestPurpose.meeting, exact: true }).click();
  const submit = kiosk.getByRole('button', { name: k.submit, exact: true });
  await submit.click();
  await kiosk.getByRole('button', { name: m.kiosk.confirm.done, exact: true }).click();
  await kiosk.getByRole('button', { name: m.kiosk.attract.guest, exact: true }).waitFor();
}
