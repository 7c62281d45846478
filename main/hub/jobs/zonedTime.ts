/**
 * Wall-clock times in the hub's time zone (`hubSettings.timeZone`), with Intl only: the hub's
 * process may run in any zone (a server in UTC), and "18:00" means 18:00 where the hub is,
 * on either side of a daylight-saving change. An unknown zone throws a RangeError.
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

/**
 * The instant the zone's clock shows `time` ("HH:mm") on the zone's calendar day of `now`.
 * Two rounds find the offset valid at that time, not at `now` (they differ on a DST day).
 */
export function zonedTimeOnDayOf(now: Date, time: string, timeZone: string): Date {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  const today = wallClockAt(now.getTime(), timeZone);
  const wallAsUtc = Date.UTC(today.year, today.month - 1, today.day, hours, minutes);
  const first = wallAsUtc - offsetMs(wallAsUtc, timeZone);
  return new Date(wallAsUtc - offsetMs(first, timeZone));
}

/** Midnight at the start of the zone's calendar day of `now`. */
export function zonedStartOfDay(now: Date, timeZone: string): Date {
  return zonedTimeOnDayOf(now, '00:00', timeZone);
}
