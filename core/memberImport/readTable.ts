import Papa from 'papaparse';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';

/** The spreadsheet as rows of cells: the first row names the columns. */
export interface CsvTable {
  header: string[];
  /** Data rows; `rowNumber` is the row as the spreadsheet program numbers it (header = 1). */
  rows: { rowNumber: number; cells: string[] }[];
  delimiter: string;
}

export type FileProblem = 'empty' | 'noRows' | 'notCsv' | 'tooLarge' | 'tooManyRows';

export type TableResult = { kind: 'table'; table: CsvTable } | { kind: 'problem'; problem: FileProblem };

/** Excel writes ";" where the comma is the decimal mark (Danish, German), "," elsewhere. */
const delimitersToGuess = [';', ',', '\t', '|'];

export function checkFileSize(bytes: number): FileProblem | null {
  if (bytes === 0) return 'empty';
  return bytes > MAX_IMPORT_BYTES ? 'tooLarge' : null;
}

export function readCsvTable(text: string): TableResult {
  if (text.trim() === '') return { kind: 'problem', problem: 'empty' };
  // Guessing looks at the first rows with blank lines left out (they have one field whatever
  // the delimiter); the real parse keeps them so that row numbers match the spreadsheet.
  const guess = Papa.parse<string[]>(text, { delimitersToGuess, skipEmptyLines: 'greedy', preview: 20 });
  const parsed = Papa.parse<string[]>(text, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  const records = parsed.data;
  const header = (records[0] ?? []).map((cell) => cell.trim());
  if (header.every((cell) => cell === '')) return { kind: 'problem', problem: 'notCsv' };
  const rows: CsvTable['rows'] = [];
  for (let index = 1; index < records.length; index += 1) {
    const cells = records[index] ?? [];
    if (cells.every((cell) => cell.trim() === '')) continue;
    rows.push({ rowNumber: index + 1, cells });
  }
  if (rows.length === 0) return { kind: 'problem', problem: 'noRows' };
  if (rows.length > MAX_IMPORT_ROWS) return { kind: 'problem', problem: 'tooManyRows' };
  return { kind: 'table', table: { header, rows, delimiter: parsed.meta.delimiter } };
}
