import type { Locator, Page } from 'playwright';
import { escapeRegExp, fill, messages, templatePattern, type Messages } from '../messages';

/** The display beside a meeting room's door. */
export class RoomDisplay {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  private get r(): Messages['roomDisplay'] {
    return this.m.roomDisplay;
  }

  roomName(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  /** "Free", "In use" or "Starting soon", in words. */
  get state(): Locator {
    return this.page.locator('.door-state');
  }

  async stateText(): Promise<string> {
    return (await this.state.textContent())?.trim() ?? '';
  }

  bookButton(minutes: number): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(fill(this.r.bookFor, { minutes }))}`) });
  }

  get checkInButton(): Locator {
    return this.page.getByRole('button', { name: this.r.checkIn, exact: true });
  }

  get endEarlyButton(): Locator {
    return this.page.getByRole('button', { name: this.r.endEarly, exact: true });
  }

  get endEarlyYes(): Locator {
    return this.page.getByRole('button', { name: this.r.endEarlyYes, exact: true });
  }

  notice(key: keyof Messages['roomDisplay']['notices']): Locator {
    return this.page.getByRole('status').filter({ hasText: this.r.notices[key] });
  }

  get waiting(): Locator {
    return this.page.getByText(this.r.waiting, { exact: true });
  }

  get refused(): Locator {
    return this.page.getByRole('alert').filter({ hasText: templatePattern(this.r.refused) });
  }

  get connection(): Locator {
    return this.page.locator('.door-connection');
  }
}
