import type { Locator, Page } from 'playwright';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { useE2eSession } from './support/browser';
import { addMemberAsHost } from './support/members';
import { fill, messages } from './support/messages';
import { Board } from './support/pages/Board';
import { MemberImport } from './support/pages/MemberImport';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

const m = messages.en;
const t = m.memberImport;

/** What Excel's plain "CSV" writes on a Danish Windows: windows-1252 bytes, ";" between cells. */
const danishExcelCsv = Buffer.from([
  'Navn;E-mail;Telefon;Firma;Kompetencer;Medlem siden',
  'Jens Bækgård;jens@example.dk;+45 11 22 33 44;Smedjen;Snedker, Pølsemager;01.03.2024',
  'Anke Weiß;anke@example.de;;Grafik & Söhne GmbH;Grafikdesign;2023-05-15',
  '"Mette ""Mis"" Holm";mette@example.dk;;"Holm; Have og Skov";;15-08-2023',
  ';nobody@example.dk;;;;',
  'Ole Olsen;ole(at)example.dk;;;;31.02.2024',
  'Søren Østergaard;SOREN@example.dk;;;;',
  'Jens Bækgård;JENS@EXAMPLE.DK;;;;',
].join('\r\n'), 'latin1');

async function expectNoAxeViolations(page: Page, screen: string) {
  expect(describeViolations(await seriousAxeViolations(page)), `axe on ${screen}`).toBe('');
}

/** Each control is wholly on screen and none covers another: the actions stay reachable however long the lists get. */
async function expectInsideViewport(page: Page, controls: Locator[]) {
  const viewport = page.viewportSize();
  const boxes = await Promise.all(controls.map((control) => control.boundingBox()));
  for (const box of boxes) {
    expect(box).not.toBeNull();
    if (!box || !viewport) continue;
    expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height, JSON.stringify(box)).toBe(true);
  }
  const placed = boxes.filter((box) => box !== null);
  for (const [index, a] of placed.entries()) {
    for (const b of placed.slice(index + 1)) {
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${JSON.stringify(a)} overlaps ${JSON.stringify(b)}`).toBe(false);
    }
  }
}

describe('host imports members from a spreadsheet', () => {
  const session = useE2eSession();

  it('maps, previews problems and duplicates, imports the good rows, and undoes the whole import', async () => {
    const { page } = await session.newMachine('host');
    await addMemberAsHost(page, { name: 'Søren Østergaard', email: 'soren@example.dk' });
    const admin = new MembersAdmin(page);
    const flow = new MemberImport(page);
    await flow.open();
    await expectNoAxeViolations(page, 'choose file');

    await flow.chooseFile('medlemmer.csv', danishExcelCsv);
    await flow.stepHeading(2, 'map').waitFor();
    await flow.dialog.getByText(fill(t.encoding.used, { encoding: t.encoding.names['windows-1252'] })).waitFor();
    expect(await flow.selectedColumn('name')).toBe('Navn');
    await flow.dialog.getByText(fill(t.map.example, { example: 'Jens Bækgård' })).waitFor();
    expect(await flow.selectedColumn('company')).toBe('Firma');
    expect(await flow.selectedColumn('bio')).toBe(t.map.notImported);
    // Read as Mac Roman the same bytes are other letters; switching back restores them.
    await flow.encodingSelect.selectOption({ label: t.encoding.names.macintosh });
    await flow.dialog.getByText(fill(t.map.example, { example: 'Jens BÊkgÂrd' })).waitFor();
    await flow.encodingSelect.selectOption({ label: t.encoding.names['windows-1252'] });
    await flow.dialog.getByText(fill(t.map.example, { example: 'Jens Bækgård' })).waitFor();
    await expectNoAxeViolations(page, 'match columns');

    // Without a name column nothing can go on, and the dialog says why.
    await flow.fieldSelect('name').selectOption({ label: t.map.notImported });
    await flow.alert.getByText(t.map.nameRequired).waitFor();
    expect(await flow.button(t.actions.next).isDisabled()).toBe(true);
    await flow.fieldSelect('name').selectOption({ index: 1 });
    await flow.next();

    expect(await flow.summary.getByRole('listitem').allTextContents()).toEqual([
      fill(t.preview.ready_other, { count: 3 }),
      fill(t.preview.problems_other, { count: 2 }),
      fill(t.preview.duplicates_other, { count: 2 }),
    ]);
    expect(await flow.problems.getByRole('listitem').allTextContents()).toEqual([
      `${fill(t.preview.row, { row: 5 })} ${fill(t.preview.line, { name: t.preview.unnamed, details: t.reason.nameMissing })}`,
      `${fill(t.preview.row, { row: 6 })} ${fill(t.preview.line, { name: 'Ole Olsen', details: `${t.reason.emailInvalid}; ${t.reason.dateInvalid}` })}`,
    ]);
    const duplicates = await flow.duplicates.getByRole('listitem').allTextContents();
    expect(duplicates).toEqual([
      `${fill(t.preview.row, { row: 7 })} ${fill(t.preview.line, { name: 'Søren Østergaard', details: fill(t.preview.matchesMember.email, { name: 'Søren Østergaard' }) })}${t.preview.importAnyway}`,
      `${fill(t.preview.row, { row: 8 })} ${fill(t.preview.line, { name: 'Jens Bækgård', details: fill(t.preview.matchesRow.email, { row: 2, name: 'Jens Bækgård' }) })}${t.preview.importAnyway}`,
    ]);
    expect(await flow.dialog.getByRole('checkbox', { name: fill(t.preview.importAnywayLabel, { row: 7, name: 'Søren Østergaard' }) }).isChecked()).toBe(false);
    await flow.dialog.getByRole('cell', { name: 'Holm; Have og Skov' }).waitFor();
    await expectNoAxeViolations(page, 'preview');
    await expectInsideViewport(page, [flow.button(t.actions.back), flow.button(fill(t.actions.import_other, { count: 3 }))]);

    await flow.importMembers(3);
    await flow.result.getByText(fill(t.result.imported_other, { count: 3 })).waitFor();
    await expectNoAxeViolations(page, 'result');
    await flow.button(t.actions.close).click();
    await flow.dialog.waitFor({ state: 'detached' });

    for (const name of ['Jens Bækgård', 'Anke Weiß', 'Mette "Mis" Holm', 'Søren Østergaard']) await admin.row(name).waitFor();
    expect(await admin.table.getByRole('row').count()).toBe(5);
    expect(await admin.row('Jens Bækgård').getByRole('cell').first().textContent()).toBe('Carpentry, Pølsemager');

    const shell = new Shell(page);
    await shell.goTo('board');
    const board = new Board(page);
    await board.card('Anke Weiß').waitFor();
    await expect.poll(() => board.resultCountText()).toBe(fill(m.board.resultCount_other, { count: 4 }));

    // The undo outlives a restart, for as long as this is the last import.
    await page.reload();
    await shell.goTo('members');
    await flow.undoEntry(3).click();
    await flow.confirmDialog.getByText(fill(t.undo.confirmBody_other, { count: 3 })).waitFor();
    await expectNoAxeViolations(page, 'undo question');
    await flow.confirmUndo();
    await shell.notices.getByText(fill(t.result.undone_other, { count: 3 })).waitFor();
    await admin.row('Jens Bækgård').waitFor({ state: 'detached' });
    expect(await admin.table.getByRole('row').count()).toBe(2);
    await admin.row('Søren Østergaard').waitFor();
    expect(await flow.undoEntry(3).count()).toBe(0);
  });

  it('says in plain words what is wrong with an empty file, a workbook and a file without members', async () => {
    const { page } = await session.newMachine('host', { lang: 'de' });
    const de = messages.de.memberImport;
    await new Shell(page, messages.de).goTo('members');
    const flow = new MemberImport(page, messages.de);
    await flow.open();
    await flow.chooseFile('leer.csv', new Uint8Array());
    await flow.alert.getByText(fill(de.fileProblem.empty, { name: 'leer.csv' })).waitFor();
    await flow.chooseFile('Mitglieder.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await flow.alert.getByText(fill(de.fileProblem.notCsv, { name: 'Mitglieder.xlsx' })).waitFor();
    await flow.chooseFile('kopf.csv', Buffer.from('Name;E-Mail\n', 'utf8'));
    await flow.alert.getByText(fill(de.fileProblem.noRows, { name: 'kopf.csv' })).waitFor();
    await expectNoAxeViolations(page, 'file problem');
    // A German list often has "Vorname" and "Name": then "Name" is the family name.
    await flow.dropFile('gut.csv', 'Vorname;Name;Unternehmen\nAnke;Weiß;Grafik\n');
    await flow.stepHeading(2, 'map').waitFor();
    expect(await flow.selectedColumn('name')).toBe(de.map.notImported);
    expect(await flow.selectedColumn('firstName')).toBe('Vorname');
    expect(await flow.selectedColumn('lastName')).toBe('Name');
    expect(await flow.selectedColumn('company')).toBe('Unternehmen');
    await flow.next();
    await flow.dialog.getByRole('rowheader', { name: 'Anke Weiß', exact: true }).waitFor();
  });
});
