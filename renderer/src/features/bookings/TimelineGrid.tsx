import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import type { GridColumn } from '@core/bookings/bookingGrid';
import type { PlacedBooking, TimelineRow } from './useBookingTimeline';
import { useTimelinePointer, type TimelinePick } from './useTimelinePointer';

export interface TimelineGridProps {
  label: string;
  /** `rooms` or `desks`: the width of a column. */
  className?: string;
  rows: readonly TimelineRow[];
  columns: readonly GridColumn[];
  placed: readonly PlacedBooking[];
  /** The header cells above the columns: a text for each, shown or (between hours) read only. */
  columnHeads: readonly { text: string; shown: boolean; startsGroup: boolean }[];
  /** Headers spanning several columns (the days of a week), or none. */
  groupHeads?: readonly { text: string; span: number; closed: boolean }[];
  /** What a cell is called for a screen reader: the place, the time, and what holds it. */
  cellLabel: (row: TimelineRow, column: GridColumn, holder: PlacedBooking | null) => string;
  blockLabel: (placed: PlacedBooking) => string;
  /** A word for a block that is not a plain booking ("Refused", "Released"), so that colour is never the only sign. */
  statusText: (placed: PlacedBooking) => string | null;
  /** How many columns a click or Enter on a free cell books. */
  defaultSpan: number;
  onPick: (pick: TimelinePick) => void;
  onOpen: (placed: PlacedBooking) => void;
  onMove: (placed: PlacedBooking, rowId: string, columnShift: number) => void;
}

const stateClass = { confirmed: 'is-confirmed', rejected: 'is-refused', released: 'is-released', cancelled: '' } as const;

/**
 * Places down the side, time across the top, bookings as blocks. One tab stop: the arrow keys
 * walk the cells, Enter books a free cell or opens the booking in it. With a pointer: click or
 * drag over free cells to book, drag a block to move it, click a block to open it.
 */
export function TimelineGrid(props: TimelineGridProps) {
  const { rows, columns, placed } = props;
  const [focus, setFocus] = useState({ row: 0, column: 0 });
  const cellRefs = useRef(new Map<string, HTMLDivElement>());
  const pointer = useTimelinePointer({ defaultSpan: props.defaultSpan, columnCount: columns.length, onPick: props.onPick, onOpen: props.onOpen, onMove: props.onMove });
  const holderAt = (rowId: string, column: number) => placed.find((item) => item.rowId === rowId && item.first <= column && item.last >= column && item.booking.status === 'confirmed')
    ?? placed.find((item) => item.rowId === rowId && item.first <= column && item.last >= column) ?? null;
  const template: CSSProperties = { gridTemplateColumns: `var(--timeline-head) repeat(${String(columns.length)}, minmax(var(--timeline-cell), 1fr))` };
  const focusRow = Math.min(focus.row, Math.max(rows.length - 1, 0));
  const focusColumn = Math.min(focus.column, Math.max(columns.length - 1, 0));

  const moveFocus = (event: KeyboardEvent, rowIndex: number, columnIndex: number) => {
    const next = { row: rowIndex, column: columnIndex };
    if (event.key === 'ArrowRight') next.column = Math.min(columnIndex + 1, columns.length - 1);
    else if (event.key === 'ArrowLeft') next.column = Math.max(columnIndex - 1, 0);
    else if (event.key === 'ArrowDown') next.row = Math.min(rowIndex + 1, rows.length - 1);
    else if (event.key === 'ArrowUp') next.row = Math.max(rowIndex - 1, 0);
    else if (event.key === 'Home') next.column = 0;
    else if (event.key === 'End') next.column = columns.length - 1;
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const row = rows[rowIndex];
      if (!row) return;
      const holder = holderAt(row.id, columnIndex);
      if (holder) props.onOpen(holder);
      else props.onPick({ rowId: row.id, first: columnIndex, last: Math.min(columnIndex + props.defaultSpan - 1, columns.length - 1) });
      return;
    } else return;
    event.preventDefault();
    setFocus(next);
    cellRefs.current.get(`${String(next.row)}:${String(next.column)}`)?.focus();
  };

  return (
    <div className="timeline-scroll">
      <div role="grid" aria-label={props.label} aria-rowcount={rows.length + 1} className={`timeline ${props.className ?? ''}`}
        // Never narrower than the columns' least width: the box around it scrolls sideways instead.
        style={{ minWidth: `calc(var(--timeline-head) + ${String(columns.length)} * var(--timeline-cell))` }}
        onPointerMove={pointer.onGridPointerMove}>
        {props.groupHeads && (
          <div className="timeline-row timeline-groups" style={template} aria-hidden="true">
            <span className="timeline-corner" />
            {props.groupHeads.map((group, index) => (
              <span key={index} className={`timeline-group ${group.closed ? 'is-closed' : ''}`} style={{ gridColumn: `span ${String(group.span)}` }}>{group.text}</span>
            ))}
          </div>
        )}
        <div role="row" className="timeline-row timeline-heads" style={template}>
          <span role="columnheader" className="timeline-corner"><span className="visually-hidden">{props.label}</span></span>
          {props.columnHeads.map((head, index) => (
            <span key={columns[index]?.key ?? index} role="columnheader" className={`timeline-head ${head.startsGroup ? 'starts-group' : ''}`}>
              {head.shown ? head.text : <span className="visually-hidden">{head.text}</span>}
            </span>
          ))}
        </div>
        {rows.map((row, rowIndex) => (
          <div key={row.id} role="row" className={`timeline-row ${row.warning ? 'has-warning' : ''}`} style={template} data-row={row.id}>
            <span role="rowheader" className="timeline-place">
              <span className="timeline-place-name">{row.label}</span>
              {row.detail && <span className="timeline-place-detail">{row.detail}</span>}
              {row.warning && <span className="timeline-place-warning">{row.warning}</span>}
            </span>
            {columns.map((column, columnIndex) => {
              const holder = holderAt(row.id, columnIndex);
              const isFocus = rowIndex === focusRow && columnIndex === focusColumn;
              const selected = pointer.selection?.rowId === row.id && columnIndex >= pointer.selection.first && columnIndex <= pointer.selection.last;
              return (
                <div
                  key={column.key}
                  ref={(element) => { const key = `${String(rowIndex)}:${String(columnIndex)}`; if (element) cellRefs.current.set(key, element); else cellRefs.current.delete(key); }}
                  role="gridcell"
                  tabIndex={isFocus ? 0 : -1}
                  aria-label={props.cellLabel(row, column, holder)}
                  aria-selected={selected}
                  data-cell={`${row.id}|${String(columnIndex)}`}
                  className={`timeline-cell ${column.closed ? 'is-closed' : ''} ${columnHeadStarts(props.columnHeads, columnIndex) ? 'starts-group' : ''} ${selected ? 'is-selected' : ''}`}
                  style={{ gridColumn: columnIndex + 2, gridRow: 1 }}
                  onFocus={() => { setFocus({ row: rowIndex, column: columnIndex }); }}
                  onKeyDown={(event) => { moveFocus(event, rowIndex, columnIndex); }}
                  onPointerDown={(event) => { if (!holder) pointer.startPick(event, row.id, columnIndex); }}
                />
              );
            })}
            {placed.filter((item) => item.rowId === row.id).map((item) => {
              const shift = pointer.moving?.placed.booking.id === item.booking.id ? pointer.moving : null;
              if (shift && shift.rowId !== row.id) return null;
              return <BookingBlock key={item.booking.id} item={item} label={props.blockLabel(item)} status={props.statusText(item)} shift={shift?.columnShift ?? 0} moving={shift !== null} onPointerDown={pointer.startMove} />;
            })}
            {pointer.moving && pointer.moving.rowId === row.id && pointer.moving.placed.rowId !== row.id && (
              <BookingBlock item={pointer.moving.placed} label={props.blockLabel(pointer.moving.placed)} status={props.statusText(pointer.moving.placed)} shift={pointer.moving.columnShift} moving onPointerDown={pointer.startMove} />
            )}
          </div>
        ))}
      </div>
    </div>
  );
}

const columnHeadStarts = (heads: TimelineGridProps['columnHeads'], index: number) => heads[index]?.startsGroup === true;

function BookingBlock({ item, label, status, shift, moving, onPointerDown }: {
  item: PlacedBooking;
  label: string;
  status: string | null;
  shift: number;
  moving: boolean;
  onPointerDown: (event: PointerEvent, placed: PlacedBooking) => void;
}) {
  return (
    <div
      aria-hidden="true"
      title={label}
      className={`timeline-block ${stateClass[item.booking.status]} ${item.series ? 'is-series' : ''} ${moving ? 'is-moving' : ''}`}
      style={{ gridColumn: `${String(item.first + 2 + shift)} / ${String(item.last + 3 + shift)}`, gridRow: 1 }}
      onPointerDown={(event) => { onPointerDown(event, item); }}
    >
      {status && <span className="timeline-block-status">{status}</span>}
      <span className="timeline-block-who">{item.who}</span>
      <span className="timeline-block-time">{item.time}</span>
    </div>
  );
}
