import type { Locator, Page } from 'playwright';
import type { DeviceRole } from '@core/deviceRole';
import { escapeRegExp, fill, messages, type Messages } from '../messages';

/** Device and hub settings. */
export class Settings {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.settings.title, exact: true });
  }

  /** A role radio's name is the role followed by its explanation. */
  roleRadio(role: DeviceRole): Locator {
    return this.page.getByRole('radio', { name: new RegExp(`^${escapeRegExp(this.m.roles[role])}\\b`) });
  }

  get useRoleButton(): Locator {
    return this.page.getByRole('button', { name: this.m.settings.saveRole, exact: true });
  }

  currentRoleText(role: DeviceRole): Locator {
    return this.page.getByText(fill(this.m.roles.current, { role: this.m.roles[role] }), { exact: true });
  }

  async switchRole(role: DeviceRole): Promise<void> {
    await this.roleRadio(role).check();
    await this.useRoleButton.click();
  }

  /** The screen's cards: this machine, the hub connection, hub settings, the host PIN... */
  get sections(): Locator {
    return this.page.getByRole('main').locator('.settings > :not(h1)');
  }

  get hubNameInput(): Locator {
    return this.page.getByRole('textbox', { name: this.m.settings.hubName, exact: true });
  }
}
