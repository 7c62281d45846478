import type { Locator, Page } from 'playwright';
import { fill, messages, type Messages } from '../messages';
import { MemberEditor } from './MemberEditor';

/** The host's member list: add, edit, deactivate with a confirmation, undo. */
export class MembersAdmin {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.members.title, exact: true });
  }

  get addButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.m.members.add, exact: true });
  }

  get loadDemoButton(): Locator {
    return this.page.getByRole('button', { name: this.m.demo.load });
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: this.m.members.tableCaption });
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  editButton(name: string): Locator {
    return this.page.getByRole('button', { name: fill(this.m.member.edit, { name }), exact: true });
  }

  deactivateButton(name: string): Locator {
    return this.page.getByRole('button', { name: `${this.m.members.deactivate}: ${name}`, exact: true });
  }

  confirmDialog(name: string): Locator {
    return this.page.getByRole('dialog', { name: fill(this.m.members.deactivateConfirmTitle, { name }) });
  }

  async openNewMember(): Promise<MemberEditor> {
    await this.addButton.click();
    const editor = MemberEditor.forNew(this.page, this.m);
    await editor.nameInput.waitFor();
    return editor;
  }

  async openMember(name: string): Promise<MemberEditor> {
    await this.editButton(name).click();
    const editor = MemberEditor.forExisting(this.page, name, this.m);
    await editor.nameInput.waitFor();
    return editor;
  }

  /** Clicks "Deactivate" and returns the question it asks, still open. */
  async askToDeactivate(name: string): Promise<Locator> {
    await this.deactivateButton(name).click();
    const dialog = this.confirmDialog(name);
    await dialog.waitFor();
    return dialog;
  }

  async deactivate(name: string): Promise<void> {
    const dialog = await this.askToDeactivate(name);
    await dialog.getByRole('button', { name: this.m.members.deactivate, exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  get undoButton(): Locator {
    return this.page.getByRole('status').getByRole('button', { name: this.m.app.undo, exact: true });
  }
}
