import type { GridWanted } from './benchApi';
import { tapProbe } from './tapPaintProbe';

/**
 * Injected into the real host app: from the tap that changes the desk week (the tab or "Next
 * week") to the desk grid showing the other week, every block drawn with its holder's name, and
 * the frame after it painted (tapPaintProbe.ts). The grid draws only the rows in view, so the
 * count is the blocks of those rows.
 */
const DESK_GRID = '[role="grid"].timeline.desks';
const SUMMARY = '.bookings-summary';

function groupsText(): string {
  return document.querySelector(`${DESK_GRID} .timeline-groups`)?.textContent ?? '';
}

/**
 * The number of blocks once the grid shows another week than `before`, all of it (its summary
 * counts the week's bookings: the first render after the switch may show the old day's only)
 * and every name in place; else null. It reads the small summary and header first and walks
 * the blocks only once the count is right.
 */
function shownBlocks(want: GridWanted, before: string): number | null {
  const groups = groupsText();
  if (groups === '' || groups === before) return null;
  const summary = document.querySelector(SUMMARY)?.textContent.replace(/\D/g, '') ?? '';
  if (summary !== String(want.bookings)) return null;
  const names = document.querySelectorAll(`${DESK_GRID} .timeline-block-who`);
  if (names.length === 0) return null;
  // A name still being read is drawn empty for a moment (useBookingTimeline): the week is shown once every name is.
  for (const name of names) if (name.textContent === want.unnamed || name.textContent === '') return null;
  return names.length;
}

window.landhubTapProbe = tapProbe<GridWanted>((want) => {
  const before = groupsText();
  return () => shownBlocks(want, before);
});
