import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { usageReport } from '@core/reports/usageReport';
import { defaultBookingPolicy } from '@core/bookings/bookingPolicy';
import { zonedInstant } from '@core/time/zonedTime';
import { formattersFor } from '../../app/formatting';
import { initI18n } from '../../i18n/i18n';
import { reportTables, screenCell, tableCsv } from './reportTables';

const ZONE = 'Europe/Copenhagen';
const at = (date: string, time: string) => zonedInstant(date, time, ZONE).toISOString();
const now = () => new Date(at('2026-12-10', '12:00'));

// Monday 30 November to Sunday 6 December: five open days of 08-18 under the default policy.
const report = usageReport({
  places: [
    { id: 'd10', kind: 'desk', name: 'D10', zoneId: 'z1' },
    { id: 'd2', kind: 'desk', name: 'D2', zoneId: 'z1' },
    { id: 'r1', kind: 'room', name: '=HYPERLINK("http://x")', zoneId: null },
  ],
  bookings: [
    { resourceId: 'd2', startsAt: at('2026-11-30', '08:00'), endsAt: at('2026-11-30', '13:00'), status: 'confirmed', confirmedAt: null },
    { resourceId: 'r1', startsAt: at('2026-12-01', '09:00'), endsAt: at('2026-12-01', '10:15'), status: 'confirmed', confirmedAt: at('2026-12-01', '09:02') },
  ],
  range: { from: '2026-11-30', to: '2026-12-06' },
  timeZone: ZONE,
  policy: defaultBookingPolicy,
  now: now(),
});

describe('the report\'s tables', () => {
  it('write a file a Danish spreadsheet reads: BOM, ";", decimal commas, the unit in the header, formulas defused', async () => {
    const i18n = await initI18n('da');
    const format = formattersFor('da', i18n.t, now, ZONE);
    const tables = reportTables(report, i18n.t, format, { whereIs: (zoneId) => (zoneId === 'z1' ? 'Stuen › Stille' : null) });
    const csv = tableCsv(tables.days, 'da', ';');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data.filter((row) => row.length > 1);
    expect(rows[0]).toEqual(['Dag', 'Åbne timer', 'Bookede timer', 'Brug af åbningstiden (%)']);
    // 5 of 30 open desk-and-room hours on Monday; Saturday is closed and has no share.
    expect(rows[1]).toEqual([format.localDate('2026-11-30'), '10', '5', '16,7']);
    expect(rows[6]?.slice(1)).toEqual(['0', '0', '']);

    const places = Papa.parse<string[]>(tableCsv(tables.places, 'da', ';').slice(1), { delimiter: ';' }).data.filter((row) => row.length > 1);
    // Desks first in natural order (D2 before D10), then rooms; a place in no zone says so.
    expect(places.slice(1).map((row) => [row[0], row[2], row[4]])).toEqual([['D2', 'Stuen › Stille', '5'], ['D10', 'Stuen › Stille', '0'], ["'=HYPERLINK(\"http://x\")", 'Ingen zone', '1,25']]);
  });

  it('write the screen\'s cells with their units, and "closed" where there was no open time', async () => {
    const i18n = await initI18n('de');
    const format = formattersFor('de', i18n.t, now, ZONE);
    expect(screenCell(0.4231, 'share', format, i18n.t)).toBe('42\u00a0%');
    expect(screenCell(12.5, 'hours', format, i18n.t)).toMatch(/^12,5\sStd\.$/u);
    expect(screenCell(null, 'share', format, i18n.t)).toBe('geschlossen');
    const tables = reportTables(report, i18n.t, format, { whereIs: () => null });
    expect(tables.heatmap.columns.slice(0, 2).map((column) => column.label)).toEqual(['Wochentag', 'Ab 08:00']);
    expect(tables.heatmap.rows.map((row) => row[0])).toEqual(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag']);
  });
});
