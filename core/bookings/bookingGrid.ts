import { addLocalDays, isoWeekdayOf, zonedDateOf, zonedInstant, type LocalDate } from '../time/zonedTime';
import { openingHoursOn, type BookingPolicy } from './bookingPolicy';

/**
 * The columns of the host's booking timeline, on the hub's clock: a day of meeting rooms in
 * quarter hours, a week of desks in half days. Every machine draws the same grid for the same
 * hub whatever its own time zone, and a booking made on one lands in the same cells on another.
 */

export const SLOT_MINUTES = 15;
/** A desk's morning ends and its afternoon begins at noon, unless the hub's hours leave no room for both. */
const MIDDAY = '12:00';
/** The hours a closed day shows, so that a host can still book an evening course or a Saturday. */
const CLOSED_DAY_HOURS = { opens: '08:00', closes: '18:00' } as const;

export type DeskPart = 'day' | 'morning' | 'afternoon';

export interface GridColumn {
  key: string;
  date: LocalDate;
  startsAt: string;
  endsAt: string;
  /** The hub is closed then (not open that weekday, a closed date, outside its hours). */
  closed: boolean;
  /** Half days only. */
  part?: Exclude<DeskPart, 'day'>;
}

export interface DayHours {
  opens: string;
  closes: string;
  open: boolean;
}

/** The day's opening hours, or a working day's worth on a day the hub is closed. */
export function dayHours(date: LocalDate, policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>): DayHours {
  const hours = openingHoursOn(date, policy);
  return hours ? { ...hours, open: true } : { ...CLOSED_DAY_HOURS, open: false };
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const timeOf = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * The whole hours a room's day shows: its opening hours, widened to take in every booking on
 * that day (a host's evening event), at most the full day.
 */
export function roomDayRange(hours: DayHours, bookingTimes: readonly { from: string; to: string }[]): { from: string; to: string } {
  let from = Math.floor(minutesOf(hours.opens) / 60) * 60;
  let to = Math.ceil(minutesOf(hours.closes) / 60) * 60;
  for (const booking of bookingTimes) {
    from = Math.min(from, Math.floor(minutesOf(booking.from) / 60) * 60);
    // A booking running to midnight or past it ends the grid at midnight.
    to = Math.max(to, booking.to <= booking.from ? 24 * 60 : Math.ceil(minutesOf(booking.to) / 60) * 60);
  }
  return { from: timeOf(from), to: to >= 24 * 60 ? '24:00' : timeOf(to) };
}

/** The instant of a time on the hub's clock, where "24:00" is the end of the day. */
export function hubInstant(date: LocalDate, time: string, timeZone: string): Date {
  return time === '24:00' ? zonedInstant(addLocalDays(date, 1), '00:00', timeZone) : zonedInstant(date, time, timeZone);
}

/** The quarter hours of a room's day from `range.from` to `range.to` on the hub's clock. */
export function roomDayColumns(date: LocalDate, range: { from: string; to: string }, hours: DayHours, timeZone: string): GridColumn[] {
  const columns: GridColumn[] = [];
  const end = minutesOf(range.to === '24:00' ? '23:59' : range.to) + (range.to === '24:00' ? 1 : 0);
  const opens = minutesOf(hours.opens);
  const closes = minutesOf(hours.closes);
  for (let minutes = minutesOf(range.from); minutes < end; minutes += SLOT_MINUTES) {
    const next = minutes + SLOT_MINUTES;
    const startsAt = zonedInstant(date, timeOf(minutes), timeZone);
    const endsAt = next >= 24 * 60 ? hubInstant(date, '24:00', timeZone) : zonedInstant(date, timeOf(next), timeZone);
    // On the night summer time begins, the skipped quarter hours land on the same instant: show each once.
    if (endsAt.getTime() <= startsAt.getTime() || columns.some((column) => column.startsAt === startsAt.toISOString())) continue;
    columns.push({
      key: `${date}T${timeOf(minutes)}`, date, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(),
      closed: !hours.open || minutes < opens || next > closes,
    });
  }
  return columns;
}

/** Where a desk's morning ends and its afternoon begins on a day with these hours. */
function middayOf(hours: DayHours): string {
  const opens = minutesOf(hours.opens);
  const closes = minutesOf(hours.closes);
  const noon = minutesOf(MIDDAY);
  if (noon > opens && noon < closes) return MIDDAY;
  return timeOf(opens + Math.floor((closes - opens) / 2 / SLOT_MINUTES) * SLOT_MINUTES);
}

/** A desk booking for the whole day, the morning or the afternoon, on the hub's clock. */
export function deskPartSpan(date: LocalDate, part: DeskPart, hours: DayHours, timeZone: string): { startsAt: string; endsAt: string } {
  const from = part === 'afternoon' ? middayOf(hours) : hours.opens;
  const to = part === 'morning' ? middayOf(hours) : hours.closes;
  return { startsAt: zonedInstant(date, from, timeZone).toISOString(), endsAt: zonedInstant(date, to, timeZone).toISOString() };
}

/** Two half days for each day of the week, Monday first. */
export function deskWeekColumns(weekStart: LocalDate, policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>, timeZone: string): GridColumn[] {
  return Array.from({ length: 7 }, (_, offset) => addLocalDays(weekStart, offset)).flatMap((date) => {
    const hours = dayHours(date, policy);
    return (['morning', 'afternoon'] as const).map((part) => ({
      key: `${date}-${part}`, date, part, closed: !hours.open, ...deskPartSpan(date, part, hours, timeZone),
    }));
  });
}

/** The Monday of the week that holds `date`. */
export function weekStartOf(date: LocalDate): LocalDate {
  return addLocalDays(date, 1 - isoWeekdayOf(date));
}

/** The first and last column a booking covers, or null when it falls outside the grid. */
export function columnSpan(columns: readonly Pick<GridColumn, 'startsAt' | 'endsAt'>[], booking: { startsAt: string; endsAt: string }): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  const starts = Date.parse(booking.startsAt);
  const ends = Date.parse(booking.endsAt);
  for (const [index, column] of columns.entries()) {
    if (Date.parse(column.startsAt) < ends && starts < Date.parse(column.endsAt)) {
      if (first < 0) first = index;
      last = index;
    }
  }
  return first < 0 ? null : { first, last };
}

/** Which part of its day a desk booking takes, as a host would name it. */
export function deskPartOf(booking: { startsAt: string; endsAt: string }, hours: DayHours, timeZone: string): DeskPart | null {
  const date = zonedDateOf(new Date(booking.startsAt), timeZone);
  for (const part of ['day', 'morning', 'afternoon'] as const) {
    const span = deskPartSpan(date, part, hours, timeZone);
    if (span.startsAt === booking.startsAt && span.endsAt === booking.endsAt) return part;
  }
  return null;
}
