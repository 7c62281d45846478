import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { columnSpan, dayHours, hubInstant, deskWeekColumns, roomDayColumns, roomDayRange, weekStartOf, type GridColumn } from '@core/bookings/bookingGrid';
import { type BookingPolicy } from '@core/bookings/bookingPolicy';
import { deskInService } from '@core/bookings/placeUse';
import { bookingPolicyOf, type Booking, type BookingSeries } from '@core/schemas';
import { occurrencesAsBookings, releasedDatesAsBookings } from '../../data/occupancy';
import { addLocalDays, zonedDateOf, zonedTimeOf, type LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useBookingsBetween, useHubSettings, useMembersByIds, useSeriesOfKind } from '../../data/liveQueries';
import { useSpaces } from '../spaces/useSpaces';
import { bookingWho } from './breachText';

export type TimelineView = 'rooms' | 'desks';

export interface TimelineRow {
  id: string;
  label: string;
  /** Where it is, who it is fixed to: the second line of the row's head. */
  detail: string | null;
  /** Why nobody should book it now (a desk out of service); it can still be booked by a host. */
  warning: string | null;
}

/** A booking drawn on the grid: its row, the columns it covers, and what the block says. */
export interface PlacedBooking {
  /** A single booking, or one date of a series drawn as a booking (its id `<series>@<date>`). */
  booking: Booking;
  /** The series the date belongs to; null for a single booking. */
  series: BookingSeries | null;
  rowId: string;
  first: number;
  last: number;
  who: string;
  time: string;
}

export interface BookingTimeline {
  loading: boolean;
  rows: TimelineRow[];
  columns: GridColumn[];
  placed: PlacedBooking[];
  policy: BookingPolicy;
  timeZone: string;
  today: LocalDate;
  /** The first day the grid shows (the Monday of a desk week). */
  firstDay: LocalDate;
  /** Who a booking is for, as its block names it. */
  whoOf: (booking: Booking) => string;
}

/** The statuses a timeline draws: a cancelled booking has left; a refused or released one still tells something. */
const shownStatuses = new Set<Booking['status']>(['confirmed', 'rejected', 'released']);

/** A day of meeting rooms or a week of desks, with its bookings placed, on the hub's clock. */
export function useBookingTimeline(view: TimelineView, date: LocalDate): BookingTimeline {
  const { t } = useTranslation();
  const { timeOfDay } = useFormatting();
  const settings = useHubSettings();
  const { timeZone } = settings;
  const policy = bookingPolicyOf(settings);
  const spaces = useSpaces();
  const firstDay = view === 'desks' ? weekStartOf(date) : date;
  const lastDay = addLocalDays(firstDay, view === 'desks' ? 7 : 1);
  const from = hubInstant(firstDay, '00:00', timeZone).toISOString();
  const to = hubInstant(lastDay, '00:00', timeZone).toISOString();
  const bookings = useBookingsBetween(from, to);
  const seriesOfKind = useSeriesOfKind(view === 'desks' ? 'desk' : 'room');
  const memberIds = useMemo(() => [...(bookings ?? []), ...(seriesOfKind?.series ?? [])].flatMap((row) => (row.memberId ? [row.memberId] : [])), [bookings, seriesOfKind]);
  const members = useMembersByIds(memberIds);
  const { now } = useDataContext();
  const today = zonedDateOf(now(), timeZone);

  return useMemo(() => {
    const kind = view === 'desks' ? 'desk' : 'room';
    const days = { from: firstDay, to: lastDay };
    const occurrences = seriesOfKind ? [...occurrencesAsBookings(seriesOfKind, days, timeZone), ...releasedDatesAsBookings(seriesOfKind, days, timeZone)] : [];
    const shown = [...(bookings ?? []).filter((booking) => booking.resourceKind === kind && shownStatuses.has(booking.status)).map((booking) => ({ booking, series: null })), ...occurrences];
    const names = new Map((members ?? []).map((member) => [member.id, member.name]));
    const whoOf = (booking: Booking) => bookingWho(t, booking, (memberId) => names.get(memberId));
    const booked = new Set(shown.map(({ booking }) => booking.resourceId));
    const rows: TimelineRow[] = view === 'rooms'
      ? spaces.rooms.filter((room) => room.active || booked.has(room.id)).map((room) => ({
        id: room.id, label: room.name, detail: t('bookings.seats', { count: room.capacity }), warning: room.active ? null : t('bookings.deactivated'),
      }))
      : spaces.desks.filter((desk) => desk.active || booked.has(desk.id)).map((desk) => ({
        id: desk.id, label: desk.code,
        detail: desk.fixedMemberId ? t('bookings.fixedTo', { name: spaces.memberName(desk.fixedMemberId) ?? '' }) : spaces.whereIs(desk.zoneId),
        warning: !desk.active ? t('bookings.deactivated') : deskInService(desk) ? null : t('bookings.outOfService', { reason: desk.outOfService ?? '' }),
      }));
    const hours = dayHours(date, policy);
    const columns = view === 'desks'
      ? deskWeekColumns(firstDay, policy, timeZone)
      : roomDayColumns(date, roomDayRange(hours, shown.map(({ booking }) => ({
        from: booking.startsAt < from ? '00:00' : zonedTimeOf(new Date(booking.startsAt), timeZone),
        to: booking.endsAt > to ? '24:00' : zonedTimeOf(new Date(booking.endsAt), timeZone),
      }))), hours, timeZone);
    const placed = shown.flatMap(({ booking, series }) => {
      const span = columnSpan(columns, booking);
      if (!span || !rows.some((row) => row.id === booking.resourceId)) return [];
      return [{ booking, series, rowId: booking.resourceId, ...span, who: whoOf(booking), time: `${timeOfDay(booking.startsAt)}–${timeOfDay(booking.endsAt)}` }];
    });
    return { loading: bookings === undefined || seriesOfKind === undefined || spaces.loading, rows, columns, placed, policy, timeZone, today, firstDay, whoOf };
  }, [view, bookings, seriesOfKind, members, spaces, date, firstDay, from, to, policy, timeZone, today, t, timeOfDay]);
}

