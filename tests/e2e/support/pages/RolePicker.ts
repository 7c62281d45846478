import type { Locator, Page } from 'playwright';
import type { DeviceRole } from '@core/deviceRole';
import { escapeRegExp, messages, type Messages } from '../messages';

/** The first-run question "What is this machine for?". */
export class RolePicker {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.roles.pickTitle });
  }

  /** A role button's name is the role followed by its explanation. */
  roleButton(role: DeviceRole): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(this.m.roles[role])}\\b`) });
  }

  async choose(role: DeviceRole): Promise<void> {
    await this.roleButton(role).click();
  }
}
