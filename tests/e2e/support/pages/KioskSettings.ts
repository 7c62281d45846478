import type { Locator, Page } from 'playwright';
import { fill, messages, type Messages } from '../messages';

/** The hub and kiosk settings form and the host PIN, on the Settings screen. */
export class KioskSettings {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  private get s(): Messages['cards']['settings'] {
    return this.m.cards.settings;
  }

  get idleSeconds(): Locator {
    return this.page.getByRole('spinbutton', { name: this.s.idleSeconds, exact: true });
  }

  get retentionDays(): Locator {
    return this.page.getByRole('spinbutton', { name: this.s.retentionDays, exact: true });
  }

  get closingTime(): Locator {
    return this.page.getByRole('textbox', { name: this.s.closingTime, exact: true });
  }

  get town(): Locator {
    return this.page.getByRole('textbox', { name: this.s.town, exact: true });
  }

  get pinRequired(): Locator {
    return this.page.getByRole('checkbox', { name: this.s.pinRequired, exact: true });
  }

  get saveButton(): Locator {
    return this.page.getByRole('button', { name: this.m.settings.saveHub, exact: true });
  }

  /** What a screen reader announces with a field besides its name: help and error, in order. */
  async descriptionOf(field: Locator): Promise<{ invalid: boolean; description: string }> {
    return field.evaluate((element) => {
      const ids = (element.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const description = ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      return { invalid: element.getAttribute('aria-invalid') === 'true', description };
    });
  }

  get hostPinSection(): Locator {
    return this.page.getByRole('region', { name: this.s.hostPinHeading, exact: true });
  }

  async setHostPin(pin: string, repeat: string = pin): Promise<void> {
    const section = this.hostPinSection;
    const open = section.getByRole('button', { name: this.s.setHostPin, exact: true }).or(section.getByRole('button', { name: this.s.changeHostPin, exact: true }));
    if (await open.isVisible()) await open.click();
    await section.getByLabel(fill(this.m.cards.pinLength.newPin, { digits: 6 })).fill(pin);
    await section.getByLabel(this.m.cards.confirmPin).fill(repeat);
    await section.getByRole('button', { name: this.s.saveHostPin, exact: true }).click();
  }
}
