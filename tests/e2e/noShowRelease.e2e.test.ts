import { describe, expect, it } from 'vitest';
import type { Booking } from '@core/schemas';
import { zonedDateOf } from '@core/time/zonedTime';
import { offsetToWorkingHours, shiftedNow } from './support/hubTime';
import { fill, messages } from './support/messages';
import { Bookings } from './support/pages/Bookings';
import { Shell } from './support/pages/Shell';
import { Spaces } from './support/pages/Spaces';
import { storedRows } from './support/storedRows';
import { useSyncedSite } from './support/useSyncedSite';

const m = messages.en;
const CPH = 'Europe/Copenhagen';
/** The hub's no-show job runs every minute; the release must land within its next run. */
const RELEASED_WITHIN = { timeout: 90_000, interval: 1_000 };
const GROUP = 'Byrådets udvalg';

/**
 * No-show release end to end: the host turns it on in Settings, books a room from half an hour
 * ago for a group that never checks in, and the hub's own job, on the hub's clock with no screen
 * asking, releases it; the host desk pulls the release and draws the block as released.
 */
describe('the hub releases a booking nobody came to', () => {
  const synced = useSyncedSite({ clockOffsetMs: offsetToWorkingHours });

  it('with the setting on, a room booked from 09:30 and not checked into is released by the hub, and the host desk shows it', { timeout: 180_000 }, async () => {
    const host = await synced.site.pairFirstHost();
    const shell = new Shell(host.page, m);

    await shell.goTo('spaces');
    const spaces = new Spaces(host.page, m);
    await spaces.openTab('rooms');
    await spaces.addButton('addRoom').click();
    await spaces.field(m.spaces.fieldRoomName).fill('Fjorden');
    await spaces.field(m.spaces.fieldCapacity).fill('4');
    await spaces.save();
    await spaces.row('Fjorden').waitFor();

    await shell.goTo('settings');
    await host.page.getByRole('checkbox', { name: m.cards.settings.noShowRelease, exact: true }).check();
    await host.page.getByRole('spinbutton', { name: new RegExp(`^${m.cards.settings.noShowMinutes}`) }).fill('10');
    await host.page.getByRole('button', { name: m.settings.saveHub, exact: true }).click();

    // The hub's clock says 10:00 on a Tuesday: the group's meeting began half an hour ago.
    const today = zonedDateOf(shiftedNow(synced.clockOffsetMs ?? 0), CPH);
    await shell.goTo('bookings');
    const bookings = new Bookings(host.page, m);
    await host.page.getByRole('button', { name: m.bookings.newRoomBooking, exact: true }).click();
    await bookings.field(m.bookings.fieldRoom).selectOption({ label: `Fjorden (${fill(m.bookings.seats_other, { count: 4 })})` });
    await bookings.field(m.bookings.fieldDate).fill(today);
    await bookings.field(m.bookings.fieldFrom).selectOption('09:30');
    await bookings.field(m.bookings.fieldTo).selectOption('11:00');
    await bookings.dialog.getByRole('radio', { name: m.bookings.whoGroup }).check();
    await bookings.field(m.bookings.fieldGroupName).fill(GROUP);
    await bookings.button(m.bookings.book).click();
    await bookings.dialog.waitFor({ state: 'detached' });
    const block = bookings.block('Fjorden', GROUP);
    await block.waitFor();

    // Released by the hub (its stamp), pulled by the host desk, drawn as released in words.
    await expect.poll(async () => (await storedRows<Booking>(host.page, 'bookings')).find((booking) => booking.title === GROUP)?.status, RELEASED_WITHIN).toBe('released');
    const released = (await storedRows<Booking & { hlc: Record<string, string> }>(host.page, 'bookings')).find((booking) => booking.title === GROUP);
    expect(released?.hlc.status?.endsWith('-hub')).toBe(true);
    await expect.poll(() => block.textContent()).toContain(m.bookings.status.released);
  });
});
