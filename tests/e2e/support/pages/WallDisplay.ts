import type { Locator, Page } from 'playwright';
import type { WallSlide } from '@core/wall/slidePlan';
import { escapeRegExp, messages, type Messages } from '../messages';

/**
 * The wall display: slides that rotate by themselves. Every slide is drawn all the time and only
 * the one on screen is visible, so what a slide holds can be read whether or not it is showing
 * (the rotation itself is checked by which slide is `shown`).
 */
export class WallDisplay {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get screen(): Locator {
    return this.page.locator('main.wall');
  }

  slide(kind: WallSlide): Locator {
    return this.page.locator(`.wall-slide[data-slide="${kind}"]`);
  }

  get shown(): Locator {
    return this.page.locator('.wall-slide[data-shown="true"]');
  }

  /** The slide on screen, or null while the wall is dark or shows a notice. */
  async currentSlide(): Promise<WallSlide | null> {
    if ((await this.shown.count()) === 0) return null;
    return (await this.shown.getAttribute('data-slide')) as WallSlide | null;
  }

  /** A member on the "new members" slide, by the name on their card. */
  newMember(name: string): Locator {
    return this.slide('newMembers').locator('.wall-member').filter({ has: this.page.locator('.wall-card-title', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }) });
  }

  /** A project on the "projects that need you" slide, by its title. */
  project(title: string): Locator {
    return this.slide('projects').locator('.wall-project').filter({ has: this.page.locator('.wall-card-title', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }) });
  }

  /** A member on the "here today" slide, by first name. */
  personIn(firstName: string): Locator {
    return this.slide('inToday').locator('.wall-person-name', { hasText: new RegExp(`^${escapeRegExp(firstName)}$`) });
  }

  /** How many the "here today" slide says are here (its `data-count`), on screen or not. */
  async peopleCount(): Promise<number> {
    return Number(await this.slide('inToday').locator('[data-count]').getAttribute('data-count'));
  }

  /**
   * From now on, notes every count the "here today" slide gives; the answer reads back the
   * counts in order, the one it gave at the start first.
   */
  async recordPeopleCounts(): Promise<() => Promise<number[]>> {
    await this.slide('inToday').locator('[data-count]').evaluate((element) => {
      const before: number[] = [];
      new MutationObserver((records) => {
        for (const record of records) before.push(Number(record.oldValue));
      }).observe(element, { attributes: true, attributeFilter: ['data-count'], attributeOldValue: true });
      Object.assign(window, { wallPeopleCounts: () => [...before, Number(element.getAttribute('data-count'))] });
    });
    return () => this.page.evaluate(() => (window as Window & { wallPeopleCounts?: () => number[] }).wallPeopleCounts?.() ?? []);
  }

  get asOf(): Locator {
    return this.page.locator('.wall-as-of');
  }

  get hostCorner(): Locator {
    return this.page.getByRole('button', { name: this.m.wall.host.corner, exact: true });
  }

  /** Five quick taps on the hidden corner: the host PIN screen. */
  async openHostPin(): Promise<void> {
    for (let tap = 0; tap < 5; tap += 1) await this.hostCorner.click();
    await this.page.getByRole('heading', { name: this.m.wall.host.pinTitle, exact: true }).waitFor();
  }

  /**
   * Into the wall's settings: with `pin`, the hub checks it; without, on a wall with no members
   * yet (the first set-up), the settings open from the PIN screen.
   */
  async openHostSettings(pin?: string): Promise<void> {
    await this.openHostPin();
    if (pin === undefined) await this.page.getByRole('button', { name: this.m.wall.host.openSettings, exact: true }).click();
    else await this.page.keyboard.type(pin);
    await this.page.getByText(this.m.wall.host.elsewhere, { exact: true }).waitFor();
  }
}
