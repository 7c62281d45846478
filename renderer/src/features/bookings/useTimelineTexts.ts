import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GridColumn } from '@core/bookings/bookingGrid';
import { zonedTimeOf } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import type { BookingTimeline, PlacedBooking, TimelineRow, TimelineView } from './useBookingTimeline';

/**
 * What the timeline says, to the eye and to a screen reader, for a day of rooms or a week of
 * desks. Worked out once per window: a column's time is the same in every row, and a cell's
 * name is the row's, the column's and its holder's put together.
 */
export function useTimelineTexts(view: TimelineView, timeline: BookingTimeline) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { timeZone, columns, placed } = timeline;

  const columnTexts = useMemo(() => {
    const timeOf = (iso: string) => format.timeOfDay(iso);
    const whenOf = (column: GridColumn) => (view === 'rooms'
      ? t('bookings.cellTime', { from: timeOf(column.startsAt), to: timeOf(column.endsAt) })
      : t(`bookings.cellPart.${column.part ?? 'morning'}`, { day: format.localDate(column.date) }));
    const columnHeads = columns.map((column, index) => {
      if (view === 'rooms') {
        const onTheHour = zonedTimeOf(new Date(column.startsAt), timeZone).endsWith(':00');
        return { text: timeOf(column.startsAt), shown: onTheHour, startsGroup: onTheHour && index > 0 };
      }
      return { text: t(`bookings.partShort.${column.part ?? 'morning'}`), shown: true, startsGroup: column.part === 'morning' && index > 0 };
    });
    const groupHeads = view === 'desks'
      ? columns.filter((column) => column.part === 'morning').map((column) => ({ text: format.localDateShort(column.date), span: 2, closed: column.closed }))
      : undefined;
    return { when: new Map(columns.map((column) => [column, whenOf(column)])), columnHeads, groupHeads };
  }, [view, columns, timeZone, t, format]);

  const labels = useMemo(() => {
    const statusText = (item: PlacedBooking) => {
      if (item.booking.status === 'rejected') return t('bookings.status.refused');
      if (item.booking.status === 'released') return t('bookings.status.released');
      if (item.series) return t('bookings.status.weekly');
      return item.booking.publicEvent ? t('bookings.status.public') : null;
    };
    const blockLabels = new WeakMap<PlacedBooking, string>();
    const blockLabel = (item: PlacedBooking) => {
      let label = blockLabels.get(item);
      if (label === undefined) {
        label = [statusText(item), item.who, item.time].filter(Boolean).join(' · ');
        blockLabels.set(item, label);
      }
      return label;
    };
    const free = t('bookings.cellFree');
    const freeClosed = t('bookings.cellFreeClosed');
    const cellLabel = (row: TimelineRow, column: GridColumn, holder: PlacedBooking | null) => {
      const state = holder ? t('bookings.cellHeld', { what: blockLabel(holder) }) : column.closed ? freeClosed : free;
      return `${row.label}, ${columnTexts.when.get(column) ?? ''}: ${state}`;
    };
    return { cellLabel, blockLabel, statusText };
  }, [t, columnTexts]);

  const summary = useMemo(() => {
    const booked = placed.filter((item) => item.booking.status === 'confirmed').length;
    const refused = placed.filter((item) => item.booking.status === 'rejected').length;
    return [
      t(view === 'rooms' ? 'bookings.summaryRooms' : 'bookings.summaryDesks', { count: booked }),
      refused > 0 ? t('bookings.summaryRefused', { count: refused }) : null,
    ].filter(Boolean).join(' ');
  }, [view, placed, t]);

  return {
    gridLabel: t(view === 'rooms' ? 'bookings.gridRooms' : 'bookings.gridDesks'),
    summary, columnHeads: columnTexts.columnHeads, groupHeads: columnTexts.groupHeads, ...labels,
  };
}
