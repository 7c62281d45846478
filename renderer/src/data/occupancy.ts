import { occurrenceId, seriesSlots } from '@core/bookings/bookingSeries';
import type { Booking, BookingSeries, SeriesException } from '@core/schemas';
import { addLocalDays, zonedDateOf, zonedInstant, type LocalDate } from '@core/time/zonedTime';
import type { DataContext } from './dataContext';

/**
 * What holds a desk or room: its single bookings and the dates of its series, each date drawn
 * as the booking it stands for (id `<series>@<date>`, `confirmedAt` once checked into), so that
 * the one overlap rule and every screen read both alike.
 */

/** The dates of the series in [from, to), each as the booking it stands for. */
export function occurrencesAsBookings(data: { series: readonly BookingSeries[]; exceptions: readonly SeriesException[] }, window: { from: LocalDate; to: LocalDate }, timeZone: string): { booking: Booking; series: BookingSeries }[] {
  const byId = new Map(data.series.map((series) => [series.id, series]));
  return seriesSlots(data.series, data.exceptions, window, timeZone).flatMap((slot) => {
    const series = byId.get(slot.seriesId);
    if (!series) return [];
    const booking: Booking = {
      id: slot.id, resourceKind: series.resourceKind, resourceId: series.resourceId, memberId: series.memberId, title: series.title,
      startsAt: slot.startsAt, endsAt: slot.endsAt, status: 'confirmed', rejection: null, confirmedAt: slot.confirmedAt, publicEvent: null, hlc: {}, deviceId: series.deviceId, deleted: false,
    };
    return [{ booking, series }];
  });
}

/**
 * The dates of the series in [from, to) the hub released because nobody came, each as a released
 * booking: the host's timeline shows them as it shows a released single booking.
 */
export function releasedDatesAsBookings(data: { series: readonly BookingSeries[]; exceptions: readonly SeriesException[] }, window: { from: LocalDate; to: LocalDate }, timeZone: string): { booking: Booking; series: BookingSeries }[] {
  const released = new Set(data.exceptions.filter((exception) => exception.kind === 'released').map((exception) => occurrenceId(exception.seriesId, exception.date)));
  if (released.size === 0) return [];
  // The series' dates as if these had not been released; then only those.
  const others = data.exceptions.filter((exception) => exception.kind !== 'released');
  return occurrencesAsBookings({ series: data.series, exceptions: others }, window, timeZone)
    .filter(({ booking }) => released.has(booking.id))
    .map(({ booking, series }) => ({ booking: { ...booking, status: 'released' as const }, series }));
}

/** The bookings and series dates of one place around [startsAt, endsAt), for a check of a booking there. */
export async function readOccupants(context: DataContext, resourceId: string, span: { startsAt: string; endsAt: string }, timeZone: string): Promise<Booking[]> {
  const bookings = (await context.db.bookings.where('resourceId').equals(resourceId).toArray()).filter((booking) => !booking.deleted);
  const series = (await context.db.bookingSeries.where('resourceId').equals(resourceId).toArray()).filter((row) => !row.deleted);
  if (series.length === 0) return bookings;
  const exceptions = (await context.db.seriesExceptions.where('seriesId').anyOf(series.map((row) => row.id)).toArray()).filter((row) => !row.deleted);
  const window = { from: addLocalDays(zonedDateOf(new Date(span.startsAt), timeZone), -1), to: addLocalDays(zonedDateOf(new Date(span.endsAt), timeZone), 2) };
  return [...bookings, ...occurrencesAsBookings({ series, exceptions }, window, timeZone).map(({ booking }) => booking)];
}

/** The dates of a member's weekly bookings in [from, to), each as the booking it stands for. */
export async function readMemberSeriesDates(context: DataContext, memberId: string, window: { from: LocalDate; to: LocalDate }, timeZone: string): Promise<{ booking: Booking; series: BookingSeries }[]> {
  const series = (await context.db.bookingSeries.where('memberId').equals(memberId).toArray()).filter((row) => !row.deleted);
  if (series.length === 0) return [];
  const exceptions = (await context.db.seriesExceptions.where('seriesId').anyOf(series.map((row) => row.id)).toArray()).filter((row) => !row.deleted);
  return occurrencesAsBookings({ series, exceptions }, window, timeZone);
}

export interface SeriesRows { series: BookingSeries[]; exceptions: SeriesException[] }

/** Every live series and its exceptions: read once for a report or an export that walks many days. */
export async function readSeriesRows(context: DataContext): Promise<SeriesRows> {
  const series = (await context.db.bookingSeries.toArray()).filter((row) => !row.deleted);
  if (series.length === 0) return { series, exceptions: [] };
  const exceptions = (await context.db.seriesExceptions.where('seriesId').anyOf(series.map((row) => row.id)).toArray()).filter((row) => !row.deleted);
  return { series, exceptions };
}

/** What holds any place on the days [from, to) of the hub's calendar: the single bookings that start then (every status) and the series' dates, released ones too. */
export async function readHeldOnDays(context: DataContext, window: { from: LocalDate; to: LocalDate }, timeZone: string, seriesRows: SeriesRows): Promise<{ booking: Booking; fromSeries: boolean }[]> {
  const startsFrom = zonedInstant(window.from, '00:00', timeZone).toISOString();
  const startsBefore = zonedInstant(window.to, '00:00', timeZone).toISOString();
  const singles = (await context.db.bookings.where('startsAt').between(startsFrom, startsBefore, true, false).toArray()).filter((booking) => !booking.deleted);
  return [
    ...singles.map((booking) => ({ booking, fromSeries: false })),
    ...occurrencesAsBookings(seriesRows, window, timeZone).map(({ booking }) => ({ booking, fromSeries: true })),
    // A released date still happened: the report counts it as a no-show and the export lists it.
    ...releasedDatesAsBookings(seriesRows, window, timeZone).map(({ booking }) => ({ booking, fromSeries: true })),
  ];
}
