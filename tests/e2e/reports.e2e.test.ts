import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { addLocalDays, isoWeekdayOf, zonedDateOf, zonedInstant, type LocalDate } from '@core/time/zonedTime';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { fill, messages, type Messages } from './support/messages';
import { putRow } from './support/pages/KioskData';
import { Shell } from './support/pages/Shell';

const WALK_TIMEOUT_MS = 180_000;
const CPH = 'Europe/Copenhagen';
const at = (date: LocalDate, time: string) => zonedInstant(date, time, CPH).toISOString();
/** A picture walk (LANDHUB_E2E_SHOTS) covers every language at both sizes; the test run, the likeliest breakers. */
const CASES = process.env.LANDHUB_E2E_SHOTS
  ? (['da', 'de', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }])
  : [{ width: 1280, height: 800, lang: 'de' as const }, { width: 1920, height: 1080, lang: 'da' as const }];

/** The last two open weekdays before today on the hub's calendar: both inside "the last 30 days". */
function lastOpenDays(): [LocalDate, LocalDate] {
  const found: LocalDate[] = [];
  for (let date = addLocalDays(zonedDateOf(new Date(), CPH), -1); found.length < 2; date = addLocalDays(date, -1)) {
    if (isoWeekdayOf(date) <= 5) found.push(date);
  }
  return [found[1] ?? '', found[0] ?? ''];
}

const booking = (id: string, kind: 'desk' | 'room', resourceId: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) => ({
  id, resourceKind: kind, resourceId, memberId: null, title: 'Gruppe', startsAt, endsAt, status: 'confirmed', rejection: null, confirmedAt: null, publicEvent: null, ...extra,
});

/** A floor with a zone whose German name is one long word, two desks, two rooms, and three bookings of the last days. */
async function seedPremises(page: Page): Promise<[LocalDate, LocalDate]> {
  const [first, second] = lastOpenDays();
  await putRow(page, 'zones', { id: 'floor-1', name: 'Stueetage', kind: 'floor', parentId: null, quiet: false, active: true });
  await putRow(page, 'zones', { id: 'zone-1', name: 'Gemeinschaftsarbeitsplatzbereich', kind: 'zone', parentId: 'floor-1', quiet: true, active: true });
  await putRow(page, 'desks', { id: 'desk-1', code: 'D1', zoneId: 'zone-1', features: [], active: true });
  await putRow(page, 'desks', { id: 'desk-2', code: 'D2', zoneId: 'zone-1', features: [], active: true });
  const room = (id: string, name: string) => ({ id, name, zoneId: 'floor-1', capacity: 8, equipment: [], description: '', active: true, bookableBy: 'members' });
  await putRow(page, 'rooms', room('room-1', 'Fjorden'));
  await putRow(page, 'rooms', room('room-2', 'Værkstedet'));
  await putRow(page, 'bookings', booking('b-room', 'room', 'room-1', at(first, '09:00'), at(first, '12:00'), { confirmedAt: at(first, '09:03') }));
  await putRow(page, 'bookings', booking('b-desk', 'desk', 'desk-1', at(first, '08:00'), at(first, '18:00')));
  await putRow(page, 'bookings', booking('b-released', 'desk', 'desk-2', at(second, '08:00'), at(second, '18:00'), { status: 'released' }));
  await page.reload();
  await waitForApp(page);
  return [first, second];
}

async function openReports(page: Page, m: Messages): Promise<void> {
  await new Shell(page, m).goTo('reports');
  await page.getByRole('heading', { level: 1, name: m.reports.title }).waitFor();
}

const tile = (page: Page, m: Messages, key: keyof Messages['reports']['tiles']) =>
  page.getByRole('list', { name: m.reports.tiles.label }).getByRole('listitem').filter({ hasText: m.reports.tiles[key] });

describe('a host reads how the premises were used', () => {
  const session = useE2eSession();

  it('says there is nothing to report before the first desk, and leads to Spaces', { timeout: WALK_TIMEOUT_MS }, async () => {
    const m = messages.en;
    const { page } = await session.newMachine('host');
    await openReports(page, m);
    await page.getByText(m.reports.empty.noPlaces, { exact: true }).waitFor();
    expect(describeViolations(await seriousAxeViolations(page)), 'axe on the empty report').toBe('');
    await page.getByRole('button', { name: m.reports.empty.goToSpaces }).click();
    await page.getByRole('heading', { level: 1, name: m.spaces.title }).waitFor();
  });

  it('shows use, attendance, charts, the heatmap and rooms in plain numbers, downloads each table as CSV, and tells a wrong or empty range', { timeout: WALK_TIMEOUT_MS }, async () => {
    const lang = 'de';
    const m = messages[lang];
    const { page } = await session.newMachine('host', { lang });
    const [first] = await seedPremises(page);
    await openReports(page, m);

    // The last 30 days to begin with: its button is the pressed one.
    await page.getByRole('button', { name: m.reports.preset.last30, pressed: true }).waitFor();
    // D1's whole day (no-show), Fjorden's morning (checked in), D2's released day.
    await expect.poll(() => tile(page, m, 'checkedIn').textContent()).toContain(fill(m.reports.tiles.checkedInHelp_other, { count: 3 }));
    expect(await tile(page, m, 'checkedIn').locator('strong').textContent()).toBe('1');
    expect(await tile(page, m, 'noShows').locator('strong').textContent()).toBe('2');
    expect(await tile(page, m, 'released').locator('strong').textContent()).toBe('1');

    // Each chart is one picture with its summary for a screen reader, and draws its bars.
    const perDay = page.getByRole('img', { name: /^Balkendiagramm der Nutzung der Öffnungszeit pro Tag/ });
    await perDay.waitFor();
    expect(await perDay.getAttribute('aria-label')).toContain('Stärkster Tag:');
    expect(await perDay.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: /Stärkste Zone: Stueetage › Gemeinschaftsarbeitsplatzbereich/ }).waitFor();

    // The heatmap is a table with a row per open weekday and the share written in each cell.
    const heatmap = page.getByRole('table', { name: m.reports.heatmap.caption });
    expect(await heatmap.locator('tbody tr').count()).toBe(5);
    expect(await heatmap.getByRole('columnheader', { name: fill(m.reports.heatmap.hour, { hour: '08:00' }) }).count()).toBe(1);

    // Rooms: Fjorden had a morning; Værkstedet stood empty and is listed as under-used.
    const rooms = page.getByRole('region', { name: m.reports.rooms.title });
    await rooms.getByText(/^Fjorden: /).first().waitFor();
    await rooms.getByText(/^Værkstedet: 0/).waitFor();

    // The numbers behind the per-day chart, folded away until asked for.
    const perDayPanel = page.getByRole('region', { name: m.reports.perDay.title });
    await perDayPanel.getByText(m.reports.showNumbers).click();
    await perDayPanel.getByRole('table').getByRole('rowheader').first().waitFor();
    expect(describeViolations(await seriousAxeViolations(page)), 'axe on the report').toBe('');

    // The places table as a CSV file for a German spreadsheet.
    const placesPanel = page.getByRole('region', { name: m.reports.places.title });
    const downloading = page.waitForEvent('download');
    await placesPanel.getByRole('button', { name: fill(m.reports.downloadNamed, { table: m.reports.places.title }) }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^landhub-report-places-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    const column = m.reports.column;
    expect(lines[0]).toBe([column.place, column.kind, column.zone, column.bookings, column.bookedHours, `${column.occupancy} (%)`].join(';'));
    expect(lines[1]).toMatch(new RegExp(`^D1;${m.reports.kind.desk};Stueetage › Gemeinschaftsarbeitsplatzbereich;1;10;\\d+(,\\d+)?$`));
    expect(lines.some((line) => line.startsWith(`Fjorden;${m.reports.kind.room};Stueetage;1;3;`))).toBe(true);
    await page.getByText(fill(m.reports.downloaded, { file: download.suggestedFilename() })).waitFor();

    // A last day before the first is refused in plain words, and the stale numbers go.
    const from = page.getByRole('textbox', { name: m.reports.from, exact: true });
    const to = page.getByRole('textbox', { name: m.reports.to, exact: true });
    await from.fill(first);
    await to.fill(addLocalDays(first, -3));
    await page.getByRole('alert').getByText(/^Der letzte Tag liegt vor dem ersten\./).waitFor();
    expect(await page.getByRole('list', { name: m.reports.tiles.label }).count()).toBe(0);

    // Days with no booking say so.
    await from.fill('2031-03-03');
    await to.fill('2031-03-07');
    await page.getByText(/^Vom .+ hat niemand einen Arbeitsplatz oder Raum gebucht$/).waitFor();
    // Only a weekend: the hub is closed every day.
    await to.fill('2031-03-02');
    await from.fill('2031-03-01');
    await page.getByText(/^Der Hub ist an allen Tagen vom .+ geschlossen$/).waitFor();
  });

  it('is whole in every language at both sizes: nothing overlapping, cut off or untranslated', { timeout: WALK_TIMEOUT_MS }, async () => {
    for (const { width, height, lang } of CASES) {
      const m = messages[lang];
      const { page } = await session.newMachine('host', { lang, viewport: { width, height } });
      await seedPremises(page);
      await openReports(page, m);
      await page.locator('.usage-chart .recharts-bar-rectangle').first().waitFor();
      await page.getByRole('list', { name: m.reports.tiles.label }).waitFor();
      await expectLayoutFine(page, lang, `host reports at ${String(width)}×${String(height)} in ${lang}`, 'scrollsDown');
      for (const summary of await page.getByText(m.reports.showNumbers, { exact: true }).all()) await summary.click();
      await expectLayoutFine(page, lang, `host reports with the numbers open at ${String(width)}×${String(height)} in ${lang}`, 'scrollsDown');
      await page.context().close();
    }
  });
});
