import { checkedInAt, parseOccurrenceId, planSeries, seriesDates, seriesExceptionId, seriesSlots, type BookingSeriesFields, type SeriesExceptionFields, type SeriesOccurrence } from '@core/bookings/bookingSeries';
import type { Booking, BookingSeries } from '@core/schemas';
import { addLocalDays, type LocalDate } from '@core/time/zonedTime';
import type { DataContext } from './dataContext';
import { hubTimeZone } from './hubSettingsRepo';
import { createRecord, deleteRecord, inOneTransaction, putRecordAt, updateRecord } from './recordWriter';

/**
 * Weekly series a host makes at the host desk: stored as a rule plus the dates taken out of it
 * (core/bookings/bookingSeries.ts), never as copies. Occurrences another booking holds are listed
 * before the host confirms and are stored as taken out ('conflict'), never double-booked; the hub
 * checks again and takes out any date a booking it accepted earlier holds.
 */

/** A date of the series that cannot be booked, and what holds it. */
export interface SeriesConflict {
  occurrence: SeriesOccurrence;
  /** A single booking, or an occurrence of another series. */
  holder: { kind: 'booking'; booking: Booking } | { kind: 'series'; series: BookingSeries };
}

export interface SeriesPlanView {
  dates: number;
  bookable: SeriesOccurrence[];
  conflicts: SeriesConflict[];
}

export type SeriesCreateOutcome = { kind: 'created'; series: BookingSeries; skipped: number } | { kind: 'nothingFree' };

const live = <T extends { deleted: boolean }>(rows: readonly T[]) => rows.filter((row) => !row.deleted);

/** Every date the rule could fall on, as a calendar window for the checks. */
function windowOf(fields: Pick<BookingSeriesFields, 'weekdays' | 'startDate' | 'until' | 'count' | 'startTime' | 'endTime'>): { from: LocalDate; to: LocalDate } {
  const dates = seriesDates(fields);
  return { from: fields.startDate, to: addLocalDays(dates.at(-1) ?? fields.startDate, 1) };
}

/**
 * What the series would book and which of its dates are taken. `ownId` leaves the series itself
 * out of what holds the place (when it is changed), and `ownExceptions` are its dates kept out.
 */
export async function planHostSeries(context: DataContext, fields: BookingSeriesFields, ownId: string | null = null, ownExceptions: readonly Pick<SeriesExceptionFields, 'date' | 'kind'>[] = []): Promise<SeriesPlanView> {
  const timeZone = await hubTimeZone(context);
  const window = windowOf(fields);
  const bookings = live(await context.db.bookings.where('resourceId').equals(fields.resourceId).toArray());
  const otherSeries = live(await context.db.bookingSeries.where('resourceId').equals(fields.resourceId).toArray()).filter((series) => series.id !== ownId);
  const exceptions = live(await context.db.seriesExceptions.where('seriesId').anyOf(otherSeries.map((series) => series.id)).toArray());
  const occupied = [...bookings, ...seriesSlots(otherSeries, exceptions, window, timeZone)];
  const plan = planSeries(fields, ownExceptions, occupied, window, timeZone);
  const conflicts = plan.conflicts.flatMap(({ occurrence, winnerId }): SeriesConflict[] => {
    const booking = bookings.find((found) => found.id === winnerId);
    if (booking) return [{ occurrence, holder: { kind: 'booking', booking } }];
    const series = otherSeries.find((found) => winnerId.startsWith(`${found.id}@`));
    return series ? [{ occurrence, holder: { kind: 'series', series } }] : [];
  });
  return { dates: plan.bookable.length + plan.conflicts.length, bookable: plan.bookable, conflicts };
}

/** Stores the series and takes out the dates that are taken, in one transaction. */
export async function createHostSeries(context: DataContext, fields: BookingSeriesFields): Promise<SeriesCreateOutcome> {
  return inOneTransaction(context, ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'], async () => {
    const plan = await planHostSeries(context, fields);
    if (plan.bookable.length === 0) return { kind: 'nothingFree' };
    const series = await createRecord(context, 'bookingSeries', fields);
    for (const { occurrence, holder } of plan.conflicts) {
      const winnerId = holder.kind === 'booking' ? holder.booking.id : holder.series.id;
      await createRecord(context, 'seriesExceptions', { id: seriesExceptionId(series.id, occurrence.date), seriesId: series.id, date: occurrence.date, kind: 'conflict', winnerId });
    }
    return { kind: 'created', series, skipped: plan.conflicts.length };
  });
}

/** Takes one date out of a series ("not this Tuesday"); a date taken out stays out whatever the rule becomes. */
export async function skipOccurrence(context: DataContext, seriesId: string, date: LocalDate): Promise<void> {
  await putRecordAt(context, 'seriesExceptions', seriesExceptionId(seriesId, date), { seriesId, date, kind: 'skipped', winnerId: null });
}

/**
 * Records that someone came to a date of a series (a member at the kiosk, a meeting at the door):
 * its `checkedIn` exception, which keeps the hub's no-show release from giving the date away. The
 * caller read the date as a booking (data/occupancy.ts); returns it confirmed, as a single booking's check-in does.
 */
export async function checkInOccurrence(context: DataContext, occurrence: Booking): Promise<Booking> {
  const named = parseOccurrenceId(occurrence.id);
  if (!named) throw new Error('Not a date of a weekly booking');
  if (occurrence.confirmedAt !== null) return occurrence;
  const row = await putRecordAt(context, 'seriesExceptions', seriesExceptionId(named.seriesId, named.date), { ...named, kind: 'checkedIn', winnerId: null });
  return { ...occurrence, confirmedAt: checkedInAt(row, occurrence.startsAt) };
}

/** Undoes a skip: the date comes back unless a booking took its time meanwhile. */
export async function restoreOccurrence(context: DataContext, series: BookingSeries, date: LocalDate): Promise<'restored' | 'taken'> {
  return inOneTransaction(context, ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'], async () => {
    const plan = await planHostSeries(context, { ...series, startDate: date, until: date, count: null }, series.id);
    if (plan.conflicts.length > 0 || plan.bookable.length === 0) return 'taken';
    await deleteRecord(context, 'seriesExceptions', seriesExceptionId(series.id, date));
    return 'restored';
  });
}

/** Ends a series before `date` (the series is cancelled whole when that is its first date); returns how to undo it. */
export async function endSeriesFrom(context: DataContext, seriesId: string, date: LocalDate): Promise<{ whole: boolean; undo: () => Promise<void> } | null> {
  return inOneTransaction(context, ['bookingSeries'], async () => {
    const series = await context.db.bookingSeries.get(seriesId);
    if (!series || series.deleted || series.status !== 'active') return null;
    const before = { until: series.until, count: series.count, status: series.status };
    const kept = seriesDates(series).filter((found) => found < date);
    const patch = kept.length === 0 ? { status: 'cancelled' as const } : { until: kept.at(-1) ?? null, count: null };
    await updateRecord(context, 'bookingSeries', seriesId, patch);
    return { whole: kept.length === 0, undo: async () => { await updateRecord(context, 'bookingSeries', seriesId, before); } };
  });
}
