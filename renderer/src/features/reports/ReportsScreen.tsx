import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UsageReport } from '@core/reports/usageReport';
import { EmptyState } from '../../app/EmptyState';
import { useFormatting } from '../../app/formatting';
import { useHubTimeZone } from '../../data/liveQueries';
import { useAppStore } from '../../store/appStore';
import { useSpaces } from '../spaces/useSpaces';
import { ReportNumbers } from './ReportNumbers';
import { ReportRangePicker } from './ReportRangePicker';
import { busiestOf, reportTables, type ReportTable } from './reportTables';
import type { ReportRange } from '../../data/liveReport';
import { ReportTiles } from './ReportTiles';
import { RoomUseLists } from './RoomUseLists';
import { UsageBarChart } from './UsageBarChart';
import { UsageHeatmap } from './UsageHeatmap';
import { useReportDownload } from './useReportDownload';
import { useUsageReport } from './useUsageReport';
import './reports.css';

/** The host's Reports: how the desks and rooms were used over the days chosen. */
export function ReportsScreen() {
  const { t } = useTranslation();
  const format = useFormatting();
  const zone = useHubTimeZone();
  const { range, state, preset, choosePreset, chooseDays } = useUsageReport();
  const error = state.kind === 'invalid'
    ? t(`reports.errors.${state.problem}`, { from: state.problem === 'missing' ? '' : format.localDate(range.from) })
    : state.kind === 'failed' ? t('reports.errors.failed') : null;

  return (
    <section className="reports" aria-labelledby="reports-title">
      <div className="section-heading">
        <h1 id="reports-title">{t('reports.title')}</h1>
      </div>
      <p className="muted reports-intro">{t('reports.intro', { zone })}</p>
      <ReportRangePicker range={range} preset={preset} error={error} onPreset={choosePreset} onDays={chooseDays} />
      {state.kind === 'loading' && <p role="status" className="muted">{t('reports.loading')}</p>}
      {state.kind === 'ready' && <ReportBody report={state.report} range={range} />}
    </section>
  );
}

function ReportBody({ report, range }: { report: UsageReport; range: ReportRange }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const spaces = useSpaces();
  const goTo = useAppStore((state) => state.goTo);
  const { saved, download } = useReportDownload(range);
  const days = { from: format.localDate(range.from), to: format.localDate(range.to) };

  if (report.places.length === 0) {
    return (
      <EmptyState title={t('reports.empty.noPlaces')} help={t('reports.empty.noPlacesHelp')}>
        <button type="button" onClick={() => { goTo('spaces'); }}>{t('reports.empty.goToSpaces')}</button>
      </EmptyState>
    );
  }
  if (report.occupancy === null) return <EmptyState title={t('reports.empty.closed', days)} help={t('reports.empty.closedHelp')} />;
  const anything = report.places.some((place) => place.bookedHours > 0 || place.bookings > 0) || report.attendance.judged > 0;
  if (!anything) return <EmptyState title={t('reports.empty.noBookings', days)} help={t('reports.empty.noBookingsHelp')} />;

  const tables = reportTables(report, t, format, spaces);
  const busiestDay = busiestOf(report.days, (day) => day.occupancy);
  const busiestZone = busiestOf(report.zones, (zone) => zone.occupancy);
  const zoneName = (zoneId: string | null) => spaces.whereIs(zoneId) ?? t('reports.perZone.noZone');
  return (
    <div className="report-body">
      <ReportTiles report={report} />
      {saved && <p className="report-saved" role="status">{t('reports.downloaded', { file: saved })}</p>}
      <ReportPanel table={tables.days} onDownload={download}>
        <UsageBarChart
          bars={report.days.map((day) => ({ key: day.date, label: format.localDateShort(day.date), share: day.occupancy }))}
          summary={busiestDay
            ? t('reports.perDay.chart', { ...days, busiest: format.localDate(busiestDay.date), share: format.percent(busiestDay.occupancy ?? 0) })
            : t('reports.perDay.chartNone', days)}
        />
      </ReportPanel>
      <div className="report-columns">
        <ReportPanel table={tables.zones} onDownload={download}>
          <UsageBarChart
            across
            bars={report.zones.map((zone) => ({ key: zone.zoneId ?? '', label: zoneName(zone.zoneId), share: zone.occupancy }))}
            summary={t('reports.perZone.chart', { busiest: busiestZone ? zoneName(busiestZone.zoneId) : '–', share: format.percent(busiestZone?.occupancy ?? 0) })}
          />
        </ReportPanel>
        <section className="report-panel" aria-labelledby="report-rooms">
          <h2 id="report-rooms">{t('reports.rooms.title')}</h2>
          <RoomUseLists report={report} />
        </section>
      </div>
      {report.heatmap.rows.length > 0 && (
        <ReportPanel table={tables.heatmap} onDownload={download} numbers={false}>
          <UsageHeatmap heatmap={report.heatmap} />
        </ReportPanel>
      )}
      <ReportPanel table={tables.places} onDownload={download} />
    </div>
  );
}

/** One part of the report: its heading, what it shows, and its numbers with a download. */
function ReportPanel({ table, onDownload, numbers = true, children }: {
  table: ReportTable;
  onDownload: (table: ReportTable) => void;
  /** False where what it shows is already the table (the heatmap). */
  numbers?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const headingId = `report-${table.id}`;
  return (
    <section className="report-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      {children}
      {numbers && <ReportNumbers table={table} />}
      <button type="button" className="report-download" aria-label={t('reports.downloadNamed', { table: table.title })} onClick={() => { onDownload(table); }}>
        {t('reports.download')}
      </button>
    </section>
  );
}
