import { decodeCsvBytes, looksLikeBinary, type ChosenEncoding, type DecodedCsv } from '@core/memberImport/decodeCsv';
import { checkFileSize, readCsvTable, type CsvTable, type FileProblem } from '@core/memberImport/readTable';

/** A spreadsheet file read into a table; the bytes stay so it can be read again in another encoding. */
export interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  decoded: DecodedCsv;
  table: CsvTable;
}

export type FileReadProblem = FileProblem | 'unreadable';
export type FileReadResult = { kind: 'loaded'; file: LoadedFile } | { kind: 'problem'; problem: FileReadProblem; name: string };

export function tableFromBytes(name: string, bytes: Uint8Array, encoding?: ChosenEncoding): FileReadResult {
  if (looksLikeBinary(bytes)) return { kind: 'problem', problem: 'notCsv', name };
  const decoded = decodeCsvBytes(bytes, encoding);
  const result = readCsvTable(decoded.text);
  if (result.kind === 'problem') return { kind: 'problem', problem: result.problem, name };
  return { kind: 'loaded', file: { name, bytes, decoded, table: result.table } };
}

/** The size is checked before the file is read, so a huge file is refused at once. */
export async function readImportFile(file: File): Promise<FileReadResult> {
  const sizeProblem = checkFileSize(file.size);
  if (sizeProblem) return { kind: 'problem', problem: sizeProblem, name: file.name };
  try {
    return tableFromBytes(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch {
    return { kind: 'problem', problem: 'unreadable', name: file.name };
  }
}
