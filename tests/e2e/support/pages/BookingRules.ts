import type { Locator, Page } from 'playwright';
import { messages, type Messages } from '../messages';

type WeekdayKey = keyof Messages['bookingRules']['weekday'];

/** Settings → Booking rules: the week, the closed days and the limits members book within. */
export class BookingRules {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get form(): Locator {
    return this.page.getByRole('form', { name: this.m.bookingRules.title, exact: true });
  }

  /** A weekday's box: ticked when the hub is open that day. */
  dayOpen(day: WeekdayKey): Locator {
    return this.form.getByRole('checkbox', { name: this.m.bookingRules.weekday[day], exact: true });
  }

  /** "Opens Saturday": each time is named by its column and its day. */
  time(which: 'opens' | 'closes', day: WeekdayKey): Locator {
    // By role: getByLabel matches each aria-labelledby part alone, not the name they make together.
    return this.form.getByRole('textbox', { name: `${this.m.bookingRules[which]} ${this.m.bookingRules.weekday[day]}`, exact: true });
  }

  dayRow(day: WeekdayKey): Locator {
    return this.form.getByRole('group', { name: this.m.bookingRules.weekday[day], exact: true });
  }

  get dateToClose(): Locator {
    return this.form.getByLabel(this.m.bookingRules.closedAdd, { exact: true });
  }

  get addDayButton(): Locator {
    return this.form.getByRole('button', { name: this.m.bookingRules.closedAddButton, exact: true });
  }

  async addClosedDay(date: string): Promise<void> {
    await this.dateToClose.fill(date);
    await this.addDayButton.click();
  }

  /** The closed days as listed, by their ISO date. */
  async closedDays(): Promise<string[]> {
    return this.form.locator('.closed-dates time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
  }

  closedDay(date: string): Locator {
    return this.form.getByRole('listitem').filter({ has: this.page.locator(`time[datetime="${date}"]`) });
  }

  limit(field: 'maxDaysAhead' | 'maxRoomMinutes' | 'maxActivePerMember'): Locator {
    return this.form.getByLabel(this.m.bookingRules[field], { exact: false });
  }

  get saveButton(): Locator {
    return this.form.getByRole('button', { name: this.m.bookingRules.save, exact: true });
  }

  get resetButton(): Locator {
    return this.form.getByRole('button', { name: this.m.bookingRules.reset, exact: true });
  }

  /** The error said by a field, in its words. */
  error(text: string): Locator {
    return this.form.locator('.field-error').getByText(text, { exact: true });
  }
}
