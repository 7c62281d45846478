import type { Locator, Page } from 'playwright';
import type { UiLanguage } from '@core/languages';
import { messages, type Messages } from '../messages';

type Screen = keyof Messages['nav'];

/** What every screen of a set-up machine has: the main navigation and the language switch. */
export class Shell {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  /** The banner at the top of every screen of a set-up machine. */
  get header(): Locator {
    return this.page.getByRole('banner');
  }

  /** The header's parts side by side: brand, navigation, hub connection, language switch. */
  get headerItems(): Locator {
    return this.header.locator(':scope > *');
  }

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: this.m.app.mainNavigation });
  }

  navButton(screen: Screen): Locator {
    return this.navigation.getByRole('button', { name: this.m.nav[screen], exact: true });
  }

  async goTo(screen: Screen): Promise<void> {
    await this.navButton(screen).click();
  }

  /** Each language's button is named in that language, whatever the screen shows. */
  languageButton(language: UiLanguage): Locator {
    return this.page.getByRole('button', { name: messages[language].language[language], exact: true });
  }

  async switchLanguage(language: UiLanguage): Promise<Shell> {
    await this.languageButton(language).click();
    return new Shell(this.page, messages[language]);
  }

  mainHeading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** The polite live region where the app reports what it just did. */
  get notices(): Locator {
    return this.page.getByRole('status').filter({ has: this.page.getByRole('list') });
  }
}
