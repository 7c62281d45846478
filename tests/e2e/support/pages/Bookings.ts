import type { Locator, Page } from 'playwright';
import { fill, messages, type Messages } from '../messages';

/** The host's Bookings screen: a day of meeting rooms or a week of desks, and the booking dialog. */
export class Bookings {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.bookings.title, exact: true });
  }

  async openView(view: 'rooms' | 'desks'): Promise<void> {
    await this.page.getByRole('tab', { name: view === 'rooms' ? this.m.bookings.viewRooms : this.m.bookings.viewDesks, exact: true }).click();
  }

  get grid(): Locator {
    return this.page.getByRole('grid');
  }

  /** A row of the grid by its place's name. */
  row(place: string): Locator {
    return this.grid.getByRole('row').filter({ has: this.page.getByRole('rowheader').getByText(place, { exact: true }) });
  }

  /** The cell of a room at a quarter hour ("10:15"), or of a desk at a half day. */
  cell(label: RegExp): Locator {
    return this.grid.getByRole('gridcell', { name: label });
  }

  /** A booking's block in a row, by who it is for. */
  block(place: string, who: string): Locator {
    return this.row(place).locator('.timeline-block').filter({ hasText: who });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\*)?$`));
  }

  async chooseMember(name: string): Promise<void> {
    await this.dialog.getByRole('searchbox', { name: this.m.bookings.fieldMember }).fill(name.split(' ')[0] ?? name);
    await this.dialog.getByRole('button', { name: fill(this.m.members.picker.choose, { name }) }).click();
  }

  button(label: string): Locator {
    return this.dialog.getByRole('button', { name: label, exact: true });
  }

  get summary(): Locator {
    return this.page.locator('.bookings-summary');
  }
}
