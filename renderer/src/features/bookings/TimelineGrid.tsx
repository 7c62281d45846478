import { memo, useMemo, type CSSProperties, type FocusEvent, type KeyboardEvent, type PointerEvent } from 'react';
import type { GridColumn } from '@core/bookings/bookingGrid';
import type { RowLayout } from './timelineLayout';
import type { PlacedBooking, TimelineRow } from './useBookingTimeline';
import { useTimelinePointer, type TimelinePick } from './useTimelinePointer';
import { useTimelineRows } from './useTimelineRows';

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
const NO_COLUMN = -1;

/**
 * Places down the side, time across the top, bookings as blocks. One tab stop: the arrow keys
 * walk the cells, Enter books a free cell or opens the booking in it. With a pointer: click or
 * drag over free cells to book, drag a block to move it, click a block to open it. Only the rows
 * in view are drawn (useTimelineRows); aria-rowcount and aria-rowindex tell a screen reader
 * where each drawn row stands among them all.
 */
export function TimelineGrid(props: TimelineGridProps) {
  const { rows, columns, placed } = props;
  const pointer = useTimelinePointer({ defaultSpan: props.defaultSpan, columnCount: columns.length, onPick: props.onPick, onOpen: props.onOpen, onMove: props.onMove });
  const { attachGrid, attachBody, shown, totalHeight, focusRow, focusColumn, cellHandlers, measureRow } = useTimelineRows({
    rows, columnCount: columns.length, placed, defaultSpan: props.defaultSpan, onPick: props.onPick, onOpen: props.onOpen, onFreeCellPointerDown: pointer.startPick,
  });
  const template = useMemo<CSSProperties>(() => ({ gridTemplateColumns: `var(--timeline-head) repeat(${String(columns.length)}, minmax(var(--timeline-cell), 1fr))` }), [columns.length]);
  const { columnHeads } = props;
  const startsGroup = useMemo(() => columns.map((_, index) => columnHeads[index]?.startsGroup === true), [columns, columnHeads]);
  const { selection, moving } = pointer;

  return (
    <div className="timeline-scroll">
      <div role="grid" ref={attachGrid} aria-label={props.label} aria-rowcount={rows.length + 1} className={`timeline ${props.className ?? ''}`}
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
        <div role="row" aria-rowindex={1} className="timeline-row timeline-heads" style={template}>
          <span role="columnheader" className="timeline-corner"><span className="visually-hidden">{props.label}</span></span>
          {columnHeads.map((head, index) => (
            <span key={index} role="columnheader" className={`timeline-head ${head.startsGroup ? 'starts-group' : ''}`}>
              {head.shown ? head.text : <span className="visually-hidden">{head.text}</span>}
            </span>
          ))}
        </div>
        <div role="rowgroup" ref={attachBody} className="timeline-body" style={{ height: totalHeight }}>
          {shown.map(({ row, index, top, layout }) => {
            const selected = selection?.rowId === row.id ? selection : null;
            const movingHere = moving && (moving.placed.rowId === row.id || moving.rowId === row.id) ? moving : null;
            return (
              <TimelineGridRow
                key={row.id}
                row={row}
                index={index}
                top={top}
                isLast={index === rows.length - 1}
                template={template}
                columns={columns}
                startsGroup={startsGroup}
                layout={layout}
                focusColumn={index === focusRow ? focusColumn : NO_COLUMN}
                selectedFirst={selected?.first ?? NO_COLUMN}
                selectedLast={selected?.last ?? NO_COLUMN}
                moving={movingHere}
                cellLabel={props.cellLabel}
                blockLabel={props.blockLabel}
                statusText={props.statusText}
                cellHandlers={cellHandlers}
                onBlockPointerDown={pointer.startMove}
                measureRow={measureRow}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  row: TimelineRow;
  index: number;
  top: number;
  isLast: boolean;
  template: CSSProperties;
  columns: readonly GridColumn[];
  startsGroup: readonly boolean[];
  layout: RowLayout;
  /** The column of the grid's tab stop when it is in this row, else -1. */
  focusColumn: number;
  selectedFirst: number;
  selectedLast: number;
  /** A block being dragged from or into this row, else null. */
  moving: { placed: PlacedBooking; rowId: string; columnShift: number } | null;
  cellLabel: TimelineGridProps['cellLabel'];
  blockLabel: TimelineGridProps['blockLabel'];
  statusText: TimelineGridProps['statusText'];
  cellHandlers: {
    onFocus: (event: FocusEvent<HTMLElement>) => void;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
    onPointerDown: (event: PointerEvent<HTMLElement>) => void;
  };
  onBlockPointerDown: (event: PointerEvent, placed: PlacedBooking) => void;
  measureRow: (element: HTMLDivElement | null) => void;
}

/** One place's row: drawn again only when what it shows changed (its bookings, the focus or a pick in it). */
const TimelineGridRow = memo(function TimelineGridRow({ row, index, top, isLast, template, columns, startsGroup, layout, focusColumn, selectedFirst, selectedLast, moving, cellLabel, blockLabel, statusText, cellHandlers, onBlockPointerDown, measureRow }: RowProps) {
  const ownMoving = moving?.placed.rowId === row.id ? moving : null;
  return (
    <div ref={measureRow} role="row" aria-rowindex={index + 2} data-index={index} data-row={row.id}
      className={`timeline-row ${row.warning ? 'has-warning' : ''} ${isLast ? 'is-last' : ''}`} style={{ ...template, top }}>
      <span role="rowheader" className="timeline-place">
        <span className="timeline-place-name">{row.label}</span>
        {row.detail && <span className="timeline-place-detail">{row.detail}</span>}
        {row.warning && <span className="timeline-place-warning">{row.warning}</span>}
      </span>
      {columns.map((column, columnIndex) => {
        const selected = columnIndex >= selectedFirst && columnIndex <= selectedLast;
        return (
          <div
            // Keyed by place in the row: another week or day updates the same cells.
            key={columnIndex}
            role="gridcell"
            tabIndex={columnIndex === focusColumn ? 0 : -1}
            aria-label={cellLabel(row, column, layout.holders[columnIndex] ?? null)}
            aria-selected={selected}
            data-cell={`${row.id}|${String(columnIndex)}`}
            data-row-index={index}
            className={`timeline-cell ${column.closed ? 'is-closed' : ''} ${startsGroup[columnIndex] ? 'starts-group' : ''} ${selected ? 'is-selected' : ''}`}
            style={{ gridColumn: columnIndex + 2, gridRow: 1 }}
            onFocus={cellHandlers.onFocus}
            onKeyDown={cellHandlers.onKeyDown}
            onPointerDown={cellHandlers.onPointerDown}
          />
        );
      })}
      {layout.blocks.map((item) => {
        const shift = ownMoving?.placed.booking.id === item.booking.id ? ownMoving : null;
        if (shift && shift.rowId !== row.id) return null;
        return <BookingBlock key={item.booking.id} item={item} label={blockLabel(item)} status={statusText(item)} shift={shift?.columnShift ?? 0} moving={shift !== null} onPointerDown={onBlockPointerDown} />;
      })}
      {moving && moving.rowId === row.id && moving.placed.rowId !== row.id && (
        <BookingBlock item={moving.placed} label={blockLabel(moving.placed)} status={statusText(moving.placed)} shift={moving.columnShift} moving onPointerDown={onBlockPointerDown} />
      )}
    </div>
  );
});

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
