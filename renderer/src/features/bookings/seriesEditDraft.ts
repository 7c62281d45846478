import { dayHours, deskPartOf } from '@core/bookings/bookingGrid';
import type { BookingPolicy } from '@core/bookings/bookingPolicy';
import { seriesDates } from '@core/bookings/bookingSeries';
import type { BookingSeries } from '@core/schemas';
import { addLocalDays, zonedInstant, type LocalDate } from '@core/time/zonedTime';
import { newBookingDraft, type BookingDraft } from './bookingDraft';
import type { SeriesDraft } from './seriesDraft';

type Calendar = { policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>; timeZone: string };
export type SeriesEditError = 'fromPast' | 'fromAfterEnd';

/**
 * The forms of a series being changed from `from` on: its place, who and times as a booking on
 * that day, and its rule. A series that ends after a number of times keeps the number of dates
 * it had left, so an unchanged rule books just what it did.
 */
export function editDraftsOf(series: BookingSeries, from: LocalDate, calendar: Calendar): { booking: BookingDraft; rule: SeriesDraft } {
  const startsAt = zonedInstant(from, series.startTime, calendar.timeZone).toISOString();
  const endsAt = zonedInstant(from, series.endTime, calendar.timeZone).toISOString();
  const part = deskPartOf({ startsAt, endsAt }, dayHours(from, calendar.policy), calendar.timeZone) ?? 'day';
  const booking: BookingDraft = {
    ...newBookingDraft(series.resourceKind, series.resourceId, from, series.startTime, series.endTime, part),
    who: series.memberId === null ? 'group' : 'member', memberId: series.memberId, title: series.title,
  };
  const left = seriesDates(series).filter((date) => date >= from).length;
  const rule: SeriesDraft = {
    repeat: true, weekdays: [...series.weekdays], endsBy: series.count === null ? 'date' : 'count',
    until: series.until ?? addLocalDays(from, 7 * 7), count: String(Math.max(1, left)),
  };
  return { booking, rule };
}

/** The first day a change may take effect: the chosen occurrence, or today where that has passed. */
export function firstChangeDay(occurrence: LocalDate, today: LocalDate): LocalDate {
  return occurrence < today ? today : occurrence;
}

/** Why a change cannot begin on `from`: it has passed, or the series has no date left by then. */
export function changeDayProblem(series: BookingSeries, from: LocalDate, today: LocalDate): SeriesEditError | null {
  if (from < today) return 'fromPast';
  return seriesDates(series).some((date) => date >= from) ? null : 'fromAfterEnd';
}
