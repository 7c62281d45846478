import { dayHours, deskPartSpan } from '@core/bookings/bookingGrid';
import type { BookingPolicy } from '@core/bookings/bookingPolicy';
import { bookingSeriesFieldsSchema, MAX_SERIES_COUNT, type BookingSeriesFields } from '@core/bookings/bookingSeries';
import { addLocalDays, isoWeekdayOf, zonedTimeOf, type LocalDate } from '@core/time/zonedTime';
import type { BookingDraft } from './bookingDraft';

/** "Repeat every week" on a new booking: which weekdays, and until a day or for a number of times. */
export interface SeriesDraft {
  repeat: boolean;
  weekdays: number[];
  endsBy: 'date' | 'count';
  until: LocalDate;
  count: string;
}

export type SeriesDraftError = 'weekdaysMissing' | 'untilBeforeStart' | 'untilTooFar' | 'countInvalid' | 'pastMidnight';
export type SeriesDraftErrors = Partial<Record<'weekdays' | 'until' | 'count' | 'to', SeriesDraftError>>;

type Calendar = { policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>; timeZone: string };

/** A weekly series starting on the booking's day, on its weekday, for eight weeks. */
export function newSeriesDraft(date: LocalDate): SeriesDraft {
  return { repeat: false, weekdays: [isoWeekdayOf(date)], endsBy: 'date', until: addLocalDays(date, 7 * 7), count: '8' };
}

/** The wall-clock times a series of this booking repeats at: a room's own, a desk's part of the day. */
function timesOf(booking: BookingDraft, calendar: Calendar): { startTime: string; endTime: string } {
  if (booking.resourceKind === 'room') return { startTime: booking.from, endTime: booking.to };
  const span = deskPartSpan(booking.date, booking.part, dayHours(booking.date, calendar.policy), calendar.timeZone);
  return { startTime: zonedTimeOf(new Date(span.startsAt), calendar.timeZone), endTime: zonedTimeOf(new Date(span.endsAt), calendar.timeZone) };
}

/** The series' fields, or what is wrong with them by field; the booking's own fields are checked by its draft. */
export function seriesOfDraft(booking: BookingDraft, draft: SeriesDraft, calendar: Calendar, memberId: string | null, title: string):
  { ok: true; fields: BookingSeriesFields } | { ok: false; errors: SeriesDraftErrors } {
  const errors: SeriesDraftErrors = {};
  if (draft.weekdays.length === 0) errors.weekdays = 'weekdaysMissing';
  const count = Number(draft.count);
  if (draft.endsBy === 'count' && !(Number.isInteger(count) && count >= 1 && count <= MAX_SERIES_COUNT)) errors.count = 'countInvalid';
  if (booking.resourceKind === 'room' && booking.to === '24:00') errors.to = 'pastMidnight';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const fields: BookingSeriesFields = {
    resourceKind: booking.resourceKind, resourceId: booking.resourceId, memberId, title,
    weekdays: [...draft.weekdays].sort((a, b) => a - b), startDate: booking.date,
    until: draft.endsBy === 'date' ? draft.until : null, count: draft.endsBy === 'count' ? count : null,
    ...timesOf(booking, calendar), status: 'active',
  };
  const parsed = bookingSeriesFieldsSchema.safeParse(fields);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const field = parsed.error.issues[0]?.path[0];
  if (field === 'until') return { ok: false, errors: { until: draft.until < booking.date ? 'untilBeforeStart' : 'untilTooFar' } };
  if (field === 'endTime') return { ok: false, errors: { to: 'pastMidnight' } };
  return { ok: false, errors: { weekdays: 'weekdaysMissing' } };
}
