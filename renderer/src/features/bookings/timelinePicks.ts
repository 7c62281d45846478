import { SLOT_MINUTES, type GridColumn } from '@core/bookings/bookingGrid';
import { zonedDateOf, zonedTimeOf, type LocalDate } from '@core/time/zonedTime';
import { newBookingDraft, type BookingDraft } from './bookingDraft';
import type { PlacedBooking, TimelineView } from './useBookingTimeline';
import type { TimelinePick } from './useTimelinePointer';

/** A wall-clock end on the hub's clock: the next day's midnight is the end of this day. */
function endTimeOf(column: GridColumn, timeZone: string): string {
  return zonedDateOf(new Date(column.endsAt), timeZone) !== column.date ? '24:00' : zonedTimeOf(new Date(column.endsAt), timeZone);
}

/**
 * The form a host's pick opens with. A room gets the quarter hours picked; a desk the half day
 * picked, or the whole day when both halves of one day were picked. A desk pick over several
 * days books the first of them (a weekly booking is a series).
 */
export function draftOfPick(view: TimelineView, grid: { columns: readonly GridColumn[]; timeZone: string }, pick: TimelinePick, fallbackDate: LocalDate): BookingDraft {
  const first = grid.columns[pick.first];
  const last = grid.columns[pick.last];
  if (!first || !last) return newBookingDraft(view === 'rooms' ? 'room' : 'desk', pick.rowId, fallbackDate, '09:00', '10:00', 'day');
  if (view === 'rooms') return newBookingDraft('room', pick.rowId, first.date, zonedTimeOf(new Date(first.startsAt), grid.timeZone), endTimeOf(last, grid.timeZone), 'day');
  const bothHalves = first.part === 'morning' && (last.date !== first.date || last.part === 'afternoon');
  return newBookingDraft('desk', pick.rowId, first.date, '09:00', '10:00', bothHalves ? 'day' : first.part ?? 'day');
}

/**
 * Where a dragged block lands: a room booking moves by quarter hours and keeps its length; a
 * desk booking by half days, a whole day only by whole days. Null when it would leave the grid.
 */
export function moveTarget(view: TimelineView, columns: readonly GridColumn[], placed: PlacedBooking, rowId: string, columnShift: number): { resourceId: string; startsAt: string; endsAt: string } | null {
  if (view === 'rooms') {
    const shiftMs = columnShift * SLOT_MINUTES * 60_000;
    return {
      resourceId: rowId,
      startsAt: new Date(Date.parse(placed.booking.startsAt) + shiftMs).toISOString(),
      endsAt: new Date(Date.parse(placed.booking.endsAt) + shiftMs).toISOString(),
    };
  }
  let shift = columnShift;
  const wholeDay = placed.last - placed.first === 1 && columns[placed.first]?.part === 'morning';
  if (wholeDay && shift % 2 !== 0) {
    // Half a day further is the next day, unless that leaves the week: then the day before it.
    const further = shift + Math.sign(shift);
    shift = columns[placed.first + further] && columns[placed.last + further] ? further : shift - Math.sign(shift);
  }
  const first = columns[placed.first + shift];
  const last = columns[placed.last + shift];
  if (!first || !last) return null;
  return { resourceId: rowId, startsAt: first.startsAt, endsAt: last.endsAt };
}
