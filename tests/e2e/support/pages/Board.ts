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

  /** The empty state's heading, when the board has no card to show. */
  emptyHeading(title: string = this.m.board.emptyHub): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name: title, exact: true });
  }

  /** The empty state: its heading, its sentence and its actions. */
  emptyState(title: string = this.m.board.emptyHub): Locator {
    return this.page.locator('.empty-state').filter({ has: this.page.getByRole('heading', { level: 2, name: title, exact: true }) });
  }

  get loadDemoButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.m.demo.load, exact: true });
  }

  get addMemberButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.m.members.add, exact: true });
  }

  get showAllButton(): Locator {
    return this.page.getByRole('main').getByRole('button', { name: this.m.board.showAll, exact: true });
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

  /** "Still reading the member list …": the board is showing its first screen only. */
  get stillReading(): Locator {
    return this.page.getByText(this.m.board.reading, { exact: true });
  }

  get readingProgress(): Locator {
    return this.page.getByRole('progressbar', { name: this.m.board.readingLabel, exact: true });
  }

  get searchWaitsForReading(): Locator {
    return this.page.getByText(this.m.board.readingSearch, { exact: true });
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

  /** The scroll box of the cards. */
  get scroller(): Locator {
    return this.page.locator('.member-results');
  }

  async scrollResultsTo(fraction: number): Promise<void> {
    await this.scroller.evaluate((element, part) => { element.scrollTop = (element.scrollHeight - element.clientHeight) * part; }, fraction);
  }

  /** Name and page box of every card drawn now. */
  async cardBoxes(): Promise<{ name: string; x: number; y: number; width: number; height: number }[]> {
    return this.cards.evaluateAll((cards) => cards.map((card) => {
      const box = card.getBoundingClientRect();
      return { name: card.querySelector('h2')?.textContent ?? '', x: box.x, y: box.y, width: box.width, height: box.height };
    }));
  }

  /**
   * Skill names on cards and in the skill cloud that a line break cuts inside a word: for each
   * word of each chip, the number of lines its letters are on, and whether the chip sticks out
   * of its card or cloud. An empty answer means every word sits whole on one line.
   */
  async chipsBrokenInsideWords(): Promise<string[]> {
    return this.page.locator('.member-card .chip, .skill-cloud button').evaluateAll((chips) => chips.flatMap((chip) => {
      const problems: string[] = [];
      const container = chip.closest('.member-card, .skill-cloud');
      if (container && chip.getBoundingClientRect().right > container.getBoundingClientRect().right + 0.5) problems.push(`"${chip.textContent}" sticks out`);
      const walker = document.createTreeWalker(chip, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // A break right after a hyphen is a proper one, so hyphenated compounds count as separate words.
        for (const match of text.matchAll(/[^\s-]+-?/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
          if (lines.size > 1) problems.push(`"${match[0]}" in "${chip.textContent}" is on ${lines.size} lines`);
        }
      }
      return problems;
    }));
  }
}
