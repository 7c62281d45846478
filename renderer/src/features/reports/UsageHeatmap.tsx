import { useTranslation } from 'react-i18next';
import type { UsageReport } from '@core/reports/usageReport';
import { useFormatting } from '../../app/formatting';
import { hourLabel } from './reportTables';

/** Five shades, lightest for the quietest hours; each cell also says its share in words. */
const levelOf = (share: number | null) => (share === null ? 'closed' : String(Math.min(4, Math.floor(share * 5))));

/** Weekday by hour: a table a screen reader walks like any other, coloured for the eye. */
export function UsageHeatmap({ heatmap }: { heatmap: UsageReport['heatmap'] }) {
  const { t } = useTranslation();
  const format = useFormatting();
  return (
    <div className="table-scroll">
      <table className="usage-heatmap">
        <caption>{t('reports.heatmap.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.column.weekday')}</th>
            {heatmap.hours.map((hour) => <th key={hour} scope="col" aria-label={hourLabel(t, hour)}>{String(hour).padStart(2, '0')}</th>)}
          </tr>
        </thead>
        <tbody>
          {heatmap.rows.map((row) => (
            <tr key={row.weekday}>
              <th scope="row">{format.weekday(row.weekday)}</th>
              {row.cells.map((share, index) => (
                <td key={heatmap.hours[index]} data-level={levelOf(share)}>{share === null ? <><span aria-hidden="true">–</span><span className="visually-hidden">{t('reports.closed')}</span></> : format.percent(share)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
