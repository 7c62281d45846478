import { z } from 'zod';
import { bookingSeriesFieldsSchema, seriesExceptionFieldsSchema, seriesSlots } from '@core/bookings/bookingSeries';
import type { Booking } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import { addLocalDays, zonedDateOf } from '@core/time/zonedTime';

/** How far ahead a feed lists the dates of weekly bookings: calendar apps keep what they were sent. */
const AHEAD_DAYS = 366;

// The fields a feed reads, with the tables' own field schemas (a refined schema does not pick).
const { resourceKind, resourceId, memberId, weekdays, startDate, until, count, startTime, endTime, status } = bookingSeriesFieldsSchema.shape;
const seriesFieldsSchema = z.object({ resourceKind, resourceId, memberId, weekdays, startDate, until, count, startTime, endTime, status });
const exceptionFieldsSchema = z.object({ seriesId: seriesExceptionFieldsSchema.shape.seriesId, date: seriesExceptionFieldsSchema.shape.date, kind: seriesExceptionFieldsSchema.shape.kind });

export interface SeriesFeedDate {
  /** One event per series and date, its UID stable however often the feed is fetched. */
  booking: Pick<Booking, 'id' | 'startsAt' | 'endsAt' | 'hlc' | 'resourceKind' | 'resourceId' | 'memberId'>;
}

/**
 * The dates of weekly bookings from `since` to a year ahead, without the dates taken out (a date
 * checked into stays), as
 * feed events beside the single bookings. A row that fails its schema is left out.
 */
export function seriesFeedDates(rows: readonly SyncedRow[], exceptionsOf: (seriesId: string) => readonly SyncedRow[], since: Date, timeZone: string): SeriesFeedDate[] {
  const from = zonedDateOf(since, timeZone);
  const window = { from, to: addLocalDays(from, AHEAD_DAYS) };
  return rows.flatMap((row) => {
    const parsed = row.deleted ? null : seriesFieldsSchema.safeParse(row);
    if (!parsed?.success) return [];
    const exceptions = exceptionsOf(row.id).flatMap((exception) => {
      const fields = exceptionFieldsSchema.safeParse(exception);
      return fields.success && !exception.deleted ? [fields.data] : [];
    });
    return seriesSlots([{ id: row.id, ...parsed.data }], exceptions, window, timeZone).map((slot) => ({
      booking: {
        id: `${row.id}-${slot.date}`, startsAt: slot.startsAt, endsAt: slot.endsAt, hlc: row.hlc,
        resourceKind: parsed.data.resourceKind, resourceId: parsed.data.resourceId, memberId: parsed.data.memberId,
      },
    }));
  });
}
