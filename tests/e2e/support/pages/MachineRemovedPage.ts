import type { Locator, Page } from 'playwright';
import { messages, type Messages } from '../messages';

/** "This machine was removed from the hub": what a removed machine shows instead of its role's screens. */
export class MachineRemovedPage {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.machineRemoved.title, exact: true });
  }

  /** The sentence saying how many unsent changes the wipe lost. */
  get lostChanges(): Locator {
    return this.page.getByRole('main').locator('.machine-removed-lost');
  }
}
