import type { Locator, Page } from 'playwright';
import { fill, messages, templatePattern, type Messages } from '../messages';

/** The reception kiosk, found by what a visitor reads and a screen reader says. */
export class KioskPage {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  private get k(): Messages['kiosk'] {
    return this.m.kiosk;
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  heading(text: string | RegExp): Locator {
    return this.main.getByRole('heading', { level: 1, name: text });
  }

  /** The start screen: its three big buttons are its signature. */
  get checkInButton(): Locator {
    return this.main.getByRole('group', { name: this.k.attract.actions }).getByRole('button', { name: this.k.attract.checkIn, exact: true });
  }

  get checkOutButton(): Locator {
    return this.main.getByRole('group', { name: this.k.attract.actions }).getByRole('button', { name: this.k.attract.checkOut, exact: true });
  }

  get guestButton(): Locator {
    return this.main.getByRole('group', { name: this.k.attract.actions }).getByRole('button', { name: this.k.attract.guest, exact: true });
  }

  async waitForStart(): Promise<void> {
    await this.checkInButton.waitFor();
  }

  get inTodayText(): Locator {
    const { inToday_one, inToday_other, nobodyInNow_one, nobodyInNow_other, nobodyIn } = this.k.attract;
    return [inToday_one, nobodyInNow_one, nobodyInNow_other].reduce(
      (found, template) => found.or(this.main.getByText(templatePattern(template))),
      this.main.getByText(templatePattern(inToday_other)).or(this.main.getByText(nobodyIn, { exact: true })),
    );
  }

  /** "Nobody is in right now. 26 people came today." */
  nobodyInNow(cameToday: number): Locator {
    return this.main.getByText(fill(cameToday === 1 ? this.k.attract.nobodyInNow_one : this.k.attract.nobodyInNow_other, { count: cameToday }), { exact: true });
  }

  /** Today at the hub: the room bookings, as the start screen may tell them. */
  get todayAtHub(): Locator {
    return this.main.getByRole('region', { name: this.k.attract.eventsTitle, exact: true });
  }

  /** The hub's logo, whatever the hub is called: hosts tap it five times for host access. */
  logo(): Locator {
    return this.main.getByRole('button', { name: templatePattern(this.k.attract.logo) });
  }

  get nameField(): Locator {
    return this.main.getByRole('textbox', { name: this.k.findMe.nameLabel, exact: true });
  }

  get results(): Locator {
    return this.main.getByRole('list', { name: this.k.findMe.results, exact: true });
  }

  result(shortName: string): Locator {
    return this.results.getByRole('button', { name: shortName, exact: true });
  }

  async resultNames(): Promise<string[]> {
    return KioskPage.namesIn(this.results);
  }

  /** What each button in a list says aloud, leaving out decoration hidden from screen readers. */
  static async namesIn(list: Locator): Promise<string[]> {
    if ((await list.count()) === 0) return [];
    return list.getByRole('button').evaluateAll((buttons) => buttons.map((button) => [...button.childNodes]
      .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
      .map((node) => node.textContent ?? '')
      .join('')
      .trim()));
  }

  /** From the start screen: Check in (or out), type a name, tap the one match. */
  async findMe(direction: 'in' | 'out', query: string, shortName: string): Promise<void> {
    await (direction === 'in' ? this.checkInButton : this.checkOutButton).click();
    await this.nameField.fill(query);
    await this.result(shortName).click();
  }

  welcome(firstName: string): Locator {
    return this.heading(fill(this.k.confirm.welcome, { name: firstName }));
  }

  /** "Goodbye, Søren! You were here … today." with any duration. */
  goodbye(firstName: string): Locator {
    return this.heading(templatePattern(fill(this.k.confirm.goodbye, { name: firstName })));
  }

  get doneButton(): Locator {
    return this.main.getByRole('button', { name: this.k.confirm.done, exact: true });
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  pinPad(label: string = this.k.pin.help): Locator {
    return this.main.getByRole('group', { name: label, exact: true });
  }

  /** Taps the PIN's digits on the on-screen pad. */
  async tapPin(pin: string, label?: string): Promise<void> {
    for (const digit of pin) await this.pinPad(label).getByRole('button', { name: digit, exact: true }).click();
  }

  /** A barcode scanner: the whole code in one fast burst, then Enter. */
  async scan(code: string): Promise<void> {
    await this.page.keyboard.type(code, { delay: 0 });
    await this.page.keyboard.press('Enter');
  }

  freeDesk(code: string | RegExp): Locator {
    return this.main.getByRole('region', { name: this.k.confirm.pickDesk }).getByRole('button', { name: code });
  }

  get freeDesks(): Locator {
    return this.main.getByRole('region', { name: this.k.confirm.pickDesk }).getByRole('button');
  }
}
