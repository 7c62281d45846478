import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { zonedInstant } from '@core/time/zonedTime';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { fill, messages, type Messages } from './support/messages';
import { putRow } from './support/pages/KioskData';
import { Bookings } from './support/pages/Bookings';
import { Shell } from './support/pages/Shell';

const WALK_TIMEOUT_MS = 120_000;
const CPH = 'Europe/Copenhagen';
/** A Tuesday far enough ahead that no test run is past it. */
const DAY = '2027-06-01';
const at = (time: string, date = DAY) => zonedInstant(date, time, CPH).toISOString();
const GROUP = 'Strik; "og" snak';

const room = (id: string, name: string) => ({ id, name, zoneId: null, capacity: 8, equipment: [], description: '', active: true, bookableBy: 'members' });
const booking = (id: string, resourceId: string, title: string, startsAt: string, endsAt: string) => ({
  id, resourceKind: 'room', resourceId, memberId: null, title, startsAt, endsAt, status: 'confirmed', rejection: null, confirmedAt: null, publicEvent: null,
});

/** The Bookings screen with a room and a group's booking put straight into IndexedDB, read after a reload. */
async function bookingsWithAGroup(page: Page, m: Messages): Promise<Bookings> {
  await putRow(page, 'rooms', room('room-fjorden', 'Fjorden'));
  await putRow(page, 'bookings', booking('booking-strik', 'room-fjorden', GROUP, at('10:00'), at('12:00')));
  await page.reload();
  await waitForApp(page);
  await new Shell(page, m).goTo('bookings');
  const bookings = new Bookings(page, m);
  await bookings.heading.waitFor();
  return bookings;
}

describe('a host exports bookings as CSV', () => {
  const session = useE2eSession();

  it('exports a range in German with a BOM and semicolons, refuses a range backwards or empty, and the dialog is whole and accessible', { timeout: WALK_TIMEOUT_MS }, async () => {
    const lang = 'de';
    const m = messages[lang];
    const { page } = await session.newMachine('host', { lang, viewport: { width: 1280, height: 800 } });
    const bookings = await bookingsWithAGroup(page, m);
    await bookings.row('Fjorden').waitFor();
    // The button sits beside "new booking" in the heading without crowding it.
    await expectLayoutFine(page, lang, 'host bookings with export button at 1280×800 in de', 'scrollsDown');

    await page.getByRole('button', { name: m.bookingExport.open, exact: true }).click();
    await bookings.dialog.getByRole('heading', { name: m.bookingExport.title }).waitFor();
    await expectLayoutFine(page, lang, 'host bookings export at 1280×800 in de', 'scrollsDown');
    expect(describeViolations(await seriousAxeViolations(page)), 'axe on the export dialog').toBe('');

    // This month on the hub's calendar until the host picks other days.
    expect(await bookings.field(m.bookingExport.from).inputValue()).toMatch(/^\d{4}-\d{2}-01$/);
    expect(await bookings.field(m.bookingExport.to).inputValue()).toMatch(/^\d{4}-\d{2}-(28|29|30|31)$/);

    // A last day before the first is refused in plain words.
    await bookings.field(m.bookingExport.from).fill('2027-06-30');
    await bookings.field(m.bookingExport.to).fill(DAY);
    await bookings.button(m.bookingExport.export).click();
    await bookings.dialog.getByRole('alert').getByText(/^Der letzte Tag liegt vor dem ersten\./).waitFor();

    // A range with no booking says so rather than giving an empty file.
    await bookings.field(m.bookingExport.from).fill('2027-07-01');
    await bookings.field(m.bookingExport.to).fill('2027-07-31');
    await bookings.button(m.bookingExport.export).click();
    await bookings.dialog.getByRole('alert').getByText(/^Vom .+ gibt es keine Buchungen/).waitFor();

    await bookings.field(m.bookingExport.from).fill(DAY);
    await bookings.field(m.bookingExport.to).fill('2027-06-30');
    const downloading = page.waitForEvent('download');
    await bookings.button(m.bookingExport.export).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('landhub-bookings-2027-06-01_2027-06-30.csv');
    const path = await download.path();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    const header = m.bookingExport.header;
    expect(lines[0]).toBe([header.date, header.start, header.end, header.kind, header.place, header.who, header.title, header.status, header.publicEvent].join(';'));
    expect(lines[1]).toBe(`${DAY};10:00;12:00;${m.bookingExport.kind.room};Fjorden;"Strik; ""og"" snak";"Strik; ""og"" snak";${m.bookingExport.status.confirmed};`);
    await bookings.dialog.getByText(fill(m.bookingExport.done_one, { file: download.suggestedFilename(), count: 1 })).waitFor();

    // Occupancy: a row per place and day, hours with a decimal comma.
    await bookings.dialog.getByRole('radio', { name: m.bookingExport.kindOccupancy }).check();
    await bookings.field(m.bookingExport.to).fill('2027-06-02');
    const occupancy = page.waitForEvent('download');
    await bookings.button(m.bookingExport.export).click();
    const occupancyFile = await readFile(await (await occupancy).path());
    expect(occupancyFile.toString('utf8').split('\r\n')).toEqual([
      `\uFEFF${[header.place, header.day, header.hours, header.count].join(';')}`,
      `Fjorden;${DAY};2;1`,
      'Fjorden;2027-06-02;0;0',
      '',
    ]);
    await bookings.button(m.bookingExport.close).click();
    await bookings.dialog.waitFor({ state: 'detached' });
  });
});
