import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from './limits';
import { checkFileSize, readCsvTable, type CsvTable } from './readTable';

function table(text: string): CsvTable {
  const result = readCsvTable(text);
  if (result.kind !== 'table') throw new Error(`expected a table, got ${result.problem}`);
  return result.table;
}

describe('readCsvTable', () => {
  it('reads ";" files (Danish and German Excel) and "," files alike', () => {
    const semicolons = table('Navn;E-mail;Firma\nJens Hansen;jens@example.dk;Hansen, Smed & Søn\n');
    expect(semicolons.delimiter).toBe(';');
    expect(semicolons.header).toEqual(['Navn', 'E-mail', 'Firma']);
    expect(semicolons.rows).toEqual([{ rowNumber: 2, cells: ['Jens Hansen', 'jens@example.dk', 'Hansen, Smed & Søn'] }]);
    const commas = table('Name,Email\r\nAnna Weiß,"anna@example.de"\r\n');
    expect(commas.delimiter).toBe(',');
    expect(commas.rows).toEqual([{ rowNumber: 2, cells: ['Anna Weiß', 'anna@example.de'] }]);
  });

  it('keeps quoted fields with delimiters, quotes and line breaks, and numbers rows as the spreadsheet does', () => {
    const read = table('Navn;Om\n"Jens ""Smed"" Hansen";"Første linje\nAnden linje; med semikolon"\n\nMette;Hej\n');
    expect(read.rows).toEqual([
      { rowNumber: 2, cells: ['Jens "Smed" Hansen', 'Første linje\nAnden linje; med semikolon'] },
      { rowNumber: 4, cells: ['Mette', 'Hej'] },
    ]);
  });

  it('says what is wrong with an empty file, a header without rows, and too many rows', () => {
    expect(readCsvTable('')).toEqual({ kind: 'problem', problem: 'empty' });
    expect(readCsvTable(' \n\n')).toEqual({ kind: 'problem', problem: 'empty' });
    expect(readCsvTable('Navn;E-mail\n;\n')).toEqual({ kind: 'problem', problem: 'noRows' });
    const many = `Name\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, index) => `Person ${index}`).join('\n')}`;
    expect(readCsvTable(many)).toEqual({ kind: 'problem', problem: 'tooManyRows' });
  });

  it('refuses an empty or too large file before reading it', () => {
    expect(checkFileSize(0)).toBe('empty');
    expect(checkFileSize(MAX_IMPORT_BYTES)).toBeNull();
    expect(checkFileSize(MAX_IMPORT_BYTES + 1)).toBe('tooLarge');
  });
});
