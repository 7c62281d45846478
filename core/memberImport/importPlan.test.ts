import { describe, expect, it } from 'vitest';
import { guessMapping } from './columns';
import { planImport } from './importPlan';
import { readCsvTable, type CsvTable } from './readTable';

function tableOf(text: string): CsvTable {
  const result = readCsvTable(text);
  if (result.kind !== 'table') throw new Error(result.problem);
  return result.table;
}

const existing = [
  { id: 'm1', name: 'Søren Bækgaard', email: 'Soren@Example.dk', phone: '' },
  { id: 'm2', name: 'Jürgen Müller', email: '', phone: '+49 461 123' },
];

describe('planImport', () => {
  it('sorts rows into ready, problems and duplicates of members and of earlier rows', () => {
    const table = tableOf([
      'Navn;E-mail;Telefon',
      'Anna Jensen;anna@example.dk;',
      'Ole;ikke en mail;',
      'S. Bækgaard;soren@example.DK;',
      'Juergen Mueller;;0049 461-123',
      'Juergen Mueller;;+49 (461) 123',
      'Anna J.;ANNA@example.dk;',
      'Mette Holm;;+45 11 22 33 44',
      'mette holm;;+4511223344',
    ].join('\n'));
    const plan = planImport(table, guessMapping(table.header), existing, '2026-12-02');
    expect(plan.ready.map((row) => [row.rowNumber, row.member.name])).toEqual([[2, 'Anna Jensen'], [8, 'Mette Holm']]);
    expect(plan.problems).toEqual([{ kind: 'problem', rowNumber: 3, name: 'Ole', reasons: ['emailInvalid'] }]);
    expect(plan.duplicates.map((row) => [row.rowNumber, row.match])).toEqual([
      [4, { kind: 'member', memberId: 'm1', name: 'Søren Bækgaard', by: 'email' }],
      [5, { kind: 'member', memberId: 'm2', name: 'Jürgen Müller', by: 'namePhone' }],
      [6, { kind: 'member', memberId: 'm2', name: 'Jürgen Müller', by: 'namePhone' }],
      [7, { kind: 'row', rowNumber: 2, name: 'Anna Jensen', by: 'email' }],
      [9, { kind: 'row', rowNumber: 8, name: 'Mette Holm', by: 'namePhone' }],
    ]);
  });

  it('does not take the same name alone, or the same phone alone, for the same person', () => {
    const table = tableOf('Name,Phone\nAnna,111\nAnna,222\nBert,111\n');
    const plan = planImport(table, guessMapping(table.header), [], '2026-12-02');
    expect(plan.ready).toHaveLength(3);
    expect(plan.duplicates).toEqual([]);
  });
});
