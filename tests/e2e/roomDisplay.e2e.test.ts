import { describe, expect, it } from 'vitest';
import type { Booking, Room, SeriesException } from '@core/schemas';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { waitForApp } from './support/browser';
import { useSyncedSite } from './support/useSyncedSite';
import { offsetToWorkingHours, shiftedNow } from './support/hubTime';
import { layoutProblems, saveShot, untranslatedTexts } from './support/layoutChecks';
import { escapeRegExp, messages } from './support/messages';
import { Bookings } from './support/pages/Bookings';
import { RoomDisplay } from './support/pages/RoomDisplay';
import { Shell } from './support/pages/Shell';
import { storedRows } from './support/storedRows';
import type { SiteMachine } from './support/syncedSite';

const m = messages.en;
/** Live changes should arrive in well under a second; 20 s leaves room for a busy two-core machine. */
const LIVE = { timeout: 20_000 };
const HOUR_MS = 60 * 60_000;

/** A demo room with nothing booked for the next hour and a bit, so "book now" offers every length. */
async function freeRoom(host: SiteMachine, clockOffsetMs: number): Promise<Room> {
  const rooms = await storedRows<Room>(host.page, 'rooms');
  const bookings = await storedRows<Booking>(host.page, 'bookings');
  const from = shiftedNow(clockOffsetMs).getTime();
  const until = from + HOUR_MS + 10 * 60_000;
  const free = rooms.find((room) => room.active && !bookings.some((booking) => booking.resourceId === room.id && booking.status === 'confirmed'
    && Date.parse(booking.startsAt) < until && Date.parse(booking.endsAt) > from));
  if (!free) throw new Error('Every demo room is booked within the hour; the test needs one free');
  return free;
}

describe('the display beside a meeting room door', () => {
  const synced = useSyncedSite({ clockOffsetMs: offsetToWorkingHours });

  /** A host desk with the demo hub, and a door paired through the UI to a room free now, showing "free". */
  async function doorOfAFreeRoom() {
    const host = await synced.site.pairFirstHostWithDemo();
    const room = await freeRoom(host, synced.clockOffsetMs ?? 0);
    const machine = await synced.site.pairFromHost(host, 'room', 'Door', room.name);
    const door = new RoomDisplay(machine.page);
    await door.roomName(room.name).waitFor(LIVE);
    await expect.poll(() => door.stateText(), LIVE).toBe(m.roomDisplay.free);
    return { host, room, machine, door };
  }

  it('paired to its room through the UI: books it now, ends the meeting early, and the host desk sees both', { timeout: 120_000 }, async () => {
    const { host, room, machine, door } = await doorOfAFreeRoom();

    await door.bookButton(30).click();
    await door.notice('booked').waitFor();
    await expect.poll(() => door.stateText(), LIVE).toBe(m.roomDisplay.inUse);
    const atTheDoor = async () => (await storedRows<Booking>(host.page, 'bookings')).filter((booking) => booking.resourceId === room.id && booking.memberId === null && booking.title === '');
    await expect.poll(async () => (await atTheDoor()).map((booking) => booking.status), LIVE).toEqual(['confirmed']);
    const [booked] = await atTheDoor();
    expect(Date.parse(booked?.endsAt ?? '') - Date.parse(booked?.startsAt ?? '')).toBe(30 * 60_000);

    await door.endEarlyButton.click();
    await door.endEarlyYes.click();
    await door.notice('ended').waitFor();
    await expect.poll(() => door.stateText(), LIVE).toBe(m.roomDisplay.free);
    await expect.poll(async () => Date.parse((await atTheDoor())[0]?.endsAt ?? '') - Date.parse(booked?.startsAt ?? ''), LIVE).toBeLessThan(5 * 60_000);

    // The host turns on the no-show release in Settings; the hub passes it on to the door.
    await new Shell(host.page).goTo('settings');
    await host.page.getByRole('checkbox', { name: m.cards.settings.noShowRelease, exact: true }).check();
    await host.page.getByRole('spinbutton', { name: new RegExp(`^${m.cards.settings.noShowMinutes}`) }).fill('10');
    await host.page.getByRole('button', { name: m.settings.saveHub, exact: true }).click();
    await expect.poll(async () => (await storedRows<{ noShowReleaseMinutes?: number | null }>(machine.page, 'hubSettings'))[0]?.noShowReleaseMinutes, LIVE).toBe(10);

    // No member of the demo, nor the title of any booking, reaches the door's screen or storage.
    const members = await storedRows<{ name: string }>(host.page, 'members');
    const html = await machine.page.content();
    for (const member of members.slice(0, 20)) expect(html).not.toContain(member.name);
    // At most a bare tombstone of a member travels (id and stamps), never a field of one.
    for (const table of ['members', 'skills', 'checkIns', 'guests']) {
      for (const row of await storedRows<Record<string, unknown>>(machine.page, table)) expect(Object.keys(row).toSorted(), table).toEqual(['deleted', 'deviceId', 'hlc', 'id']);
    }
    // Who booked and why never arrive; only the door's own booking holds its (empty) values.
    for (const booking of await storedRows<Record<string, unknown>>(machine.page, 'bookings')) {
      expect(booking.memberId ?? null).toBeNull();
      expect(booking.title ?? '').toBe('');
    }
  });

  it('checks a weekly meeting in at the door, and the hub keeps the date as checked into', { timeout: 120_000 }, async () => {
    const { host, room, machine, door } = await doorOfAFreeRoom();

    // The host books the room every week from this quarter hour (10:00 on the hub's clock) for an hour.
    await new Shell(host.page).goTo('bookings');
    const bookings = new Bookings(host.page);
    await bookings.heading.waitFor();
    await bookings.openView('rooms');
    await bookings.cell(new RegExp(`^${escapeRegExp(room.name)}, 10:00–10:15: free$`)).click();
    await bookings.field(m.bookings.fieldTo).selectOption('11:00');
    await bookings.dialog.getByRole('checkbox', { name: m.bookings.series.repeat }).check();
    await bookings.dialog.getByRole('radio', { name: m.bookings.whoGroup, exact: true }).check();
    await bookings.field(m.bookings.fieldGroupName).fill('Reading circle');
    await bookings.button(m.bookings.book).click();
    await bookings.dialog.waitFor({ state: 'detached' });

    // The door shows the weekly meeting going on and offers to check it in, as a single one.
    await expect.poll(() => door.stateText(), LIVE).toBe(m.roomDisplay.inUse);
    await door.checkInButton.click();
    await door.notice('checkedIn').waitFor();
    // The notice comes when the write is done; the button goes with the live query that follows it.
    await door.checkInButton.waitFor({ state: 'detached' });
    // The hub took the door's check-in: the host desk pulls the date's exception, and nothing waits at the door.
    const exceptions = async () => (await storedRows<SeriesException>(host.page, 'seriesExceptions')).map((row) => [row.kind, row.deleted]);
    await expect.poll(exceptions, LIVE).toEqual([['checkedIn', false]]);
    await expect.poll(() => door.waiting.count(), LIVE).toBe(0);
    expect((await storedRows<SeriesException>(machine.page, 'seriesExceptions')).map((row) => row.kind)).toEqual(['checkedIn']);
    // What the weekly meeting is for stays with the hosts.
    expect(await machine.page.content()).not.toContain('Reading circle');
  });

  it('books offline, says it waits for the hub, and tells when the hub gave the room to another door first', { timeout: 120_000 }, async () => {
    const host = await synced.site.pairFirstHostWithDemo();
    const room = await freeRoom(host, synced.clockOffsetMs ?? 0);
    const first = await synced.site.pairFromHost(host, 'room', 'Front door', room.name);
    const second = await synced.site.pairFromHost(host, 'room', 'Back door', room.name);
    const [front, back] = [new RoomDisplay(first.page), new RoomDisplay(second.page)];
    await front.roomName(room.name).waitFor(LIVE);
    await back.roomName(room.name).waitFor(LIVE);

    first.tolerate.push(/WebSocket connection to .* failed/, /ERR_INTERNET_DISCONNECTED/);
    await first.context.setOffline(true);
    await expect.poll(() => front.connection.getAttribute('data-online'), LIVE).toBe('false');
    await front.bookButton(15).click();
    await front.notice('booked').waitFor();
    await front.waiting.waitFor();

    // Meanwhile the back door, online, books the same room: the hub takes that one first.
    await back.bookButton(30).click();
    await back.notice('booked').waitFor();
    const atTheDoor = async () => (await storedRows<Booking>(host.page, 'bookings')).filter((booking) => booking.resourceId === room.id && booking.memberId === null && booking.title === '');
    await expect.poll(async () => (await atTheDoor()).map((booking) => booking.status), LIVE).toEqual(['confirmed']);

    await first.context.setOffline(false);
    await expect.poll(() => front.connection.getAttribute('data-online'), LIVE).toBe('true');
    await front.refused.waitFor(LIVE);
    await expect(front.waiting.count()).resolves.toBe(0);
    // The front door now shows the back door's meeting, which the hub kept.
    await expect.poll(() => front.stateText(), LIVE).toBe(m.roomDisplay.inUse);
    await expect.poll(async () => (await atTheDoor()).map((booking) => booking.status).toSorted(), LIVE).toEqual(['confirmed', 'rejected']);
  });

  it('reads from across the corridor and fits the screen in every language, at both sizes', { timeout: 180_000 }, async () => {
    const host = await synced.site.pairFirstHostWithDemo();
    const room = await freeRoom(host, synced.clockOffsetMs ?? 0);
    const machine = await synced.site.pairFromHost(host, 'room', 'Door', room.name);
    const { page } = machine;
    for (const lang of ['da', 'de', 'en'] as const) {
      await page.goto(`${synced.hub.url}/?lang=${lang}`);
      await waitForApp(page);
      const door = new RoomDisplay(page, messages[lang]);
      await door.roomName(room.name).waitFor(LIVE);
      for (const viewport of [{ width: 1280, height: 800 }, { width: 1920, height: 1080 }]) {
        await page.setViewportSize(viewport);
        const at = `the room display at ${viewport.width}×${viewport.height} in ${lang}`;
        for (const moment of ['free', 'in use'] as const) {
          if (moment === 'in use') await door.bookButton(15).click();
          await expect.poll(() => door.stateText()).toBe(moment === 'free' ? messages[lang].roomDisplay.free : messages[lang].roomDisplay.inUse);
          await saveShot(page, `${at}, ${moment}`);
          const report = await layoutProblems(page, 'fixed');
          expect.soft(report.scrolls, `${at}, ${moment}: scrolls`).toEqual([]);
          expect.soft(report.outside, `${at}, ${moment}: outside`).toEqual([]);
          expect.soft(report.overlapping, `${at}, ${moment}: overlapping`).toEqual([]);
          expect.soft(report.clipped, `${at}, ${moment}: clipped`).toEqual([]);
          expect.soft(await untranslatedTexts(page, lang), `${at}: untranslated`).toEqual([]);
          expect.soft(describeViolations(await seriousAxeViolations(page)), `${at}: axe`).toBe('');
          if (viewport.width === 1920) {
            const sizes = await page.evaluate(() => ['.door-room-name', '.door-state'].map((selector) => Number.parseFloat(getComputedStyle(document.querySelector(selector) ?? document.body).fontSize)));
            expect(sizes[0], 'room name readable from 3 m').toBeGreaterThanOrEqual(64);
            expect(sizes[1], 'state readable from 3 m').toBeGreaterThanOrEqual(48);
          }
          if (moment === 'in use') {
            await door.endEarlyButton.click();
            await saveShot(page, `${at}, asking to end early`);
            expect.soft((await layoutProblems(page, 'fixed')).outside, `${at}: confirm outside`).toEqual([]);
            await door.endEarlyYes.click();
            await expect.poll(() => door.stateText()).toBe(messages[lang].roomDisplay.free);
          }
        }
      }
    }
  });
});
