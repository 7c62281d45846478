import type { Locator, Page } from 'playwright';
import { escapeRegExp, messages, templatePattern, type Messages } from '../messages';

/** "Who can do what": the member board, on the host desk and on the public screens. */
export class Board {
  constructor(readonly page: Page, readonly m: Messages = messages.en) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: this.m.board.title, exact: true });
  }

  get search(): Locator {
    return this.page.getByRole('searchbox', { name: this.m.board.searchLabel });
  }

  get skillFilter(): Locator {
    return this.page.getByRole('combobox', { name: this.m.board.skillFilter, exact: true });
  }

  get inTodayFilter(): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${escapeRegExp(this.m.board.inTodayFilter)}`) });
  }

  get clearFilters(): Locator {
    return this.page.getByRole('button', { name: this.m.board.clearFilters });
  }

  get skillCloud(): Locator {
    return this.page.getByRole('complementary', { name: this.m.board.skillCloud });
  }

  /** A skill cloud button: "<skill>: <count>". */
  skillButton(skill: string): Locator {
    return this.skillCloud.getByRole('button', { name: new RegExp(`^${escapeRegExp(skill)}: \\d+$`) });
  }

  get results(): Locator {
    return this.page.getByRole('list', { name: this.m.board.results, exact: true });
  }

  get cards(): Locator {
    return this.results.getByRole('article');
  }

  card(name: string): Locator {
    return this.results.getByRole('article', { name, exact: true });
  }

  /** Names on the cards currently drawn (the list is virtualised: only what is near the viewport). */
  async visibleNames(): Promise<string[]> {
    return this.cards.getByRole('heading', { level: 2 }).allTextContents();
  }

  get resultCount(): Locator {
    return this.page.getByText(templatePattern(this.m.board.resultCount_other)).or(this.page.getByText(templatePattern(this.m.board.resultCount_one)));
  }

  async resultCountText(): Promise<string> {
    return (await this.resultCount.textContent()) ?? '';
  }

  /** The number in "N members", as a number. */
  async resultCountNumber(): Promise<number> {
    const match = /\d+/.exec(await this.resultCountText());
    return match ? Number(match[0]) : Number.NaN;
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }
}
