import { openingHoursOn, type BookingPolicy } from '../bookings/bookingPolicy';
import { zonedInstant, type LocalDate } from '../time/zonedTime';

/** A stretch of time in epoch milliseconds, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** When the hub is open on a calendar day, on its own clock; null on a day it is closed. */
export function openSpanOf(date: LocalDate, policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>, timeZone: string): Span | null {
  const hours = openingHoursOn(date, policy);
  if (!hours) return null;
  return { start: zonedInstant(date, hours.opens, timeZone).getTime(), end: zonedInstant(date, hours.closes, timeZone).getTime() };
}

export function overlapMs(a: Span, b: Span | null): number {
  return b ? Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start)) : 0;
}

/** How much time the spans cover together: two bookings of one place that overlap count once. */
export function mergedLength(spans: readonly Span[]): number {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const span of sorted) {
    const from = Math.max(span.start, reach);
    if (span.end > from) total += span.end - from;
    reach = Math.max(reach, span.end);
  }
  return total;
}
