import Papa from 'papaparse';
import type { UiLanguage } from '@core/languages';

/**
 * How every CSV file of the app is written so that LibreOffice and Excel open it cleanly in the
 * reader's language: UTF-8 with a BOM, CRLF line ends, the separator their spreadsheet expects
 * (Danish and German write decimal commas, so they separate with ";"), quoting by papaparse and
 * formulas defused so that a cell such as "=HYPERLINK(...)" stays text.
 */

export type CsvSeparator = ',' | ';';

const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/** The separator a spreadsheet in this language reads without asking. */
export function csvSeparatorFor(language: UiLanguage): CsvSeparator {
  return language === 'en' ? ',' : ';';
}

/** Rows as CSV lines, without a trailing line end. */
export function csvLines(rows: readonly (readonly string[])[], separator: CsvSeparator): string {
  return Papa.unparse(rows.map((row) => [...row]), { delimiter: separator, newline: NEWLINE, escapeFormulae: true });
}

/** A whole file: the BOM, the header and the parts of body already written by csvLines. */
export function csvFile(header: readonly string[], bodyParts: readonly string[], separator: CsvSeparator): string {
  return `${BOM}${csvLines([header], separator)}${NEWLINE}${bodyParts.filter((part) => part !== '').map((part) => `${part}${NEWLINE}`).join('')}`;
}
