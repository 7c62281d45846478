import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { Booking } from '@core/schemas';
import { zonedInstant } from '@core/time/zonedTime';
import { useSyncedSite } from './support/useSyncedSite';
import { fill, messages } from './support/messages';
import { Bookings } from './support/pages/Bookings';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { storedRows } from './support/storedRows';
import type { SiteMachine } from './support/syncedSite';

const m = messages.en;
/** Live changes should arrive in well under a second; 20 s leaves room for a busy two-core machine. */
const LIVE = { timeout: 20_000 };
/** A day the demo books nothing on, far enough ahead for any run. */
const DAY = '2027-06-01';
const at = (time: string) => zonedInstant(DAY, time, 'Europe/Copenhagen').toISOString();

async function bookingsOn(page: Page): Promise<Bookings> {
  await new Shell(page).goTo('bookings');
  const bookings = new Bookings(page);
  await page.getByLabel(m.bookings.pickDate).fill(DAY);
  await bookings.row('Fjorden').waitFor(LIVE);
  return bookings;
}

/** Books Fjorden for a group by the timeline's "Book a room" form. */
async function bookGroup(bookings: Bookings, group: string, from: string, to: string): Promise<void> {
  await bookings.page.getByRole('button', { name: m.bookings.newRoomBooking, exact: true }).click();
  await bookings.field(m.bookings.fieldRoom).selectOption({ label: `Fjorden (${fill(m.bookings.seats_other, { count: 4 })})` });
  await bookings.field(m.bookings.fieldDate).fill(DAY);
  await bookings.field(m.bookings.fieldFrom).selectOption(from);
  await bookings.field(m.bookings.fieldTo).selectOption(to);
  await bookings.dialog.getByRole('radio', { name: m.bookings.whoGroup }).check();
  await bookings.field(m.bookings.fieldGroupName).fill(group);
  await bookings.button(m.bookings.book).click();
  await bookings.dialog.waitFor({ state: 'detached' });
}

describe('two host desks book the same room, one of them offline', () => {
  const synced = useSyncedSite();

  async function twoHosts(): Promise<[SiteMachine, SiteMachine]> {
    const first = await synced.site.pairFirstHost();
    await new Shell(first.page).goTo('members');
    const admin = new MembersAdmin(first.page);
    await admin.loadDemoButton.click();
    await admin.table.waitFor();
    return [first, await synced.site.pairFromHost(first, 'host', 'Second desk')];
  }

  it('keeps the booking the hub had first, and the other desk sees its own refused, why, and books it again at a free time', { timeout: 120_000 }, async () => {
    const [first, second] = await twoHosts();
    const [onFirst, onSecond] = [await bookingsOn(first.page), await bookingsOn(second.page)];

    second.tolerate.push(/WebSocket connection to .* failed/, /ERR_INTERNET_DISCONNECTED/);
    await second.context.setOffline(true);
    await bookGroup(onFirst, 'Bestyrelsen', '10:00', '11:00');
    // Offline, the second desk cannot know: its own check lets the booking through, to wait for the hub.
    await bookGroup(onSecond, 'Kor', '10:30', '11:30');
    await onSecond.block('Fjorden', 'Kor').waitFor();
    await expect.poll(async () => (await storedRows<Booking>(first.page, 'bookings')).find((row) => row.title === 'Bestyrelsen')?.status, LIVE).toBe('confirmed');

    await second.context.setOffline(false);
    const refused = onSecond.block('Fjorden', 'Kor');
    await expect.poll(() => refused.textContent(), LIVE).toContain(m.bookings.status.refused);
    await onSecond.summary.getByText(fill(m.bookings.summaryRefused_one, { count: 1 })).waitFor(LIVE);
    await onSecond.block('Fjorden', 'Bestyrelsen').waitFor(LIVE);
    // The first desk sees the refused booking too, and its own kept.
    await expect.poll(() => onFirst.block('Fjorden', 'Kor').textContent(), LIVE).toContain(m.bookings.status.refused);

    await refused.click();
    await onSecond.dialog.getByText(m.bookings.refusedByHub).waitFor();
    await onSecond.field(m.bookings.fieldFrom).selectOption('12:00');
    await onSecond.field(m.bookings.fieldTo).selectOption('13:00');
    await onSecond.button(m.bookings.save).click();
    const kor = async () => (await storedRows<Booking>(first.page, 'bookings')).find((row) => row.title === 'Kor');
    await expect.poll(async () => (await kor())?.status, LIVE).toBe('confirmed');
    expect(await kor()).toMatchObject({ startsAt: at('12:00'), endsAt: at('13:00'), rejection: null });
    await expect.poll(() => onFirst.block('Fjorden', 'Kor').textContent(), LIVE).not.toContain(m.bookings.status.refused);
  });
});
