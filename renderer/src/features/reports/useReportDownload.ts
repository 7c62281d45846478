import { useCallback, useState } from 'react';
import { downloadFile } from '../../app/downloadFile';
import { useFormatting } from '../../app/formatting';
import { csvSeparatorFor } from '../../data/spreadsheetCsv';
import { tableCsv, tableFileName, type ReportTable } from './reportTables';
import type { ReportRange } from '../../data/liveReport';

/** Saves one of the report's tables as a CSV file and remembers its name, to say so on screen. */
export function useReportDownload(range: ReportRange) {
  const format = useFormatting();
  const [saved, setSaved] = useState<string | null>(null);
  const download = useCallback((table: ReportTable) => {
    const file = tableFileName(table.id, range);
    downloadFile(new Blob([tableCsv(table, format.language, csvSeparatorFor(format.language))], { type: 'text/csv;charset=utf-8' }), file);
    setSaved(file);
  }, [format.language, range]);
  return { saved, download };
}
