/**
 * Day arithmetic for demo data in the hub's local time. Days are counted from 1970-01-01
 * local, so a working day is one integer and a time of day is minutes after midnight.
 *
 * Local time is Copenhagen at a fixed +01:00 (winter time). In summer every demo time lands
 * an hour later on the wall clock; a demo does not need to know about daylight saving, and a
 * fixed offset keeps core/ free of time-zone data.
 */

export const LOCAL_OFFSET_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The local day a moment falls on. */
export function localDayOf(ms: number): number {
  return Math.floor((ms + LOCAL_OFFSET_MS) / DAY_MS);
}

/** 0 = Sunday ... 6 = Saturday; day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWorkingDay(day: number): boolean {
  const weekday = weekdayOf(day);
  return weekday >= 1 && weekday <= 5;
}

/** The moment of a local day and time, as epoch milliseconds. */
export function msAt(day: number, minuteOfDay: number): number {
  return day * DAY_MS + minuteOfDay * MINUTE_MS - LOCAL_OFFSET_MS;
}

export function isoAt(day: number, minuteOfDay: number): string {
  return isoOfMs(msAt(day, minuteOfDay));
}

/**
 * Date.toISOString for epoch milliseconds, with the date part cached: a large demo formats
 * a few hundred thousand stamps on a few dozen days, and building a Date for each one
 * dominated the run time.
 */
export function isoOfMs(ms: number): string {
  const utcDay = Math.floor(ms / DAY_MS);
  const rest = ms - utcDay * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  const minutes = Math.floor((rest % 3_600_000) / MINUTE_MS);
  const seconds = Math.floor((rest % MINUTE_MS) / 1000);
  const millis = rest % 1000;
  return `${utcDateOf(utcDay)}T${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${String(millis).padStart(3, '0')}Z`;
}

/** "YYYY-MM-DD" of a local day. */
export function isoDateOf(day: number): string {
  return utcDateOf(day);
}

const dateCache = new Map<number, string>();
const DATE_CACHE_LIMIT = 100_000;

function utcDateOf(utcDay: number): string {
  let date = dateCache.get(utcDay);
  if (date === undefined) {
    date = new Date(utcDay * DAY_MS).toISOString().slice(0, 10);
    if (dateCache.size >= DATE_CACHE_LIMIT) dateCache.clear();
    dateCache.set(utcDay, date);
  }
  return date;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Local day of a "YYYY-MM-DD" date. */
export function dayOfIsoDate(date: string): number {
  return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}
