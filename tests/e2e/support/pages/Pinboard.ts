import type { Locator, Page } from 'playwright';
import { messages, type Messages } from '../messages';

/** The project pinboard (host desk and kiosk): cards, filters, the pin form and a project whole. */
export class Pinboard {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.pinboard.title, exact: true });
  }

  /** The cards' list items. */
  get cards(): Locator {
    return this.page.locator('.project-grid > li');
  }

  card(title: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { name: title, exact: true }) });
  }

  async open(title: string): Promise<void> {
    await this.card(title).getByRole('button', { name: title, exact: true }).click();
    await this.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
  }

  get pinButton(): Locator {
    return this.page.getByRole('button', { name: this.m.pinboard.pin, exact: true });
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  field(label: string): Locator {
    return this.dialog.getByRole('textbox', { name: label, exact: true });
  }

  stageFilter(name: string): Locator {
    return this.page.getByRole('group', { name: this.m.pinboard.filterStage }).getByRole('button', { name, exact: true });
  }

  get backButton(): Locator {
    return this.page.getByRole('button', { name: this.m.pinboard.back });
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }
}
