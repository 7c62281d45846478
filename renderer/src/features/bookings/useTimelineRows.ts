import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import { EMPTY_ROW, layoutByRow, type RowLayout } from './timelineLayout';
import type { PlacedBooking, TimelineRow } from './useBookingTimeline';
import type { TimelinePick } from './useTimelinePointer';

/** A row's least height (3.25rem and its border): rows taller than that are measured as they are drawn. */
const ROW_HEIGHT_ESTIMATE = 53;
/** Rows drawn beyond each edge of the window, so a short scroll or an arrow key never meets a gap. */
const OVERSCAN = 8;

interface Options {
  rows: readonly TimelineRow[];
  columnCount: number;
  placed: readonly PlacedBooking[];
  defaultSpan: number;
  onPick: (pick: TimelinePick) => void;
  onOpen: (placed: PlacedBooking) => void;
  /** A press on a free cell: the pointer's pick begins. */
  onFreeCellPointerDown: (event: PointerEvent, rowId: string, column: number) => void;
}

/** What a cell's own element says about it: `data-cell="rowId|column"` and `data-row-index`. */
function cellOf(element: HTMLElement): { rowId: string; rowIndex: number; column: number } | null {
  const [rowId, column] = element.dataset.cell?.split('|') ?? [];
  const rowIndex = Number(element.dataset.rowIndex);
  return rowId !== undefined && column !== undefined && Number.isInteger(rowIndex) ? { rowId, rowIndex, column: Number(column) } : null;
}

/** Where the keys of the grid pattern take the focus from a cell; null for a key that does not move it. */
function nextCell(event: KeyboardEvent, at: { row: number; column: number }, size: { rows: number; columns: number; page: number }) {
  const next = { ...at };
  const lastRow = size.rows - 1;
  const lastColumn = size.columns - 1;
  const control = event.ctrlKey || event.metaKey;
  if (event.key === 'ArrowRight') next.column = Math.min(at.column + 1, lastColumn);
  else if (event.key === 'ArrowLeft') next.column = Math.max(at.column - 1, 0);
  else if (event.key === 'ArrowDown') next.row = Math.min(at.row + 1, lastRow);
  else if (event.key === 'ArrowUp') next.row = Math.max(at.row - 1, 0);
  else if (event.key === 'PageDown') next.row = Math.min(at.row + size.page, lastRow);
  else if (event.key === 'PageUp') next.row = Math.max(at.row - size.page, 0);
  else if (event.key === 'Home') Object.assign(next, { column: 0 }, control ? { row: 0 } : {});
  else if (event.key === 'End') Object.assign(next, { column: lastColumn }, control ? { row: lastRow } : {});
  else return null;
  return next;
}

/**
 * The rows of the timeline a window shows, and its one tab stop. Only the rows in view (and a
 * few either side) are drawn, as the page scrolls; the focused row always is, so the grid keeps
 * its tab stop and the arrow keys reach every row: the focus moves to a row's cell once the row
 * is drawn, and the browser scrolls it into view.
 */
export function useTimelineRows(options: Options) {
  const { rows, columnCount, placed } = options;
  const [focus, setFocus] = useState({ row: 0, column: 0 });
  const focusRow = Math.min(focus.row, Math.max(rows.length - 1, 0));
  const focusColumn = Math.min(focus.column, Math.max(columnCount - 1, 0));
  const layout = useMemo(() => layoutByRow(placed, columnCount), [placed, columnCount]);
  const layoutOf = (rowId: string): RowLayout => layout.get(rowId) ?? EMPTY_ROW;

  // The rows' box is measured from the top of the page after every render: the rows drawn follow the window's scroll.
  const body = useRef<HTMLDivElement | null>(null);
  const [bodyTop, setBodyTop] = useState(0);
  useLayoutEffect(() => {
    const top = body.current ? body.current.getBoundingClientRect().top + window.scrollY : 0;
    if (Math.abs(top - bodyTop) > 0.5) setBodyTop(top);
  });
  const virtualizer = useWindowVirtualizer<HTMLDivElement>({
    count: rows.length,
    estimateSize: () => ROW_HEIGHT_ESTIMATE,
    overscan: OVERSCAN,
    scrollMargin: bodyTop,
    getItemKey: (index) => rows[index]?.id ?? index,
    initialRect: { width: window.innerWidth, height: window.innerHeight },
    rangeExtractor: (range: Range) => [...new Set([...defaultRangeExtractor(range), focusRow])].filter((index) => index < range.count).sort((a, b) => a - b),
  });

  // After a key moved the focus, the cell takes it once its row is drawn.
  const grid = useRef<HTMLDivElement | null>(null);
  const focusPending = useRef(false);
  const focusRowId = rows[focusRow]?.id;
  useLayoutEffect(() => {
    if (!focusPending.current || focusRowId === undefined) return;
    focusPending.current = false;
    grid.current?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(`${focusRowId}|${String(focusColumn)}`)}"]`)?.focus();
  });

  // The cells share three handlers that read the latest state when called.
  const latest = useRef({ options, layoutOf, focusRow, focusColumn, pageRows: 1 });
  useLayoutEffect(() => {
    latest.current = { options, layoutOf, focusRow, focusColumn, pageRows: Math.max(1, Math.floor(window.innerHeight / ROW_HEIGHT_ESTIMATE) - 2) };
  });
  const cellHandlers = useMemo(() => ({
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const cell = cellOf(event.currentTarget);
      if (cell) setFocus((at) => (at.row === cell.rowIndex && at.column === cell.column ? at : { row: cell.rowIndex, column: cell.column }));
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      const cell = cellOf(event.currentTarget);
      if (!cell) return;
      const { options: current, layoutOf: rowLayout, pageRows } = latest.current;
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        const holder = rowLayout(cell.rowId).holders[cell.column] ?? null;
        if (holder) current.onOpen(holder);
        else current.onPick({ rowId: cell.rowId, first: cell.column, last: Math.min(cell.column + current.defaultSpan - 1, current.columnCount - 1) });
        return;
      }
      const next = nextCell(event, { row: cell.rowIndex, column: cell.column }, { rows: current.rows.length, columns: current.columnCount, page: pageRows });
      if (!next) return;
      event.preventDefault();
      focusPending.current = true;
      setFocus(next);
    },
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      const cell = cellOf(event.currentTarget);
      if (cell && !latest.current.layoutOf(cell.rowId).holders[cell.column]) latest.current.options.onFreeCellPointerDown(event, cell.rowId, cell.column);
    },
  }), []);

  // Callback refs, not ref objects: the component hands them to its elements and never reads them.
  const attachGrid = useCallback((element: HTMLDivElement | null) => { grid.current = element; }, []);
  const attachBody = useCallback((element: HTMLDivElement | null) => { body.current = element; }, []);
  return {
    attachGrid,
    attachBody,
    /** The rows to draw, each with its top inside the rows' box. */
    shown: virtualizer.getVirtualItems().flatMap((item) => {
      const row = rows[item.index];
      return row ? [{ row, index: item.index, top: item.start - bodyTop, layout: layoutOf(row.id) }] : [];
    }),
    totalHeight: virtualizer.getTotalSize(),
    measureRow: virtualizer.measureElement,
    focusRow,
    focusColumn,
    cellHandlers,
  };
}
