/**
 * Wall-clock times in the hub's time zone (`hubSettings.timeZone`), with Intl only: every
 * machine and the hub's process may run in any zone (a server in UTC, a laptop on holiday), and
 * "18:00" or "Tuesday" means 18:00 or Tuesday where the hub is, on either side of a
 * daylight-saving change. An unknown zone throws a RangeError.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallClockAt(instantMs: number, timeZone: string): WallClock {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((found) => found.type === type)?.value ?? NaN);
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute'), second: part('second') };
}

/** How far the zone's wall clock is ahead of UTC at that instant. */
function offsetMs(instantMs: number, timeZone: string): number {
  const wall = wallClockAt(instantMs, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/** A calendar day in the hub's zone, "YYYY-MM-DD": what "today" and "a Tuesday" mean. */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function partsOfDate(date: LocalDate): [number, number, number] {
  const match = LOCAL_DATE.exec(date);
  if (!match) throw new RangeError(`Not a calendar day: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function partsOfTime(time: string): [number, number] {
  const match = LOCAL_TIME.exec(time);
  if (!match) throw new RangeError(`Not a time of day: ${time}`);
  return [Number(match[1]), Number(match[2])];
}

/**
 * The instant the zone's clock shows `time` ("HH:mm") on `date`. Two rounds find the offset
 * valid at that time, not at midnight (they differ on a DST day). A time the clocks skip (02:30
 * on the night summer time begins) lands an hour later; a time they show twice, on the later.
 */
export function zonedInstant(date: LocalDate, time: string, timeZone: string): Date {
  // Each answer costs four Intl calls; weekly series ask for the same days and times again and again.
  const key = `${timeZone}|${date}|${time}`;
  const known = instants.get(key);
  if (known !== undefined) return new Date(known);
  const [year, month, day] = partsOfDate(date);
  const [hours, minutes] = partsOfTime(time);
  const wallAsUtc = Date.UTC(year, month - 1, day, hours, minutes);
  const first = wallAsUtc - offsetMs(wallAsUtc, timeZone);
  const instant = wallAsUtc - offsetMs(first, timeZone);
  if (instants.size >= MAX_KNOWN_INSTANTS) instants.clear();
  instants.set(key, instant);
  return new Date(instant);
}

/** Answers of zonedInstant, a pure function of its arguments; bounded, and simply emptied when full. */
const instants = new Map<string, number>();
const MAX_KNOWN_INSTANTS = 50_000;

/** The zone's calendar day at that instant. */
export function zonedDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallClockAt(instant.getTime(), timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The zone's wall-clock time at that instant, "HH:mm". */
export function zonedTimeOf(instant: Date, timeZone: string): string {
  const { hour, minute } = wallClockAt(instant.getTime(), timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The calendar day `days` after `date` (negative: before), whatever the zone. */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const [year, month, day] = partsOfDate(date);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** ISO weekday of a calendar day: 1 = Monday ... 7 = Sunday. */
export function isoWeekdayOf(date: LocalDate): number {
  const [year, month, day] = partsOfDate(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The instant the zone's clock shows `time` ("HH:mm") on the zone's calendar day of `now`. */
export function zonedTimeOnDayOf(now: Date, time: string, timeZone: string): Date {
  return zonedInstant(zonedDateOf(now, timeZone), time, timeZone);
}

/** Midnight at the start of the zone's calendar day of `now`. */
export function zonedStartOfDay(now: Date, timeZone: string): Date {
  return zonedTimeOnDayOf(now, '00:00', timeZone);
}

/** Midnight at the end of the zone's calendar day of `now` (the next day's start; 23 or 25 hours on DST days). */
export function zonedEndOfDay(now: Date, timeZone: string): Date {
  return zonedInstant(addLocalDays(zonedDateOf(now, timeZone), 1), '00:00', timeZone);
}
