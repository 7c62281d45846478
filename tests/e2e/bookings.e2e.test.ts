import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { zonedInstant } from '@core/time/zonedTime';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { addMemberAsHost } from './support/members';
import { fill, messages } from './support/messages';
import { memberByName, putRow, storedRows } from './support/pages/KioskData';
import { Bookings } from './support/pages/Bookings';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

const WALK_TIMEOUT_MS = 120_000;
const CASES = (['de', 'da', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }]);
const CPH = 'Europe/Copenhagen';
/** A Tuesday far enough ahead that no test run is past it; the hub's clock decides what it shows. */
const DAY = '2027-06-01';
const at = (time: string, date = DAY) => zonedInstant(date, time, CPH).toISOString();
const SOREN = 'Søren Kierkegaard';

const room = (id: string, name: string) => ({ id, name, zoneId: null, capacity: 8, equipment: [], description: '', active: true, bookableBy: 'members' });
const desk = (id: string, code: string) => ({ id, code, zoneId: null, features: [], active: true, fixedMemberId: null, outOfService: null });

async function hostWithPlaces(page: Page): Promise<Bookings> {
  await addMemberAsHost(page, { name: SOREN });
  await putRow(page, 'rooms', room('room-fjorden', 'Fjorden'));
  await putRow(page, 'rooms', room('room-skoven', 'Skoven'));
  await putRow(page, 'desks', desk('desk-d1', 'D1'));
  await putRow(page, 'desks', desk('desk-d2', 'D2'));
  return openBookingsOn(page, 'rooms');
}

/** The Bookings screen on DAY, after a reload: rows put straight into IndexedDB reach the app only when it reads again. */
async function openBookingsOn(page: Page, view: 'rooms' | 'desks'): Promise<Bookings> {
  await page.reload();
  await waitForApp(page);
  await new Shell(page).goTo('bookings');
  const bookings = new Bookings(page);
  await bookings.heading.waitFor();
  await bookings.openView(view);
  await page.getByLabel(messages.en.bookings.pickDate).fill(DAY);
  await bookings.row(view === 'rooms' ? 'Fjorden' : 'D1').waitFor();
  return bookings;
}

/** The centre of a cell, to press a pointer on. */
async function centreOf(bookings: Bookings, name: RegExp): Promise<{ x: number; y: number }> {
  const cell = bookings.cell(name);
  await cell.scrollIntoViewIfNeeded();
  const box = await cell.boundingBox();
  if (!box) throw new Error(`no cell ${String(name)}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function bookingOf(page: Page, title: string, memberId: string | null = null) {
  return (await storedRows(page, 'bookings')).find((row) => (memberId ? row.memberId === memberId : row.title === title));
}

describe('a host runs the bookings of desks and meeting rooms', () => {
  const session = useE2eSession();

  it('books a room by clicking, refuses a taken time at once, moves by dragging, cancels with undo', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    const bookings = await hostWithPlaces(page);
    const shell = new Shell(page, m);
    await page.getByText(fill(m.bookings.summaryRooms_other, { count: 0 })).waitFor();

    // A click on a free quarter hour opens the form for an hour from there.
    await bookings.cell(/^Fjorden, 10:00–10:15: free$/).click();
    expect(await bookings.field(m.bookings.fieldFrom).inputValue()).toBe('10:00');
    expect(await bookings.field(m.bookings.fieldTo).inputValue()).toBe('11:00');
    await bookings.button(m.bookings.book).click();
    await bookings.dialog.getByText(m.bookings.errors.memberMissing).waitFor();
    await bookings.chooseMember(SOREN);
    await bookings.button(m.bookings.book).click();
    await shell.notices.getByText(/^Booked: Fjorden, /).waitFor();
    await bookings.block('Fjorden', SOREN).waitFor();
    const soren = await memberByName(page, SOREN);
    expect(await bookingOf(page, '', soren.id)).toMatchObject({ resourceId: 'room-fjorden', startsAt: at('10:00'), endsAt: at('11:00'), status: 'confirmed' });

    // A group with no member; a time that overlaps is refused while typing, in plain words.
    await page.getByRole('button', { name: m.bookings.newRoomBooking, exact: true }).click();
    await bookings.field(m.bookings.fieldRoom).selectOption({ label: `Fjorden (${fill(m.bookings.seats_other, { count: 8 })})` });
    await bookings.field(m.bookings.fieldDate).fill(DAY);
    await bookings.field(m.bookings.fieldFrom).selectOption('10:30');
    await bookings.field(m.bookings.fieldTo).selectOption('12:00');
    await bookings.dialog.getByRole('radio', { name: m.bookings.whoGroup }).check();
    await bookings.dialog.getByText(fill(m.bookings.breach.bookingConflictWith, { from: '10:00', to: '11:00', who: SOREN })).waitFor();
    expect(await bookings.button(m.bookings.book).isDisabled()).toBe(true);
    await bookings.field(m.bookings.fieldFrom).selectOption('13:00');
    await bookings.field(m.bookings.fieldTo).selectOption('14:00');
    await bookings.button(m.bookings.book).click();
    await bookings.dialog.getByText(m.bookings.errors.groupNameMissing).waitFor();
    await bookings.field(m.bookings.fieldGroupName).fill('Strikkeklubben');
    // Members may book four hours at most; a host may step outside that, and is told so.
    await bookings.field(m.bookings.fieldTo).selectOption('18:00');
    await bookings.dialog.getByText(/^Members could not book this themselves: .+ As a host you can\.$/).waitFor();
    await bookings.field(m.bookings.fieldTo).selectOption('14:00');
    // Opened to everyone under a public title of its own; a public title is required.
    await bookings.dialog.getByRole('checkbox', { name: m.bookings.fieldPublic }).check();
    await bookings.button(m.bookings.book).click();
    await bookings.dialog.getByText(m.bookings.errors.publicTitleMissing).waitFor();
    await bookings.field(m.bookings.fieldPublicTitle).fill('Strik og snak');
    await bookings.field(m.bookings.fieldPublicDescription).fill('Alle er velkomne, garn findes.');
    await bookings.button(m.bookings.book).click();
    await bookings.block('Fjorden', 'Strikkeklubben').waitFor();
    expect(await bookings.block('Fjorden', 'Strikkeklubben').textContent()).toContain(m.bookings.status.public);
    expect(await bookingOf(page, 'Strikkeklubben')).toMatchObject({ memberId: null, publicEvent: { title: 'Strik og snak', description: 'Alle er velkomne, garn findes.' } });

    // Dragging a block moves it, keeping its length; onto another booking it stays where it was.
    const from = await centreOf(bookings, /^Fjorden, 10:00–10:15: /);
    const to = await centreOf(bookings, /^Skoven, 15:00–15:15: free$/);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
    await page.mouse.move(to.x, to.y, { steps: 4 });
    await page.mouse.up();
    await bookings.block('Skoven', SOREN).waitFor();
    expect(await bookingOf(page, '', soren.id)).toMatchObject({ resourceId: 'room-skoven', startsAt: at('15:00'), endsAt: at('16:00') });
    const group = await centreOf(bookings, /^Fjorden, 13:00–13:15: /);
    const taken = await centreOf(bookings, /^Skoven, 15:30–15:45: /);
    const target = await centreOf(bookings, /^Fjorden, 10:00–10:15: free$/);
    await page.mouse.move(group.x, group.y);
    await page.mouse.down();
    await page.mouse.move(target.x, taken.y, { steps: 6 });
    await page.mouse.move(taken.x, taken.y, { steps: 6 });
    await page.mouse.up();
    await shell.notices.getByText(/^Not moved\. Already booked from 15:00 to 16:00: Søren Kierkegaard\.$/).waitFor();
    expect(await bookingOf(page, 'Strikkeklubben')).toMatchObject({ resourceId: 'room-fjorden', startsAt: at('13:00') });

    // By keyboard: into the grid, along the row, Enter opens the booking under the focus.
    await bookings.cell(/^Fjorden, 10:00–10:15: free$/).focus();
    for (let step = 0; step < 12; step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await bookings.dialog.getByRole('heading', { name: fill(m.bookings.dialogEditTitle, { place: 'Fjorden' }) }).waitFor();

    // Cancel in one action, with undo.
    await bookings.button(m.bookings.cancelBooking).click();
    await bookings.block('Fjorden', 'Strikkeklubben').waitFor({ state: 'detached' });
    await shell.notices.getByText(/^Cancelled: Fjorden, /).waitFor();
    await new MembersAdmin(page, m).undoButton.click();
    await bookings.block('Fjorden', 'Strikkeklubben').waitFor();
    expect(await bookingOf(page, 'Strikkeklubben')).toMatchObject({ status: 'confirmed' });

    // One booking as a calendar file: its public title, its room, its time (in UTC, exact), a stable UID.
    await bookings.block('Fjorden', 'Strikkeklubben').click();
    const [download] = await Promise.all([page.waitForEvent('download'), bookings.button(m.bookings.downloadIcs).click()]);
    expect(download.suggestedFilename()).toBe(`landhub-booking-${DAY}.ics`);
    const ics = readFileSync(await download.path(), 'utf8');
    const stored = await bookingOf(page, 'Strikkeklubben');
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics).toContain(`UID:${String(stored?.id)}@landhub`);
    expect(ics).toContain('SUMMARY:Strik og snak');
    expect(ics).toContain('LOCATION:Fjorden');
    expect(ics).toContain('DTSTART:20270601T110000Z');
    expect(ics).toContain('DTEND:20270601T120000Z');
  });

  it('books desks by the half day over a week, and shows what the hub refused and why', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    await hostWithPlaces(page);
    const bookings = await openBookingsOn(page, 'desks');
    await bookings.cell(/^D1, Tue 1 Jun, morning: free$/).click();
    expect(await bookings.dialog.getByRole('radio', { name: fill(m.bookings.part.morning, { from: '08:00', to: '12:00' }) }).isChecked()).toBe(true);
    await bookings.chooseMember(SOREN);
    await bookings.button(m.bookings.book).click();
    await bookings.block('D1', SOREN).waitFor();
    const soren = await memberByName(page, SOREN);
    expect(await bookingOf(page, '', soren.id)).toMatchObject({ resourceKind: 'desk', startsAt: at('08:00'), endsAt: at('12:00') });
    await expect.poll(() => bookings.cell(/^D1, Tue 1 Jun, afternoon: /).getAttribute('aria-label')).toBe('D1, Tue 1 Jun, afternoon: free');

    // A booking the hub refused: marked in words, counted, and the reason said when opened.
    await putRow(page, 'bookings', {
      id: 'refused-1', resourceKind: 'desk', resourceId: 'desk-d2', memberId: null, title: 'Visiting school',
      startsAt: at('08:00', '2027-06-02'), endsAt: at('18:00', '2027-06-02'), status: 'rejected',
      rejection: { code: 'bookingConflict', params: {}, winnerId: null }, confirmedAt: null,
    });
    await openBookingsOn(page, 'desks');
    await bookings.summary.getByText(fill(m.bookings.summaryRefused_one, { count: 1 })).waitFor();
    const refused = bookings.block('D2', 'Visiting school');
    expect(await refused.textContent()).toContain(m.bookings.status.refused);
    await refused.click();
    await bookings.dialog.getByText(m.bookings.breach.bookingConflict, { exact: false }).waitFor();
    await bookings.dialog.getByRole('radio', { name: fill(m.bookings.part.afternoon, { from: '12:00', to: '18:00' }) }).check();
    await bookings.field(m.bookings.fieldDate).fill('2027-06-03');
    await bookings.button(m.bookings.save).click();
    await expect.poll(async () => (await bookingOf(page, 'Visiting school'))?.status).toBe('confirmed');
    expect(await bookingOf(page, 'Visiting school')).toMatchObject({ startsAt: at('12:00', '2027-06-03'), rejection: null });
  });

  it('books a room every week, lists and skips the taken dates, cancels one date with undo, and ends the series', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    await hostWithPlaces(page);
    await putRow(page, 'bookings', {
      id: 'school-visit', resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: 'Visiting school',
      startsAt: at('17:30', '2027-06-15'), endsAt: at('18:30', '2027-06-15'), status: 'confirmed', rejection: null, confirmedAt: null,
    });
    const bookings = await openBookingsOn(page, 'rooms');
    const shell = new Shell(page, m);
    await bookings.cell(/^Fjorden, 17:00–17:15: free$/).click();
    await bookings.field(m.bookings.fieldTo).selectOption('19:00');
    await bookings.chooseMember(SOREN);
    await bookings.dialog.getByRole('checkbox', { name: m.bookings.series.repeat }).check();
    expect(await bookings.dialog.getByRole('checkbox', { name: 'Tuesday' }).isChecked()).toBe(true);
    const plan = bookings.dialog.locator('.booking-series-plan');
    await plan.getByText(`${fill(m.bookings.series.planCount_other, { count: 8 })} ${fill(m.bookings.series.planTaken_one, { count: 1 })}`).waitFor();
    expect(await plan.textContent()).toContain('Tue 15 Jun: Already booked from 17:30 to 18:30: Visiting school.');
    await bookings.dialog.getByRole('checkbox', { name: 'Tuesday' }).uncheck();
    await bookings.button(m.bookings.book).click();
    await bookings.dialog.getByText(m.bookings.seriesErrors.weekdaysMissing).waitFor();
    await bookings.dialog.getByRole('checkbox', { name: 'Tuesday' }).check();
    await bookings.button(m.bookings.book).click();
    await shell.notices.getByText(fill(m.bookings.series.createdSkipped, { place: 'Fjorden', count: 7, skipped: 1 })).waitFor();
    const weekly = bookings.block('Fjorden', SOREN);
    await weekly.waitFor();
    expect(await weekly.textContent()).toContain(m.bookings.status.weekly);
    // One rule, one taken-out date, no copies.
    expect(await storedRows(page, 'bookingSeries')).toHaveLength(1);
    expect((await storedRows(page, 'seriesExceptions')).map((row) => [row.date, row.kind, row.winnerId])).toEqual([['2027-06-15', 'conflict', 'school-visit']]);
    expect(await storedRows(page, 'bookings')).toHaveLength(1);

    // A week on: one date cancelled, and back on undo.
    await page.getByLabel(m.bookings.pickDate).fill('2027-06-08');
    await weekly.click();
    await bookings.dialog.getByText(/^This date: Tuesday,? 8 June 2027$/).waitFor();
    await bookings.button(m.bookings.series.skipDate).click();
    await weekly.waitFor({ state: 'detached' });
    await shell.notices.getByText(fill(m.bookings.series.skipped, { date: 'Tue 8 Jun', place: 'Fjorden' })).waitFor();
    await new MembersAdmin(page, m).undoButton.click();
    await weekly.waitFor();

    // Ended from that date: it and every later date are gone, the first stays.
    await weekly.click();
    await bookings.button(m.bookings.series.endFromHere).click();
    await weekly.waitFor({ state: 'detached' });
    expect((await storedRows(page, 'bookingSeries'))[0]).toMatchObject({ until: '2027-06-01', count: null, status: 'active' });
    await page.getByLabel(m.bookings.pickDate).fill(DAY);
    await weekly.waitFor();
  });

  it("cancels a member's bookings for days away in one step, and brings them back on undo", { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    await hostWithPlaces(page);
    const soren = await memberByName(page, SOREN);
    const desk = (id: string, date: string, memberId: string) => ({
      id, resourceKind: 'desk', resourceId: 'desk-d1', memberId, title: '', startsAt: at('08:00', date), endsAt: at('18:00', date), status: 'confirmed', rejection: null, confirmedAt: null,
    });
    await putRow(page, 'bookings', desk('away-1', DAY, soren.id));
    await putRow(page, 'bookings', desk('away-2', '2027-06-02', soren.id));
    await putRow(page, 'bookings', desk('after', '2027-06-04', soren.id));
    const bookings = await openBookingsOn(page, 'rooms');
    await page.getByRole('button', { name: m.bookings.away.open, exact: true }).click();
    await bookings.chooseMember(SOREN);
    await bookings.field(m.bookings.away.from).fill(DAY);
    await bookings.field(m.bookings.away.to).fill('2027-06-03');
    await bookings.dialog.getByText(fill(m.bookings.away.willCancel_other, { count: 2 })).waitFor();
    expect(await bookings.dialog.textContent()).toContain('Tue 1 Jun, 08:00–18:00: D1');
    await bookings.button(fill(m.bookings.away.confirm_other, { count: 2 })).click();
    await new Shell(page, m).notices.getByText(/^Cancelled 2 bookings of Søren Kierkegaard from /).waitFor();
    const status = async (id: string) => (await storedRows(page, 'bookings')).find((row) => row.id === id)?.status;
    expect([await status('away-1'), await status('away-2'), await status('after')]).toEqual(['cancelled', 'cancelled', 'confirmed']);
    await new MembersAdmin(page, m).undoButton.click();
    await expect.poll(async () => [await status('away-1'), await status('away-2')]).toEqual(['confirmed', 'confirmed']);
  });

  it('draws only the rows in view of 300 desks, and the arrow keys still reach the last one, scrolled into view', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host', { viewport: { width: 1280, height: 800 } });
    await hostWithPlaces(page);
    const soren = await memberByName(page, SOREN);
    await Promise.all(Array.from({ length: 298 }, (_, index) => putRow(page, 'desks', desk(`desk-d${String(index + 3)}`, `D${String(index + 3)}`))));
    await putRow(page, 'bookings', {
      id: 'last-desk', resourceKind: 'desk', resourceId: 'desk-d300', memberId: soren.id, title: '', startsAt: at('08:00'), endsAt: at('12:00'),
      status: 'confirmed', rejection: null, confirmedAt: null,
    });
    const bookings = await openBookingsOn(page, 'desks');
    expect(await bookings.grid.getAttribute('aria-rowcount')).toBe('301');
    expect(await bookings.grid.getByRole('row').count()).toBeLessThan(60);

    await bookings.cell(/^D1, Tue 1 Jun, morning: free$/).focus();
    for (let step = 1; step < 300; step += 1) await page.keyboard.press('ArrowDown');
    const focused = page.locator('[role="gridcell"]:focus');
    await expect.poll(() => focused.getAttribute('aria-label')).toBe(`D300, Tue 1 Jun, morning: ${fill(m.bookings.cellHeld, { what: `${SOREN} · 08:00–12:00` })}`);
    expect(await page.locator('[role="row"]:has([role="gridcell"]:focus)').getAttribute('aria-rowindex')).toBe('301');
    const box = await focused.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 800).toBe(true);
    expect(await bookings.grid.getByRole('gridcell', { includeHidden: false }).evaluateAll((cells) => cells.filter((cell) => cell.getAttribute('tabindex') === '0').length)).toBe(1);
    await expectLayoutFine(page, 'en', 'host bookings, the last of 300 desks', 'scrollsDown');
    await bookings.block('D300', SOREN).waitFor();
    await page.keyboard.press('Enter');
    await bookings.dialog.getByRole('heading', { name: fill(m.bookings.dialogEditTitle, { place: 'D300' }) }).waitFor();
    await page.keyboard.press('Escape');

    // Back to the top in one press, and a free cell there books as before.
    await page.locator('[role="gridcell"][data-cell="desk-d300|3"]').focus();
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focused.getAttribute('aria-label')).toBe('D1, Mon 31 May, morning: free');
    await page.keyboard.press('Enter');
    expect(await bookings.dialog.getByRole('radio', { name: fill(m.bookings.part.morning, { from: '08:00', to: '12:00' }) }).isChecked()).toBe(true);
  });

  for (const { lang, ...viewport } of CASES) {
    it(`shows whole and accessible at ${viewport.width}×${viewport.height} in ${lang}`, { timeout: WALK_TIMEOUT_MS }, async () => {
      const m = messages[lang];
      const where = (screen: string) => `host ${screen} at ${viewport.width}×${viewport.height} in ${lang}`;
      const { page } = await session.newMachine('host', { lang, viewport });
      const shell = new Shell(page, m);
      await MembersAdmin.loadDemo(page, m);
      await shell.goTo('bookings');
      const bookings = new Bookings(page, m);
      const check = async (screen: string) => {
        await expectLayoutFine(page, lang, where(screen), 'scrollsDown');
        expect(describeViolations(await seriousAxeViolations(page)), `axe on ${where(screen)}`).toBe('');
      };
      await bookings.grid.getByRole('row').nth(2).waitFor();
      await check('bookings, rooms');
      await page.getByRole('button', { name: m.bookings.newRoomBooking, exact: true }).click();
      await bookings.dialog.waitFor();
      await check('bookings, new room booking');
      await page.keyboard.press('Escape');
      await bookings.openView('desks');
      await bookings.grid.getByRole('row').nth(3).waitFor();
      await check('bookings, desks');
      await page.getByRole('button', { name: m.bookings.newDeskBooking, exact: true }).click();
      await bookings.dialog.getByRole('radio', { name: m.bookings.whoGroup }).check();
      await check('bookings, new desk booking');
    });
  }
});
