import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import type { PlacedBooking } from './useBookingTimeline';

/** Free cells of one row a host chose, first to last column. */
export interface TimelinePick {
  rowId: string;
  first: number;
  last: number;
}

interface Options {
  defaultSpan: number;
  columnCount: number;
  onPick: (pick: TimelinePick) => void;
  onOpen: (placed: PlacedBooking) => void;
  onMove: (placed: PlacedBooking, rowId: string, columnShift: number) => void;
}

type Gesture =
  | { kind: 'pick'; rowId: string; anchor: number; first: number; last: number; moved: boolean }
  | { kind: 'move'; placed: PlacedBooking; startColumn: number; rowId: string; columnShift: number; moved: boolean };

/** The cell under the pointer (beneath any block), from the `data-cell="rowId|column"` the grid puts on each. */
function cellAt(x: number, y: number): { rowId: string; column: number } | null {
  const cell = document.elementsFromPoint(x, y).find((element): element is HTMLElement => element instanceof HTMLElement && element.dataset.cell !== undefined);
  const [rowId, column] = cell?.dataset.cell?.split('|') ?? [];
  return rowId !== undefined && column !== undefined ? { rowId, column: Number(column) } : null;
}

/**
 * Clicking and dragging on the timeline: over free cells of a row it picks a time to book (a
 * click alone picks the default length); on a block it moves the booking to another time or
 * place, and a click without moving opens it. Nothing is written until the pointer is let go.
 */
export function useTimelinePointer(options: Options) {
  const [gesture, setGesture] = useState<Gesture | null>(null);
  const latest = useRef({ options, gesture });
  latest.current = { options, gesture };

  // Listens from the press to the release of each gesture; the ref holds its latest state.
  const active = gesture !== null;
  useEffect(() => {
    if (!active) return;
    const finish = () => {
      const { gesture: done, options: current } = latest.current;
      setGesture(null);
      if (!done) return;
      if (done.kind === 'pick') {
        const last = done.moved ? done.last : Math.min(done.anchor + current.defaultSpan - 1, current.columnCount - 1);
        current.onPick({ rowId: done.rowId, first: done.moved ? done.first : done.anchor, last });
      } else if (done.moved && (done.columnShift !== 0 || done.rowId !== done.placed.rowId)) current.onMove(done.placed, done.rowId, done.columnShift);
      else current.onOpen(done.placed);
    };
    const abandon = () => { setGesture(null); };
    window.addEventListener('pointerup', finish);
    window.addEventListener('pointercancel', abandon);
    return () => {
      window.removeEventListener('pointerup', finish);
      window.removeEventListener('pointercancel', abandon);
    };
  }, [active]);

  // The same two functions on every render, so rows that did not change are not drawn again.
  const startPick = useCallback((event: PointerEvent, rowId: string, column: number) => {
    if (event.button !== 0) return;
    setGesture({ kind: 'pick', rowId, anchor: column, first: column, last: column, moved: false });
  }, []);

  const startMove = useCallback((event: PointerEvent, placed: PlacedBooking) => {
    if (event.button !== 0) return;
    event.preventDefault();
    const start = cellAt(event.clientX, event.clientY);
    setGesture({ kind: 'move', placed, startColumn: start?.column ?? placed.first, rowId: placed.rowId, columnShift: 0, moved: false });
  }, []);

  const onGridPointerMove = (event: PointerEvent) => {
    const current = latest.current.gesture;
    if (!current) return;
    const cell = cellAt(event.clientX, event.clientY);
    if (!cell) return;
    if (current.kind === 'pick') {
      if (cell.rowId !== current.rowId) return;
      const first = Math.min(current.anchor, cell.column);
      const last = Math.max(current.anchor, cell.column);
      if (first !== current.first || last !== current.last) setGesture({ ...current, first, last, moved: current.moved || cell.column !== current.anchor });
      return;
    }
    const { placed } = current;
    const columnShift = Math.max(-placed.first, Math.min(cell.column - current.startColumn, options.columnCount - 1 - placed.last));
    if (columnShift !== current.columnShift || cell.rowId !== current.rowId) setGesture({ ...current, rowId: cell.rowId, columnShift, moved: true });
  };

  return {
    selection: gesture?.kind === 'pick' ? { rowId: gesture.rowId, first: gesture.first, last: gesture.last } : null,
    moving: gesture?.kind === 'move' && gesture.moved ? { placed: gesture.placed, rowId: gesture.rowId, columnShift: gesture.columnShift } : null,
    startPick,
    startMove,
    onGridPointerMove,
  };
}
