import { useTranslation } from 'react-i18next';
import type { UsageReport } from '@core/reports/usageReport';
import { useFormatting } from '../../app/formatting';

/** The four numbers a host looks for first. */
export function ReportTiles({ report }: { report: UsageReport }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { attendance } = report;
  const openHours = report.days.reduce((sum, day) => sum + day.openHours, 0) * report.places.length;
  const bookedHours = report.days.reduce((sum, day) => sum + day.bookedHours, 0);
  const finished = attendance.judged > 0;
  const tiles = [
    { key: 'occupancy', value: report.occupancy === null ? '–' : format.percent(report.occupancy), help: t('reports.tiles.occupancyHelp', { booked: format.hours(bookedHours), open: format.hours(openHours) }) },
    { key: 'checkedIn', value: finished ? format.number(attendance.checkedIn) : '–', help: finished ? t('reports.tiles.checkedInHelp', { count: attendance.judged }) : t('reports.tiles.nothingFinished') },
    { key: 'noShows', value: finished ? format.number(attendance.noShows) : '–', help: finished ? t('reports.tiles.noShowsHelp', { rate: format.percent(attendance.noShowRate ?? 0) }) : t('reports.tiles.nothingFinished') },
    { key: 'released', value: finished ? format.number(attendance.released) : '–', help: t('reports.tiles.releasedHelp') },
  ] as const;
  return (
    <ul className="report-tiles" aria-label={t('reports.tiles.label')}>
      {tiles.map((tile) => (
        <li key={tile.key} className="report-tile">
          <span className="report-tile-label">{t(`reports.tiles.${tile.key}`)}</span>
          <strong className="report-tile-value">{tile.value}</strong>
          <span className="report-tile-help">{tile.help}</span>
        </li>
      ))}
    </ul>
  );
}
