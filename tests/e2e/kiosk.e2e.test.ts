import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { defaultHubSettings } from '@core/schemas';
import { cardPayload, newCardToken } from '@core/secrets';
import { addLocalDays, zonedDateOf, zonedEndOfDay, zonedStartOfDay } from '@core/time/zonedTime';
import { useE2eSession, waitForApp, type Machine } from './support/browser';
import { addMemberAsHost } from './support/members';
import { fill, messages, templatePattern } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { memberByName, patchHubSettings, putRow, setHostPinInStore, setMemberPinInStore, storedRows, updateMemberRow } from './support/pages/KioskData';
import { KioskSettings } from './support/pages/KioskSettings';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

declare global {
  interface Window {
    /** Counts window.print() calls, which the test replaces so no print dialog opens. */
    landhubTestPrints?: number;
  }
}

const m = messages.en;
const k = m.kiosk;
const SOREN = 'Søren Hansen';

/** A host desk tab and a kiosk tab of one machine, so both read the same database. */
async function hostAndKiosk(session: ReturnType<typeof useE2eSession>, members: string[] = [SOREN]): Promise<{ host: Machine; kiosk: KioskPage }> {
  const host = await session.newMachine('host');
  for (const name of members) await addMemberAsHost(host.page, { name });
  const kiosk = new KioskPage(await host.openTab('kiosk'));
  await kiosk.waitForStart();
  return { host, kiosk };
}

async function reload(kiosk: KioskPage): Promise<void> {
  await kiosk.page.reload();
  await waitForApp(kiosk.page);
  await kiosk.waitForStart();
}

async function allowGuestVisits(page: Page, name: string): Promise<void> {
  const admin = new MembersAdmin(page);
  await new Shell(page).goTo('members');
  const editor = await admin.openMember(name);
  await editor.dialog.getByRole('switch', { name: m.editor.guestVisits, exact: true }).check();
  await editor.save();
}

describe('the reception kiosk', () => {
  const session = useE2eSession();

  it('checks a member in and out by typed name, showing only the first name', async () => {
    const { kiosk } = await hostAndKiosk(session);
    await kiosk.heading('Landhub').waitFor();
    await kiosk.main.getByText(k.attract.nobodyIn, { exact: true }).waitFor();

    await kiosk.checkInButton.click();
    await kiosk.nameField.fill('sø');
    expect(await kiosk.resultNames()).toEqual([]);
    await kiosk.nameField.fill('soren');
    await expect.poll(() => kiosk.resultNames()).toEqual(['Søren H.']);
    await kiosk.result('Søren H.').click();
    await kiosk.welcome('Søren').waitFor();
    expect(await kiosk.main.textContent()).not.toContain('Hansen');

    await kiosk.doneButton.click();
    await kiosk.main.getByText(fill(k.attract.inToday_one, { count: 1 }), { exact: true }).waitFor();

    await kiosk.findMe('in', 'søren', 'Søren H.');
    await kiosk.heading(fill(k.confirm.alreadyIn, { name: 'Søren' })).waitFor();
    await kiosk.doneButton.click();

    await kiosk.findMe('out', 'hans', 'Søren H.');
    await kiosk.goodbye('Søren').waitFor();
    expect(await kiosk.goodbye('Søren').textContent()).toContain(fill(k.confirm.minutes, { minutes: 0 }));
    // The confirmation closes by itself after a few seconds.
    await kiosk.checkInButton.waitFor({ timeout: 9_000 });
    // Søren came and went: the start screen says so, not that nobody came.
    await kiosk.nobodyInNow(1).waitFor();
    expect(await kiosk.main.getByText(k.attract.nobodyIn, { exact: true }).count()).toBe(0);

    await kiosk.findMe('out', 'søren', 'Søren H.');
    await kiosk.heading(fill(k.confirm.alreadyOut, { name: 'Søren' })).waitFor();
  });

  it('asks for the member PIN when the hub wants one: three wrong tries send the member to a host', async () => {
    const { kiosk } = await hostAndKiosk(session);
    await patchHubSettings(kiosk.page, { checkInPinRequired: true });
    await setMemberPinInStore(kiosk.page, SOREN, '2580');
    await reload(kiosk);

    await kiosk.findMe('in', 'søren', 'Søren H.');
    await kiosk.heading(fill(k.pin.title, { name: 'Søren' })).waitFor();
    await kiosk.tapPin('1111');
    await kiosk.alert.getByText(fill(k.pin.wrong_other, { count: 2 })).waitFor();
    await kiosk.tapPin('1234');
    await kiosk.alert.getByText(fill(k.pin.wrong_one, { count: 1 })).waitFor();
    await kiosk.tapPin('0000');
    await kiosk.alert.getByText(k.pin.tooManyTries).waitFor();
    await kiosk.checkInButton.waitFor();
    expect(await storedRows(kiosk.page, 'checkIns')).toEqual([]);

    // The right PIN, typed on the physical keyboard this time.
    await kiosk.findMe('in', 'søren', 'Søren H.');
    await kiosk.pinPad().waitFor();
    await kiosk.page.keyboard.type('2580');
    await kiosk.welcome('Søren').waitFor();
    const checkIns = await storedRows(kiosk.page, 'checkIns');
    expect(checkIns.map((row) => [row.kind, row.method])).toEqual([['in', 'name']]);
  });

  it('checks in and out by a keyboard-wedge scan without a PIN, and refuses unknown and replaced cards', async () => {
    const { kiosk } = await hostAndKiosk(session);
    await patchHubSettings(kiosk.page, { checkInPinRequired: true });
    await setMemberPinInStore(kiosk.page, SOREN, '2580');
    await reload(kiosk);
    const { cardToken } = await memberByName(kiosk.page, SOREN);
    expect(cardToken).not.toBeNull();
    const code = cardPayload(cardToken!);

    // On the start screen a card toggles: in, then out.
    await kiosk.scan(code);
    await kiosk.welcome('Søren').waitFor();
    await kiosk.doneButton.click();
    await kiosk.scan(code);
    await kiosk.goodbye('Søren').waitFor();
    await kiosk.doneButton.click();

    // On the check-in screen, with the name field focused, the scan checks in and leaves the field clean.
    await kiosk.checkInButton.click();
    await kiosk.nameField.click();
    await kiosk.scan(code);
    await kiosk.welcome('Søren').waitFor();
    const methods = (await storedRows(kiosk.page, 'checkIns')).map((row) => `${String(row.kind)}:${String(row.method)}`);
    expect(methods.sort()).toEqual(['in:scanner', 'in:scanner', 'out:scanner']);
    await kiosk.doneButton.click();

    await kiosk.scan(cardPayload(newCardToken()));
    await kiosk.alert.getByText(k.card.invalid).waitFor();
    expect(await kiosk.main.textContent()).not.toContain('Søren');

    // A replaced card: the member has a new token, so the old card is worthless.
    await updateMemberRow(kiosk.page, SOREN, { cardToken: newCardToken() });
    await kiosk.checkOutButton.click();
    await kiosk.scan(code);
    await kiosk.alert.getByText(k.card.invalid).waitFor();
    expect(await kiosk.nameField.inputValue()).toBe('');
    expect(await kiosk.main.textContent()).not.toContain('Søren');
  });

  it('offers the free desks to a member without a booking, and one tap books and checks in', async () => {
    const host = await session.newMachine('host');
    await new Shell(host.page).goTo('members');
    const admin = new MembersAdmin(host.page);
    await admin.loadDemoButton.click();
    await admin.table.waitFor();
    await addMemberAsHost(host.page, { name: 'Wiebke Quast' });
    const kiosk = new KioskPage(await host.openTab('kiosk'));
    await kiosk.waitForStart();
    await kiosk.findMe('in', 'wiebke', 'Wiebke Q.');
    await kiosk.welcome('Wiebke').waitFor();
    await kiosk.main.getByText(k.confirm.noBooking, { exact: true }).waitFor();
    await kiosk.freeDesks.first().waitFor();
    const label = (await kiosk.freeDesks.first().textContent()) ?? '';
    const deskCode = label.split(' ')[0] ?? '';
    expect(deskCode).toMatch(/^D\d+$/);
    await kiosk.freeDesks.first().click();
    await kiosk.main.getByText(templatePattern(fill(k.confirm.yourDeskInZone, { desk: deskCode }))).waitFor();

    const wiebke = await memberByName(kiosk.page, 'Wiebke Quast');
    const bookings = (await storedRows(kiosk.page, 'bookings')).filter((row) => row.memberId === wiebke.id);
    expect(bookings).toHaveLength(1);
    expect(bookings[0]).toMatchObject({ resourceKind: 'desk', status: 'confirmed' });
    expect(bookings[0]!.confirmedAt).toEqual(expect.any(String));
    const checkIns = (await storedRows(kiosk.page, 'checkIns')).filter((row) => row.memberId === wiebke.id);
    expect(checkIns.map((row) => row.kind)).toEqual(['in']);
  });

  it('gives the desk back when its member checks out, so the next member can take it', async () => {
    const host = await session.newMachine('host');
    await new Shell(host.page).goTo('members');
    const admin = new MembersAdmin(host.page);
    await admin.loadDemoButton.click();
    await admin.table.waitFor();
    await addMemberAsHost(host.page, { name: 'Wiebke Quast' });
    await addMemberAsHost(host.page, { name: 'Piet Quast' });
    const kiosk = new KioskPage(await host.openTab('kiosk'));
    await kiosk.waitForStart();
    await kiosk.findMe('in', 'wiebke', 'Wiebke Q.');
    await kiosk.freeDesks.first().waitFor();
    const taken = ((await kiosk.freeDesks.first().textContent()) ?? '').split(' ')[0] ?? '';
    await kiosk.freeDesks.first().click();
    await kiosk.main.getByText(templatePattern(fill(k.confirm.yourDeskInZone, { desk: taken }))).waitFor();
    await kiosk.doneButton.click();

    await kiosk.findMe('out', 'wiebke', 'Wiebke Q.');
    await kiosk.goodbye('Wiebke').waitFor();
    await kiosk.doneButton.click();

    await kiosk.findMe('in', 'piet', 'Piet Q.');
    await kiosk.welcome('Piet').waitFor();
    await kiosk.freeDesks.first().waitFor();
    expect((await kiosk.freeDesks.allTextContents()).map((label) => label.split(' ')[0])).toContain(taken);
    const wiebke = await memberByName(kiosk.page, 'Wiebke Quast');
    const booking = (await storedRows(kiosk.page, 'bookings')).find((row) => row.memberId === wiebke.id);
    const checkOut = (await storedRows(kiosk.page, 'checkIns')).find((row) => row.memberId === wiebke.id && row.kind === 'out');
    expect(booking?.endsAt).toBe(checkOut?.at);
  });

  it('says what is on today: no public events, and when the meeting rooms are booked, never by whom or for what', async () => {
    const { kiosk } = await hostAndKiosk(session);
    const soren = await memberByName(kiosk.page, SOREN);
    await putRow(kiosk.page, 'rooms', { id: 'room-fjorden', name: 'Fjorden', zoneId: null, capacity: 8, equipment: [], description: '', active: true });
    // The kiosk's day is the hub's day (its time zone), whatever the clock of the machine running the test.
    const now = Date.now();
    const dayStart = zonedStartOfDay(new Date(now), defaultHubSettings.timeZone).getTime();
    const dayEnd = zonedEndOfDay(new Date(now), defaultHubSettings.timeZone).getTime();
    const minutes = (count: number) => count * 60_000;
    const slots = [
      { starts: dayStart, ends: dayStart + minutes(1) },
      ...[1, 2, 3, 4].map((hour) => ({ starts: Math.min(now + minutes(hour * 10), dayEnd - 1), ends: Math.min(now + minutes(hour * 10 + 5), dayEnd) })),
    ];
    for (const [at, slot] of slots.entries()) {
      await putRow(kiosk.page, 'bookings', {
        id: `room-booking-${String(at)}`, resourceKind: 'room', resourceId: 'room-fjorden', memberId: soren.id, title: 'Lønsamtale med Jens',
        startsAt: new Date(slot.starts).toISOString(), endsAt: new Date(slot.ends).toISOString(), status: 'confirmed', rejection: null, confirmedAt: null,
      });
    }
    await reload(kiosk);
    await kiosk.todayAtHub.getByText(fill(k.attract.roomBookings_other, { count: 5 }), { exact: true }).waitFor();
    await kiosk.todayAtHub.getByText(k.attract.noPublicEvents, { exact: true }).waitFor();
    await expect.poll(() => kiosk.todayAtHub.getByRole('list', { name: k.attract.roomBookingsList }).getByRole('listitem').count()).toBe(4);
    const shown = (await kiosk.todayAtHub.textContent()) ?? '';
    expect(shown).toContain('Fjorden');
    expect(shown).not.toMatch(/Lønsamtale|Søren|Hansen/);
  });

  it('shows today\'s public events by their public words, and never the private title or who booked', async () => {
    const { kiosk } = await hostAndKiosk(session);
    const soren = await memberByName(kiosk.page, SOREN);
    await putRow(kiosk.page, 'rooms', { id: 'room-fjorden', name: 'Fjorden', zoneId: null, capacity: 8, equipment: [], description: '', active: true });
    const now = Date.now();
    const dayEnd = zonedEndOfDay(new Date(now), defaultHubSettings.timeZone).getTime();
    // Later today on the hub's day, whatever time the test runs: at least a minute long, within the day.
    const startsAt = Math.min(now + 5 * 60_000, dayEnd - 2 * 60_000);
    const endsAt = Math.min(startsAt + 60 * 60_000, dayEnd);
    await putRow(kiosk.page, 'bookings', {
      id: 'public-event', resourceKind: 'room', resourceId: 'room-fjorden', memberId: soren.id, title: 'Budget for Jens',
      startsAt: new Date(startsAt).toISOString(), endsAt: new Date(endsAt).toISOString(), status: 'confirmed', rejection: null, confirmedAt: null,
      publicEvent: { title: 'Reparationscafé', description: 'Tag det med, der er gået i stykker.' },
    });
    await reload(kiosk);
    const events = kiosk.todayAtHub.getByRole('list', { name: k.attract.publicEventsList });
    await events.getByText('Reparationscafé', { exact: true }).waitFor();
    await events.getByText('Tag det med, der er gået i stykker.', { exact: true }).waitFor();
    expect(await events.textContent()).toContain('Fjorden');
    expect(await kiosk.todayAtHub.getByText(k.attract.noPublicEvents).count()).toBe(0);
    const shown = (await kiosk.todayAtHub.textContent()) ?? '';
    expect(shown).not.toMatch(/Budget|Jens|Søren|Hansen/);
  });

  it('shows a member who showed their card their coming bookings and cancels one in two taps; a typed name alone sees none', async () => {
    const { kiosk } = await hostAndKiosk(session);
    const soren = await memberByName(kiosk.page, SOREN);
    await putRow(kiosk.page, 'rooms', { id: 'room-fjorden', name: 'Fjorden', zoneId: null, capacity: 8, equipment: [], description: '', active: true });
    const dayMs = 24 * 60 * 60_000;
    for (const [id, days] of [['booking-soon', 1], ['booking-later', 8]] as const) {
      const startsAt = Date.now() + days * dayMs;
      await putRow(kiosk.page, 'bookings', {
        id, resourceKind: 'room', resourceId: 'room-fjorden', memberId: soren.id, title: 'Privat', status: 'confirmed', rejection: null, confirmedAt: null,
        startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 60 * 60_000).toISOString(),
      });
    }
    // A weekly booking of his too, its one date two days ahead on the hub's calendar: listed, and a host cancels it.
    const inTwoDays = addLocalDays(zonedDateOf(new Date(), defaultHubSettings.timeZone), 2);
    await putRow(kiosk.page, 'bookingSeries', {
      id: 'weekly-soren', resourceKind: 'room', resourceId: 'room-fjorden', memberId: soren.id, weekdays: [1, 2, 3, 4, 5, 6, 7], startDate: inTwoDays,
      until: null, count: 1, startTime: '12:00', endTime: '13:00', status: 'active',
    });
    await reload(kiosk);
    const openButton = kiosk.main.getByRole('button', { name: fill(k.myBookings.open_other, { count: 3 }) });

    // A typed name proves nothing: no bookings on the confirmation.
    await kiosk.findMe('in', 'søren', 'Søren H.');
    await kiosk.welcome('Søren').waitFor();
    expect(await openButton.count()).toBe(0);
    await kiosk.doneButton.click();

    // The card does: the bookings are one tap away, and a cancel asks once.
    const { cardToken } = await memberByName(kiosk.page, SOREN);
    await kiosk.scan(cardPayload(cardToken!));
    await kiosk.goodbye('Søren').waitFor();
    await openButton.click();
    const list = kiosk.main.getByRole('list', { name: k.myBookings.listLabel });
    await expect.poll(() => list.getByRole('listitem').count()).toBe(3);
    const weekly = list.getByRole('listitem').filter({ hasText: k.myBookings.weeklyHelp });
    expect(await weekly.count()).toBe(1);
    expect(await weekly.getByRole('button').count()).toBe(0);
    expect(await list.textContent()).toContain('Fjorden');
    expect(await list.textContent()).not.toContain('Privat');
    const soon = list.getByRole('listitem').filter({ has: kiosk.page.getByRole('button', { name: k.myBookings.cancel }) }).first();
    await soon.getByRole('button', { name: k.myBookings.cancel }).click();
    await list.getByRole('button', { name: k.myBookings.keep }).click();
    await soon.getByRole('button', { name: k.myBookings.cancel }).click();
    await list.getByRole('button', { name: k.myBookings.yes }).click();
    await kiosk.main.getByText(k.myBookings.cancelled).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);
    const stored = await storedRows(kiosk.page, 'bookings');
    expect(stored.find((row) => row.id === 'booking-soon')?.status).toBe('cancelled');
    expect(stored.find((row) => row.id === 'booking-later')?.status).toBe('confirmed');
    await kiosk.doneButton.click();
    await kiosk.checkInButton.waitFor();
  });

  it('signs a guest in, names their host by first name and initial, and prints a badge', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, { name: SOREN });
    await addMemberAsHost(host.page, { name: 'Søs Hemmelig' });
    await allowGuestVisits(host.page, SOREN);
    const kiosk = new KioskPage(await host.openTab('kiosk'));
    await kiosk.waitForStart();
    await kiosk.page.evaluate(() => {
      window.landhubTestPrints = 0;
      window.print = () => { window.landhubTestPrints = (window.landhubTestPrints ?? 0) + 1; };
    });

    await kiosk.guestButton.click();
    await kiosk.heading(k.guest.title).waitFor();
    await kiosk.main.getByRole('button', { name: k.guest.submit, exact: true }).click();
    await kiosk.main.getByText(k.guest.nameRequired).waitFor();
    await kiosk.main.getByRole('textbox', { name: k.guest.name, exact: true }).fill('Anna Berg');
    const hostSearch = kiosk.main.getByRole('textbox', { name: k.guest.visiting, exact: true });
    await hostSearch.fill('sø');
    expect(await kiosk.main.getByRole('list', { name: k.guest.visitingResults }).count()).toBe(0);
    // Søs has not agreed to be found by guests, Søren has.
    await hostSearch.fill('søs');
    await kiosk.main.getByText(k.guest.noHostMatch).waitFor();
    await hostSearch.fill('sø h');
    await expect.poll(() => KioskPage.namesIn(kiosk.main.getByRole('list', { name: k.guest.visitingResults }))).toEqual(['Søren H.']);
    await kiosk.main.getByRole('list', { name: k.guest.visitingResults }).getByRole('button', { name: 'Søren H.' }).click();
    await kiosk.main.getByText(fill(k.guest.chosenHost, { name: 'Søren H.' })).waitFor();
    await kiosk.main.getByRole('button', { name: m.presence.guestPurpose.meeting, exact: true }).click();
    await kiosk.main.getByRole('textbox', { name: k.guest.company, exact: true }).fill('Berg GmbH');
    await kiosk.main.getByRole('button', { name: k.guest.submit, exact: true }).click();

    await kiosk.heading(fill(k.guest.welcome, { name: 'Anna' })).waitFor();
    await kiosk.main.getByText(fill(k.guest.hostTold, { host: 'Søren H.' })).waitFor();
    await kiosk.main.getByRole('button', { name: k.guest.printBadge }).click();
    expect(await kiosk.page.evaluate(() => window.landhubTestPrints)).toBe(1);
    const badge = await kiosk.page.getByTestId('guest-badge').textContent();
    for (const text of ['Anna Berg', 'Berg GmbH', fill(k.guest.badgeVisiting, { host: 'Søren H.' }), 'Landhub']) expect(badge).toContain(text);
    expect(badge).not.toContain('Hansen');

    const soren = await memberByName(kiosk.page, SOREN);
    const guests = await storedRows(kiosk.page, 'guests');
    expect(guests).toHaveLength(1);
    expect(guests[0]).toMatchObject({ name: 'Anna Berg', company: 'Berg GmbH', purpose: 'meeting', visitingMemberId: soren.id, leftAt: null });
  });

  it('goes back to the start screen after the idle time and forgets a half-typed name', async () => {
    const { kiosk } = await hostAndKiosk(session);
    await patchHubSettings(kiosk.page, { kioskIdleSeconds: 10 });
    await reload(kiosk);
    await kiosk.checkInButton.click();
    await kiosk.nameField.fill('søre');
    await kiosk.result('Søren H.').waitFor();
    await kiosk.checkInButton.waitFor({ timeout: 14_000 });
    expect(await kiosk.results.count()).toBe(0);
    await kiosk.checkInButton.click();
    expect(await kiosk.nameField.inputValue()).toBe('');
  });

  it('lets a host in with the hidden gesture and the host PIN, and locks the pad after five wrong PINs', async () => {
    const first = await session.newMachine('kiosk');
    const fresh = new KioskPage(first.page);
    await fresh.waitForStart();
    // First set-up: no host PIN, no members: the settings open once, to set the kiosk up.
    for (let tap = 0; tap < 5; tap++) await fresh.logo().click();
    await fresh.heading(k.host.pinTitle).waitFor();
    await fresh.main.getByText(k.host.noPinYet).waitFor();
    await fresh.main.getByRole('button', { name: k.host.openSettings }).click();
    await fresh.heading(m.settings.title).waitFor();
    await fresh.main.getByRole('button', { name: k.host.backToKiosk }).click();
    await fresh.waitForStart();

    const { host, kiosk } = await hostAndKiosk(session);
    await kiosk.logo().click();
    await kiosk.logo().click();
    expect(await kiosk.heading(k.host.pinTitle).count()).toBe(0);
    for (let tap = 0; tap < 3; tap++) await kiosk.logo().click();
    await kiosk.main.getByText(k.host.noPinYet).waitFor();
    expect(await kiosk.main.getByRole('button', { name: k.host.openSettings }).count()).toBe(0);

    await setHostPinInStore(kiosk.page, '471100');
    await reload(kiosk);
    for (let tap = 0; tap < 5; tap++) await kiosk.logo().click();
    const pad = k.host.pinHelp;
    for (let attempt = 1; attempt <= 4; attempt++) {
      await kiosk.tapPin('123456', pad);
      await kiosk.alert.getByText(fill(attempt === 4 ? k.host.wrongPin_one : k.host.wrongPin_other, { count: 5 - attempt })).waitFor();
    }
    await kiosk.tapPin('123456', pad);
    await kiosk.alert.getByText(templatePattern(k.host.locked)).waitFor();
    expect(await kiosk.pinPad(pad).count()).toBe(0);

    // A reload does not hand out fresh tries.
    await reload(kiosk);
    for (let tap = 0; tap < 5; tap++) await kiosk.logo().click();
    await kiosk.alert.getByText(templatePattern(k.host.locked)).waitFor();

    // Another kiosk machine (its own lock), the right PIN: settings, and leaving kiosk mode.
    const other = await session.newMachine('host');
    await addMemberAsHost(other.page, { name: SOREN });
    await setHostPinInStore(other.page, '471100');
    const otherKiosk = new KioskPage(await other.openTab('kiosk'));
    await otherKiosk.waitForStart();
    for (let tap = 0; tap < 5; tap++) await otherKiosk.logo().click();
    await otherKiosk.pinPad(k.host.pinHelp).waitFor();
    await otherKiosk.page.keyboard.type('471100');
    await otherKiosk.heading(m.settings.title).waitFor();
    await otherKiosk.main.getByText(k.host.howTo).waitFor();
    // The hub refuses hub settings from a kiosk: they are not offered here, and it says where they are.
    await otherKiosk.main.getByText(k.host.hubSettingsElsewhere, { exact: true }).waitFor();
    const settings = new KioskSettings(otherKiosk.page);
    expect(await settings.saveButton.count()).toBe(0);
    expect(await settings.hostPinSection.count()).toBe(0);
    await otherKiosk.main.getByRole('region', { name: m.sync.machine.heading, exact: true }).waitFor();
    await otherKiosk.main.getByRole('radio', { name: new RegExp(`^${m.roles.host}`) }).check();
    await otherKiosk.main.getByRole('button', { name: m.settings.saveRole }).click();
    await new Shell(otherKiosk.page).navButton('members').waitFor();
    await host.page.bringToFront();
  });
});
