import type { PinboardWanted } from './benchApi';
import { tapProbe } from './tapPaintProbe';

/**
 * Injected into the real host app: from the tap on "Projects" or on a stage filter to the
 * pinboard showing the first page of cards asked for (their number, and the titles of the first
 * and the last), and the frame after it painted (tapPaintProbe.ts).
 */
const CARDS = '.project-grid > li';

function shownCards(want: PinboardWanted): number | null {
  const cards = document.querySelectorAll(CARDS);
  if (cards.length !== want.cards) return null;
  const title = (card: Element | undefined) => card?.querySelector('h2')?.textContent ?? null;
  return title(cards[0]) === want.firstTitle && title(cards[cards.length - 1]) === want.lastTitle ? cards.length : null;
}

window.landhubTapProbe = tapProbe<PinboardWanted>((want) => () => shownCards(want));
