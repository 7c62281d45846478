import { describe, expect, it } from 'vitest';
import { format } from 'date-fns';
import type { UiLanguage } from '@core/languages';
import { defaultHubSettings } from '@core/schemas';
import { zonedDateOf } from '@core/time/zonedTime';
import { dateLocales } from '../../renderer/src/i18n/i18n';
import { useE2eSession } from './support/browser';
import { addMemberAsHost } from './support/members';
import { fill, messages } from './support/messages';
import { Board } from './support/pages/Board';
import { KioskPage } from './support/pages/KioskPage';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';

const m = messages.en;
const NAME = 'Birgitte Frølund';
const PRIVATE = {
  company: 'Frølund Regnskab ApS',
  bio: 'Former tax inspector who sails the Baltic every summer',
  email: 'birgitte@frolund-regnskab.example',
  phone: '+45 30 11 22 33',
  offer: 'Annual accounts for sole traders',
  need: 'A German-speaking lawyer',
};
// Not in the shared vocabulary, so it is shown exactly as typed.
const PUBLIC_SKILL = 'Kurvefletning';
// The kiosk has no board at all: its own test below. Nor has the wall display any more: it shows
// members on its slides (name, public photo, public skills); the room display shows none at all.

describe('public screens show only what a member made public', () => {
  const session = useE2eSession();

  it('keeps private fields out of the wall page and every member out of the room display, and shows a field once consent is given', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, {
      name: NAME,
      company: PRIVATE.company,
      bio: PRIVATE.bio,
      email: PRIVATE.email,
      phone: PRIVATE.phone,
      offers: [PRIVATE.offer],
      needs: [PRIVATE.need],
      skills: [PUBLIC_SKILL],
      public: ['skills'],
    });
    // A second, fully private member: a public screen may not even hint at their skills.
    await addMemberAsHost(host.page, { name: 'Jürgen Weiß', skills: ['Imkerei'] });

    // The control: the host desk does show every one of these values, exactly as written here.
    await new Shell(host.page).goTo('board');
    await new Board(host.page).card(NAME).waitFor();
    const hostHtml = await host.page.content();
    for (const value of Object.values(PRIVATE)) expect(hostHtml).toContain(value);

    // Same browser context: the wall display reads the very database the host just wrote. It has
    // no board and no search any more: it shows a member's name, public photo and public skills.
    const wall = new WallDisplay(await host.openTab('wall'));
    const card = wall.newMember(NAME);
    await card.getByText(PUBLIC_SKILL).waitFor({ state: 'attached' });
    await wall.newMember('Jürgen Weiß').waitFor({ state: 'attached' });
    const html = await wall.page.content();
    for (const [field, value] of Object.entries(PRIVATE)) {
      expect(html, `the wall page must not contain the private ${field}`).not.toContain(value);
    }
    expect(html).not.toContain(PRIVATE.phone.replace(/\s+/g, ''));
    // "Imkerei" is the vocabulary's beekeeping, which an English screen would call "Beekeeping".
    for (const privateSkill of ['Imkerei', 'Beekeeping']) expect(html, 'the wall page must not contain a private skill').not.toContain(privateSkill);
    // Nothing on the wall to search with, so nothing to find a private value by.
    expect(await wall.page.locator('input, select, textarea').count()).toBe(0);

    // The door display has no member directory: not even a name reaches its screen.
    const door = await host.openTab('room');
    await door.getByRole('heading', { name: m.roomDisplay.noRoomTitle }).waitFor();
    const doorHtml = await door.content();
    for (const value of [NAME, PUBLIC_SKILL, ...Object.values(PRIVATE)]) expect(doorHtml, 'the room display shows no member').not.toContain(value);
    await door.close();

    // The host gives consent for Jürgen's skills, and Birgitte's company; the open wall repaints by
    // itself: the skill appears, the company stays off the wall (it shows no company), and nothing else.
    await host.page.bringToFront();
    await new Shell(host.page).goTo('members');
    const admin = new MembersAdmin(host.page);
    const jurgen = await admin.openMember('Jürgen Weiß');
    await jurgen.consentSwitch('skills').check();
    await jurgen.save();
    const birgitte = await admin.openMember(NAME);
    await birgitte.consentSwitch('company').check();
    await birgitte.save();
    await expect.poll(() => wall.newMember('Jürgen Weiß').getByText('Beekeeping').count(), { message: 'skill shown after consent' }).toBe(1);
    const after = await wall.page.content();
    for (const value of [PRIVATE.email, PRIVATE.bio, PRIVATE.phone, PRIVATE.offer, PRIVATE.need]) expect(after).not.toContain(value);
  });

  it.each<UiLanguage>(['da', 'de', 'en'])('in %s, a switch says what ticking it does and what it does now; the wall shows a skill only once it is on, and never a phone number', async (language) => {
    const lm = messages[language];
    const host = await session.newMachine('host', { lang: language });
    await addMemberAsHost(host.page, { name: NAME, phone: PRIVATE.phone, skills: [PUBLIC_SKILL] }, lm);
    const wall = new WallDisplay(await host.openTab('wall', language), lm);
    await wall.newMember(NAME).waitFor({ state: 'attached' });
    expect(await wall.page.content()).not.toContain(PRIVATE.phone);
    expect(await wall.page.content()).not.toContain(PUBLIC_SKILL);

    await host.page.bringToFront();
    const editor = await new MembersAdmin(host.page, lm).openMember(NAME);
    await editor.dialog.getByText(lm.editor.privacyNote, { exact: true }).waitFor();
    const phoneSwitch = editor.consentSwitch('phone');
    const visible = editor.visibleConsent('phone');
    // What a sighted host reads says "show it", never the state, and the state stands beside it.
    expect(await visible.label.textContent()).toBe(lm.editor.consentShow);
    expect(await visible.state.textContent()).toBe(lm.editor.consentNotShown);
    expect(await phoneSwitch.isChecked()).toBe(false);
    // A screen reader hears the visible words first (label in name), then the state.
    const accessible = await phoneSwitch.evaluate((element) => ({
      name: element.getAttribute('aria-label') ?? '',
      description: document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    }));
    expect(accessible.name.startsWith(lm.editor.consentShow)).toBe(true);
    expect(accessible.description).toBe(lm.editor.consentNotShown);

    await visible.label.click();
    expect(await phoneSwitch.isChecked()).toBe(true);
    // The hub's day (a new hub's zone), as the app writes dates, whatever zone this process runs in.
    const today = format(new Date(`${zonedDateOf(new Date(), defaultHubSettings.timeZone)}T12:00:00`), 'PP', { locale: dateLocales[language] });
    expect(await visible.state.textContent()).toBe(fill(lm.editor.consentShownSince, { date: today }));
    expect(await editor.consentSwitch('email').isChecked()).toBe(false);
    await editor.consentSwitch('skills').check();
    await editor.save();

    await wall.page.bringToFront();
    await wall.newMember(NAME).getByText(PUBLIC_SKILL).waitFor({ state: 'attached' });
    // The phone may now be public, but the wall shows no contact details at all.
    expect(await wall.page.content()).not.toContain(PRIVATE.phone);
    expect(await wall.page.content()).not.toContain(PRIVATE.bio);
  });

  it('shows at the kiosk only a first name and last initial: in name search, on the confirmation and in the guest host search', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, {
      name: NAME,
      company: PRIVATE.company,
      bio: PRIVATE.bio,
      email: PRIVATE.email,
      phone: PRIVATE.phone,
      offers: [PRIVATE.offer],
      needs: [PRIVATE.need],
      skills: [PUBLIC_SKILL],
      public: ['skills'],
    });
    const kiosk = new KioskPage(await host.openTab('kiosk'));
    await kiosk.waitForStart();
    const expectNothingPrivate = async (where: string) => {
      const html = await kiosk.page.content();
      for (const [field, value] of Object.entries(PRIVATE)) expect(html, `${where}: the private ${field}`).not.toContain(value);
      expect(html, `${where}: the phone without spaces`).not.toContain(PRIVATE.phone.replace(/\s+/g, ''));
      // Not even the public skill: the kiosk is for finding yourself, not for browsing people.
      expect(html, `${where}: the last name`).not.toContain('Frølund');
      expect(html, `${where}: a skill`).not.toContain(PUBLIC_SKILL);
    };
    await expectNothingPrivate('the start screen');
    // No list to browse: nothing before three letters, and private words find nobody.
    await kiosk.checkInButton.click();
    await kiosk.nameField.fill('bi');
    expect(await kiosk.resultNames()).toEqual([]);
    for (const query of ['regnskab', 'kurvefletning', 'lawyer', 'birgitte@']) {
      await kiosk.nameField.fill(query);
      await kiosk.page.getByText(m.kiosk.findMe.noMatch).waitFor();
      expect(await kiosk.resultNames(), `search "${query}"`).toEqual([]);
    }
    await kiosk.nameField.fill('birg');
    await expect.poll(() => kiosk.resultNames()).toEqual(['Birgitte F.']);
    await expectNothingPrivate('the name search');
    await kiosk.result('Birgitte F.').click();
    await kiosk.welcome('Birgitte').waitFor();
    await expectNothingPrivate('the check-in confirmation');
    await kiosk.doneButton.click();
    // "1 in today", never who.
    await kiosk.main.getByText(fill(m.kiosk.attract.inToday_one, { count: 1 }), { exact: true }).waitFor();
    await expectNothingPrivate('the start screen with one member in');

    // A guest finds only members who agreed to be found, and only as "Birgitte F.".
    await kiosk.guestButton.click();
    const hostSearch = kiosk.main.getByRole('textbox', { name: m.kiosk.guest.visiting, exact: true });
    await hostSearch.fill('birg');
    await kiosk.page.getByText(m.kiosk.guest.noHostMatch).waitFor();
    await host.page.bringToFront();
    const editor = await new MembersAdmin(host.page).openMember(NAME);
    await editor.dialog.getByRole('switch', { name: m.editor.guestVisits, exact: true }).check();
    await editor.save();
    await kiosk.page.bringToFront();
    const visitable = kiosk.main.getByRole('list', { name: m.kiosk.guest.visitingResults });
    await expect.poll(() => KioskPage.namesIn(visitable)).toEqual(['Birgitte F.']);
    await expectNothingPrivate('the guest host search');
  });
});
