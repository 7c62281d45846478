import type { Locator, Page } from 'playwright';
import { fill, messages, type Messages } from '../messages';

type TagField = 'skills' | 'offers' | 'needs';
type TextField = 'name' | 'company' | 'bio' | 'email' | 'phone';
/** The fields with a consent switch, by their key in the editor's messages. */
export type ConsentLabel = 'photo' | 'company' | 'bio' | 'skills' | 'offers' | 'needs' | 'languages' | 'email' | 'phone' | 'plan' | 'memberSince';

/** The add/edit member dialog. Every control is found by the name a screen reader would say. */
export class MemberEditor {
  private constructor(readonly page: Page, readonly dialog: Locator, readonly m: Messages) {}

  static forNew(page: Page, m: Messages = messages.en): MemberEditor {
    return new MemberEditor(page, page.getByRole('dialog', { name: m.editor.addTitle, exact: true }), m);
  }

  static forExisting(page: Page, name: string, m: Messages = messages.en): MemberEditor {
    return new MemberEditor(page, page.getByRole('dialog', { name: fill(m.editor.editTitle, { name }), exact: true }), m);
  }

  /** A text input by its label; one with suggestions is a combobox, one without a textbox. */
  private textInput(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true }).or(this.dialog.getByRole('combobox', { name: label, exact: true }));
  }

  input(field: TextField | TagField): Locator {
    return this.textInput(this.m.editor[field]);
  }

  get nameInput(): Locator {
    return this.input('name');
  }

  async setText(field: TextField, value: string): Promise<void> {
    await this.input(field).fill(value);
  }

  async addTags(field: TagField, tags: readonly string[]): Promise<void> {
    const input = this.input(field);
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  }

  /** The tags already added to a field, as shown in its chip list. */
  async tags(field: TagField): Promise<string[]> {
    const chips = this.dialog.getByRole('list', { name: this.m.editor[field], exact: true }).getByRole('listitem');
    const texts = await chips.allTextContents();
    return texts.map((text) => text.replace(/×$/, '').trim());
  }

  languageCheckbox(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name, exact: true });
  }

  get planSelect(): Locator {
    return this.dialog.getByRole('combobox', { name: this.m.editor.plan, exact: true });
  }

  get photoInput(): Locator {
    return this.dialog.getByLabel(this.m.editor.choosePhoto, { exact: true });
  }

  photoPreview(name: string): Locator {
    return this.dialog.getByRole('img', { name: fill(this.m.member.photoOf, { name }), exact: true });
  }

  /** The consent switch of a field, by its accessible name, e.g. `Show on public screens: Company`. */
  consentSwitch(field: ConsentLabel): Locator {
    return this.dialog.getByRole('switch', { name: fill(this.m.editor.consentSwitch, { field: this.m.editor[field] }), exact: true });
  }

  /** What a sighted host sees of a field's switch: the words beside it and the state under them. */
  visibleConsent(field: ConsentLabel): { label: Locator; state: Locator } {
    const named = this.page.getByRole('switch', { name: fill(this.m.editor.consentSwitch, { field: this.m.editor[field] }), exact: true });
    const control = this.dialog.locator('label').filter({ has: named });
    return { label: control.getByText(this.m.editor.consentShow, { exact: true }), state: control.locator('.consent-state') };
  }

  get presenceSwitch(): Locator {
    return this.dialog.getByRole('switch', { name: this.m.editor.presence, exact: true });
  }

  async makePublic(fields: readonly (ConsentLabel)[]): Promise<void> {
    for (const field of fields) await this.consentSwitch(field).check();
  }

  get saveButton(): Locator {
    return this.dialog.getByRole('button', { name: this.m.editor.save, exact: true });
  }

  get cancelButton(): Locator {
    return this.dialog.getByRole('button', { name: this.m.editor.cancel, exact: true });
  }

  get formAlert(): Locator {
    return this.dialog.getByRole('alert');
  }

  /** Saves and waits for the dialog to close, which it does only when the save succeeded. */
  async save(): Promise<void> {
    await this.saveButton.click();
    await this.dialog.waitFor({ state: 'detached' });
  }

  /** What a screen reader announces with a field: its error, joined from aria-describedby. */
  async errorOf(field: TextField): Promise<{ invalid: boolean; description: string }> {
    return this.input(field).evaluate((element) => {
      const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const description = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      return { invalid: element.getAttribute('aria-invalid') === 'true', description };
    });
  }
}
