import type { Locator, Page } from 'playwright';
import type { ImportField } from '@core/memberImport/columns';
import { fill, messages, type Messages } from '../messages';

/** The "Import from spreadsheet" dialog of Members admin, and the undo it leaves behind. */
export class MemberImport {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get t() {
    return this.m.memberImport;
  }

  get openButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.t.open, exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog', { name: this.t.title });
  }

  stepHeading(step: number, name: keyof Messages['memberImport']['steps']): Locator {
    return this.dialog.getByRole('heading', { name: fill(this.t.step, { step, name: this.t.steps[name] }), exact: true });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await this.stepHeading(1, 'choose').waitFor();
  }

  /** Sends a file through the dialog's file input, as the file picker would. */
  async chooseFile(name: string, bytes: Uint8Array, mimeType = 'text/csv'): Promise<void> {
    await this.dialog.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
  }

  /** Drops a file on the drop zone, as dragging it from the file manager would. */
  async dropFile(name: string, text: string): Promise<void> {
    await this.dialog.getByText(this.t.choose.drop, { exact: true }).evaluate((zone, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, { name, text });
  }

  get alert(): Locator {
    return this.dialog.getByRole('alert');
  }

  get encodingSelect(): Locator {
    return this.dialog.getByLabel(this.t.encoding.label);
  }

  fieldSelect(field: ImportField): Locator {
    return this.dialog.getByLabel(this.t.map.fields[field], { exact: true });
  }

  async selectedColumn(field: ImportField): Promise<string> {
    return this.fieldSelect(field).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '');
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  async next(): Promise<void> {
    await this.button(this.t.actions.next).click();
    await this.stepHeading(3, 'preview').waitFor();
    // The preview is drawn once the duplicate check has read the hub's members.
    await this.summary.waitFor();
  }

  get summary(): Locator {
    return this.dialog.getByRole('list', { name: this.t.steps.preview });
  }

  get problems(): Locator {
    return this.dialog.getByRole('list', { name: this.t.preview.problemsTitle });
  }

  get duplicates(): Locator {
    return this.dialog.getByRole('list', { name: this.t.preview.duplicatesTitle });
  }

  async importMembers(count: number): Promise<void> {
    await this.button(fill(count === 1 ? this.t.actions.import_one : this.t.actions.import_other, { count })).click();
    await this.stepHeading(4, 'import').waitFor();
  }

  get result(): Locator {
    return this.dialog.getByRole('status');
  }

  /** "Undo import of <date> (N members)" in Members admin. */
  undoEntry(count: number): Locator {
    return this.page.getByRole('main').getByRole('button', { name: new RegExp(`\\(${String(count)} `) });
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog', { name: new RegExp(`^${this.t.undo.confirmTitle.split('{{')[0] ?? ''}`) });
  }

  async confirmUndo(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: this.t.undo.confirm, exact: true }).click();
    await this.confirmDialog.waitFor({ state: 'detached' });
  }
}
