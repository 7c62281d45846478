import type { Locator, Page } from 'playwright';
import { escapeRegExp, fill, messages, type Messages } from '../messages';

type Tab = 'desks' | 'rooms' | 'zones';

/** The host's Desks & rooms screen: three tabs of tables, an editor dialog for each kind. */
export class Spaces {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.spaces.title, exact: true });
  }

  tab(tab: Tab): Locator {
    const label = { desks: this.m.spaces.tabDesks, rooms: this.m.spaces.tabRooms, zones: this.m.spaces.tabZones }[tab];
    return this.page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(label).replace(escapeRegExp('({{count}})'), '\\(\\d+\\)')}$`) });
  }

  async openTab(tab: Tab): Promise<void> {
    await this.tab(tab).click();
  }

  get table(): Locator {
    return this.page.getByRole('tabpanel').getByRole('table');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The Add button of the heading; the empty state may repeat it. */
  addButton(label: keyof Pick<Messages['spaces'], 'addDesk' | 'addRoom' | 'addFloor' | 'addZone'>): Locator {
    return this.page.locator('.spaces-add').getByRole('button', { name: this.m.spaces[label], exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** A field by its label; a required field's label ends in an asterisk that screen readers skip. */
  field(label: string): Locator {
    return this.dialog.getByLabel(new RegExp(`^${escapeRegExp(label)}( \\*)?$`));
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: this.m.spaces.save, exact: true }).click();
  }

  edit(name: string): Locator {
    return this.page.getByRole('button', { name: fill(this.m.spaces.editNamed, { name }), exact: true });
  }

  deactivate(name: string): Locator {
    return this.page.getByRole('button', { name: fill(this.m.spaces.deactivateNamed, { name }), exact: true });
  }

  reactivate(name: string): Locator {
    return this.page.getByRole('button', { name: fill(this.m.spaces.reactivateNamed, { name }), exact: true });
  }
}
