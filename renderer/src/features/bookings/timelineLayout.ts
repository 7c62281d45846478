import type { PlacedBooking } from './useBookingTimeline';

/** What one row of the timeline draws: who holds each column, and its blocks. */
export interface RowLayout {
  /** The booking a cell names and opens: a confirmed one before a refused or released one, the first of each. */
  holders: readonly (PlacedBooking | null)[];
  blocks: readonly PlacedBooking[];
}

export const EMPTY_ROW: RowLayout = { holders: [], blocks: [] };

/** Every row's layout in one pass over the bookings, instead of a search of them all for each cell. */
export function layoutByRow(placed: readonly PlacedBooking[], columnCount: number): ReadonlyMap<string, RowLayout> {
  const rows = new Map<string, { holders: (PlacedBooking | null)[]; blocks: PlacedBooking[] }>();
  for (const item of placed) {
    let row = rows.get(item.rowId);
    if (!row) {
      row = { holders: Array.from({ length: columnCount }, () => null), blocks: [] };
      rows.set(item.rowId, row);
    }
    row.blocks.push(item);
    for (let column = Math.max(item.first, 0); column <= Math.min(item.last, columnCount - 1); column++) {
      const held = row.holders[column];
      if (!held || (held.booking.status !== 'confirmed' && item.booking.status === 'confirmed')) row.holders[column] = item;
    }
  }
  return rows;
}
