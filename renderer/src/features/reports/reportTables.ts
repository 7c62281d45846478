import type { TFunction } from 'i18next';
import type { Messages } from '../../i18n/en';
import type { Share, UsageReport } from '@core/reports/usageReport';
import type { Formatters } from '../../app/formatting';
import { csvFile, csvLines, type CsvSeparator } from '../../data/spreadsheetCsv';
import { intlLocales } from '../../i18n/i18n';

/**
 * The report's numbers as tables: each is shown on screen under its chart ("Show the numbers")
 * and downloaded as a CSV file with the same rows, so what the host reads and what the
 * spreadsheet gets never differ. Screen cells carry units ("12.5 hr", "42 %"); file cells are
 * bare numbers in the reader's decimal style, with the unit in the column's name.
 */

export type ReportTableId = 'days' | 'zones' | 'places' | 'heatmap';
export type ColumnKind = 'text' | 'count' | 'hours' | 'share';
export interface ReportColumn { label: string; kind: ColumnKind }
export type ReportCell = string | number | null;
export interface ReportTable { id: ReportTableId; title: string; columns: ReportColumn[]; rows: ReportCell[][] }

export interface PlaceNames {
  /** "Ground floor › Quiet corner", or null for a place in no zone. */
  whereIs: (zoneId: string | null) => string | null;
}

export function reportTables(report: UsageReport, t: TFunction, format: Formatters, names: PlaceNames): Record<ReportTableId, ReportTable> {
  const zoneName = (zoneId: string | null) => names.whereIs(zoneId) ?? t('reports.perZone.noZone');
  const naturalOrder = new Intl.Collator(intlLocales[format.language], { numeric: true }).compare;
  const column = (key: keyof Messages['reports']['column'], kind: ColumnKind): ReportColumn => ({ label: t(`reports.column.${key}`), kind });
  return {
    days: {
      id: 'days',
      title: t('reports.perDay.title'),
      columns: [column('day', 'text'), column('openHours', 'hours'), column('bookedHours', 'hours'), column('occupancy', 'share')],
      rows: report.days.map((day) => [format.localDate(day.date), day.openHours, day.bookedHours, day.occupancy]),
    },
    zones: {
      id: 'zones',
      title: t('reports.perZone.title'),
      columns: [column('zone', 'text'), column('places', 'count'), column('bookedHours', 'hours'), column('occupancy', 'share')],
      rows: report.zones.map((zone) => [zoneName(zone.zoneId), zone.places, zone.bookedHours, zone.occupancy])
        .sort((a, b) => format.compareText(String(a[0]), String(b[0]))),
    },
    places: {
      id: 'places',
      title: t('reports.places.title'),
      columns: [column('place', 'text'), column('kind', 'text'), column('zone', 'text'), column('bookings', 'count'), column('bookedHours', 'hours'), column('occupancy', 'share')],
      rows: [...report.places].sort((a, b) => (a.kind === b.kind ? naturalOrder(a.name, b.name) : a.kind === 'desk' ? -1 : 1)).map((place) => [place.name, t(`reports.kind.${place.kind}`), zoneName(place.zoneId), place.bookings, place.bookedHours, place.occupancy]),
    },
    heatmap: {
      id: 'heatmap',
      title: t('reports.heatmap.title'),
      columns: [column('weekday', 'text'), ...report.heatmap.hours.map((hour) => ({ label: hourLabel(t, hour), kind: 'share' as const }))],
      rows: report.heatmap.rows.map((row) => [format.weekday(row.weekday), ...row.cells]),
    },
  };
}

export function hourLabel(t: TFunction, hour: number): string {
  return t('reports.heatmap.hour', { hour: `${String(hour).padStart(2, '0')}:00` });
}

/** A cell as the screen writes it. */
export function screenCell(cell: ReportCell, kind: ColumnKind, format: Formatters, t: TFunction): string {
  if (kind === 'text') return String(cell ?? '');
  if (cell === null) return t('reports.closed');
  const value = Number(cell);
  if (kind === 'share') return format.percent(value);
  return kind === 'hours' ? format.hours(value) : format.number(value);
}

/** The table as a CSV file for the reader's spreadsheet. */
export function tableCsv(table: ReportTable, language: Formatters['language'], separator: CsvSeparator): string {
  const decimals = new Intl.NumberFormat(intlLocales[language], { maximumFractionDigits: 2, useGrouping: false });
  const fileCell = (cell: ReportCell, kind: ColumnKind): string => {
    if (kind === 'text' || cell === null) return String(cell ?? '');
    const value = Number(cell);
    return decimals.format(kind === 'share' ? Math.round(value * 1000) / 10 : value);
  };
  const header = table.columns.map((col) => (col.kind === 'share' ? `${col.label} (%)` : col.label));
  return csvFile(header, [csvLines(table.rows.map((row) => row.map((cell, index) => fileCell(cell, table.columns[index]?.kind ?? 'text'))), separator)], separator);
}

export function tableFileName(id: ReportTableId, range: { from: string; to: string }): string {
  return `landhub-report-${id}-${range.from}_${range.to}.csv`;
}

/** The largest share and where it is, for a chart's spoken summary. */
export function busiestOf<T>(items: readonly T[], shareOf: (item: T) => Share): T | null {
  let best: T | null = null;
  for (const item of items) if ((shareOf(item) ?? 0) > 0 && (best === null || (shareOf(item) ?? 0) > (shareOf(best) ?? 0))) best = item;
  return best;
}
