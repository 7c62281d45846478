import { addLocalDays, isoWeekdayOf, zonedDateOf, zonedInstant } from '@core/time/zonedTime';

/**
 * A working hour on the hub's clock for tests whose screens follow the hub's opening hours
 * (the door offers "book now" only while the hub is open): the hub process and the test's
 * browsers run shifted by the same amount, to 10:00 on the next Tuesday in Copenhagen, so the
 * test sees the same day and hour whenever CI starts it.
 */
const CPH = 'Europe/Copenhagen';

export function offsetToWorkingHours(realNow: Date = new Date()): number {
  let date = zonedDateOf(realNow, CPH);
  for (;;) {
    const target = zonedInstant(date, '10:00', CPH);
    if (isoWeekdayOf(date) === 2 && target.getTime() > realNow.getTime()) return target.getTime() - realNow.getTime();
    date = addLocalDays(date, 1);
  }
}

/** The shifted clock the hub and the browsers of a test read. */
export function shiftedNow(offsetMs: number): Date {
  return new Date(Date.now() + offsetMs);
}
