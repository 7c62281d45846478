import type { Locator, Page } from 'playwright';
import { fill, messages, templatePattern, type Messages } from '../messages';
import { MemberEditor } from './MemberEditor';
import { Shell } from './Shell';

/** The host's member list: search, add, edit, deactivate with a confirmation, undo. */
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

  /** A host opens Members and loads the demo hub to look around; resolves once its members are listed. */
  static async loadDemo(page: Page, m: Messages = messages.en): Promise<void> {
    await new Shell(page, m).goTo('members');
    const admin = new MembersAdmin(page, m);
    await admin.loadDemoButton.click();
    await admin.table.waitFor();
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.m.members.searchLabel, exact: true });
  }

  get showInactive(): Locator {
    return this.page.getByRole('checkbox', { name: this.m.members.showInactive, exact: true });
  }

  /** "120 members", or while searching "3 of 120 members". */
  get count(): Locator {
    const { count_one, count_other, countFiltered_one, countFiltered_other } = this.m.members;
    return this.page.getByRole('main').getByText(new RegExp([count_one, count_other, countFiltered_one, countFiltered_other].map((text) => templatePattern(text).source).join('|')));
  }

  async countText(): Promise<string> {
    return (await this.count.textContent()) ?? '';
  }

  noMatch(query: string): Locator {
    return this.page.getByText(fill(this.m.members.noMatch, { query }), { exact: true });
  }

  get clearSearchButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.m.members.clearSearch, exact: true });
  }

  get includeInactiveButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.m.members.includeInactive, exact: true });
  }

  /** Names of the rows shown, top to bottom. */
  async rowNames(): Promise<string[]> {
    if (await this.table.count() === 0) return [];
    return this.table.getByRole('rowheader').allTextContents();
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
