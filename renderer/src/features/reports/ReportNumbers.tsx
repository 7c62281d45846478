import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import { screenCell, type ReportTable } from './reportTables';

/** A table of the report, folded away under its chart. */
export function ReportNumbers({ table }: { table: ReportTable }) {
  const { t } = useTranslation();
  const format = useFormatting();
  return (
    <details className="report-numbers">
      <summary>{t('reports.showNumbers')}</summary>
      <div className="table-scroll">
        <table className="data-table report-table">
          <caption className="visually-hidden">{table.title}</caption>
          <thead>
            <tr>{table.columns.map((column) => <th key={column.label} scope="col" className={column.kind === 'text' ? undefined : 'numeric'}>{column.label}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) => {
                  const column = table.columns[index];
                  const text = screenCell(cell, column?.kind ?? 'text', format, t);
                  return index === 0 ? <th key={column?.label} scope="row">{text}</th> : <td key={column?.label} className={column?.kind === 'text' ? undefined : 'numeric'}>{text}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
