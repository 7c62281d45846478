import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { columnSpan, dayHours, hubInstant, deskWeekColumns, roomDayColumns, roomDayRange, weekStartOf, type GridColumn } from '@core/bookings/bookingGrid';
import { type BookingPolicy } from '@core/bookings/bookingPolicy';
import { deskInService } from '@core/bookings/placeUse';
import { bookingPolicyOf, type Booking, type BookingSeries, type Member } from '@core/schemas';
import { occurrencesAsBookings, releasedDatesAsBookings } from '../../data/occupancy';
import { addLocalDays, zonedDateOf, zonedTimeOf, type LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useHubSettings, useMembersByIds, useTimelineWindow, type TimelineWindow } from '../../data/liveQueries';
import { useMemberDirectory } from '../../data/memberDirectory/useMemberDirectory';
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
  const shownWindow = useTimelineWindow(view === 'desks' ? 'desk' : 'room', from, to);
  const memberNames = useMemberNames(shownWindow);
  const { now } = useDataContext();
  const today = zonedDateOf(now(), timeZone);

  return useMemo(() => {
    const kind = view === 'desks' ? 'desk' : 'room';
    const days = { from: firstDay, to: lastDay };
    const seriesOfKind = shownWindow?.series;
    const occurrences = seriesOfKind ? [...occurrencesAsBookings(seriesOfKind, days, timeZone), ...releasedDatesAsBookings(seriesOfKind, days, timeZone)] : [];
    const shown = [...(shownWindow?.bookings ?? []).filter((booking) => booking.resourceKind === kind && shownStatuses.has(booking.status)).map((booking) => ({ booking, series: null })), ...occurrences];
    const { names, complete } = memberNames;
    // A name still being read is left out for that moment, rather than called a former member.
    const whoOf = (booking: Pick<Booking, 'memberId' | 'title'>) => (booking.memberId && !complete && !names.has(booking.memberId)
      ? ''
      : bookingWho(t, booking, (memberId) => names.get(memberId)));
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
    // A week of desks holds well over a thousand bookings at a few times and for a few hundred
    // people: each span, time and name is worked out once, not once per booking.
    const rowIds = new Set(rows.map((row) => row.id));
    const spanOf = remembered((times: string) => {
      const [startsAt = '', endsAt = ''] = times.split('|');
      return columnSpan(columns, { startsAt, endsAt });
    });
    const timeText = remembered((iso: string) => timeOfDay(iso));
    const who = remembered((memberId: string) => whoOf({ memberId, title: '' }));
    const placed = shown.flatMap(({ booking, series }) => {
      const span = rowIds.has(booking.resourceId) ? spanOf(`${booking.startsAt}|${booking.endsAt}`) : null;
      if (!span) return [];
      return [{ booking, series, rowId: booking.resourceId, ...span, who: booking.memberId ? who(booking.memberId) : whoOf(booking), time: `${timeText(booking.startsAt)}–${timeText(booking.endsAt)}` }];
    });
    return { loading: shownWindow === undefined || spaces.loading, rows, columns, placed, policy, timeZone, today, firstDay, whoOf };
  }, [view, shownWindow, memberNames, spaces, date, firstDay, lastDay, from, to, policy, timeZone, today, t, timeOfDay]);
}

/**
 * The names of the members a window's bookings and series are for. Once the machine's kept-alive
 * member directory (data/memberDirectory, also behind the booking form's member picker) has read
 * everyone, names come from it at once and follow every change; until then they are read live,
 * and the names already read for earlier windows stand in while another window's are read (a
 * host stepping through weeks meets the same people). `complete` once this window's names are in.
 */
function useMemberNames(shown: TimelineWindow | undefined): { names: ReadonlyMap<string, string>; complete: boolean } {
  const { language, compareText } = useFormatting();
  const directory = useMemberDirectory(false, { language, compareNames: compareText }, { firstPage: false });
  const ready = directory.phase === 'ready';
  const ids = useMemo(() => [...(shown?.bookings ?? []), ...(shown?.series.series ?? [])].flatMap((row) => (row.memberId ? [row.memberId] : [])), [shown]);
  const members = useMembersByIds(ready ? NO_IDS : ids);
  const known = useRef<{ from: Member[] | undefined; names: ReadonlyMap<string, string> }>({ from: undefined, names: new Map() });
  if (!ready && members && members !== known.current.from) {
    const changed = members.filter((member) => known.current.names.get(member.id) !== member.name);
    known.current = { from: members, names: changed.length > 0 ? new Map([...known.current.names, ...changed.map((member) => [member.id, member.name] as const)]) : known.current.names };
  }
  const { member, version } = directory;
  const fromDirectory = useMemo(() => {
    if (!ready) return null;
    const names = new Map<string, string>();
    for (const id of ids) {
      const found = member(id);
      if (found) names.set(id, found.name);
    }
    return names;
    // `version` goes up with every change to a member: a renamed member is drawn by the new name.
  }, [ready, ids, member, version]);
  const names = fromDirectory ?? known.current.names;
  const complete = shown !== undefined && (ready || members !== undefined);
  return useMemo(() => ({ names, complete }), [names, complete]);
}

const NO_IDS: readonly string[] = [];

/** `work`, asked each input once. */
function remembered<T>(work: (input: string) => T): (input: string) => T {
  const known = new Map<string, T>();
  return (input) => {
    if (known.has(input)) return known.get(input) as T;
    const value = work(input);
    known.set(input, value);
    return value;
  };
}
