import type { Locator, Page } from 'playwright';
import { fill, messages, templatePattern, type Messages } from '../messages';

/** The host's "Today" screen: who is here, who has left, guests, and the host's check-in. */
export class Today {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  private get p() {
    return this.m.presence;
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.p.title, exact: true });
  }

  get herePanel(): Locator {
    return this.page.getByRole('region', { name: this.p.hereTitle, exact: true });
  }

  get guestsPanel(): Locator {
    return this.page.getByRole('region', { name: this.p.guestsTitle, exact: true });
  }

  get nobodyIn(): Locator {
    return this.herePanel.getByText(this.p.nobodyIn, { exact: true });
  }

  /** "Nobody is in right now", with how many came and left today. */
  nobodyInNow(cameToday: number): Locator {
    const help = fill(cameToday === 1 ? this.p.nobodyInNowHelp_one : this.p.nobodyInNowHelp_other, { count: cameToday });
    return this.herePanel.locator('.empty-state').filter({ hasText: this.p.nobodyInNow }).filter({ hasText: help });
  }

  get noGuests(): Locator {
    return this.guestsPanel.getByText(this.p.noGuests, { exact: true });
  }

  get hereList(): Locator {
    return this.page.getByRole('list', { name: this.p.hereList, exact: true });
  }

  hereRow(name: string): Locator {
    return this.hereList.getByRole('listitem').filter({ hasText: name });
  }

  /** Names of the members in now, in the order shown. */
  async namesHere(): Promise<string[]> {
    if ((await this.hereList.count()) === 0) return [];
    return this.hereList.getByRole('listitem').locator('strong').allTextContents();
  }

  get hereCount(): Locator {
    return this.herePanel.getByText(templatePattern(this.p.hereCount_other)).or(this.herePanel.getByText(templatePattern(this.p.hereCount_one)));
  }

  get leftList(): Locator {
    return this.page.getByRole('list', { name: this.p.leftList, exact: true });
  }

  leftRow(name: string): Locator {
    return this.leftList.getByRole('listitem').filter({ hasText: name });
  }

  checkOutButton(name: string): Locator {
    return this.page.getByRole('button', { name: fill(this.p.checkOutMember, { name }), exact: true });
  }

  get checkInButton(): Locator {
    return this.herePanel.getByRole('button', { name: this.p.checkInAction, exact: true });
  }

  get checkInDialog(): Locator {
    return this.page.getByRole('dialog', { name: this.p.checkInTitle, exact: true });
  }

  get allowNotificationsButton(): Locator {
    return this.page.getByRole('button', { name: this.p.allowNotifications, exact: true });
  }

  /** Opens the host's check-in, types `search`, and picks the member called `name`. */
  async checkIn(search: string, name: string): Promise<void> {
    await this.checkInButton.click();
    await this.checkInDialog.getByRole('searchbox', { name: this.p.searchLabel, exact: true }).fill(search);
    await this.checkInDialog.getByRole('list', { name: this.p.searchResults }).getByRole('button', { name, exact: true }).click();
    await this.checkInDialog.waitFor({ state: 'detached' });
  }
}
