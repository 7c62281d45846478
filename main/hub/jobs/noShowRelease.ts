import { z } from 'zod';
import { seriesExceptionId, seriesSlots, type SeriesSlot } from '@core/bookings/bookingSeries';
import { bookingFieldsSchema, type BookingFields } from '@core/schemas';
import { addLocalDays, zonedDateOf } from '@core/time/zonedTime';
import { asSeries, exceptionsOf } from '../sync/hubSeriesRules';
import type { HubStore } from '../sync/hubStore';
import type { HubWrite } from '../sync/syncEngine';
import { defineJob, type JobContext } from './hubJob';

/**
 * No-show release (off until a host sets `noShowReleaseMinutes`): a confirmed booking, or a date
 * of an active weekly series, that nobody checked into (at the kiosk or the room's door) within
 * that many minutes of its start is released, so the desk or room is free for the rest of its
 * time. Decided here, once, on the hub's clock and in its zone, whether or not any screen is
 * open; a booking or date that has ended is left as it was. A single booking gets `status:
 * 'released'`; a series date gets the exception `released`, which takes it out of the series
 * (core/bookings/bookingSeries.ts `takesDateOut`). A date checked into has a `checkedIn`
 * exception, and one skipped, lost or released before has its own: none is released again.
 */

/** How far back the job looks: a booking that started longer ago has ended or was judged. */
const LOOK_BACK_MS = 24 * 60 * 60_000;

type Candidate = Pick<BookingFields, 'status' | 'confirmedAt' | 'startsAt' | 'endsAt'> & { id: string };

export function noShowReleases(bookings: readonly Candidate[], now: Date, releaseMinutes: number | null | undefined): string[] {
  if (releaseMinutes === null || releaseMinutes === undefined) return [];
  const dueBefore = now.getTime() - releaseMinutes * 60_000;
  return bookings
    .filter((booking) => booking.status === 'confirmed' && booking.confirmedAt === null)
    .filter((booking) => Date.parse(booking.startsAt) <= dueBefore && Date.parse(booking.endsAt) > now.getTime())
    .map((booking) => booking.id);
}

interface Candidates {
  bookings: Candidate[];
  /** The dates of active series from the hub's yesterday to its today, as the one rule reads them. */
  seriesDates: SeriesSlot[];
}

export function noShowReleaseWrites({ bookings, seriesDates }: Candidates, context: JobContext): HubWrite[] {
  const minutes = context.settings.noShowReleaseMinutes;
  const releasedBookings = noShowReleases(bookings, context.now, minutes).map((id): HubWrite => ({ table: 'bookings', recordId: id, fields: { status: 'released' } }));
  const due = new Set(noShowReleases(seriesDates, context.now, minutes));
  const releasedDates = seriesDates.filter((slot) => due.has(slot.id)).map((slot): HubWrite => ({
    table: 'seriesExceptions',
    recordId: seriesExceptionId(slot.seriesId, slot.date),
    // `deleted: false` writes over an exception a host had removed: that date has none now.
    fields: { seriesId: slot.seriesId, date: slot.date, kind: 'released', winnerId: null, deleted: false },
  }));
  return [...releasedBookings, ...releasedDates];
}

/** The fields the job reads, with the table's own schemas (the whole schema's refinement does not pick). */
const { status, confirmedAt, startsAt, endsAt } = bookingFieldsSchema.shape;
const candidateSchema = z.object({ status, confirmedAt, startsAt, endsAt });

function bookingCandidates(store: HubStore, now: Date, releaseMinutes: number): Candidate[] {
  const latestStart = new Date(now.getTime() - releaseMinutes * 60_000 + 1).toISOString();
  return store.bookingsStartingBetween(new Date(now.getTime() - LOOK_BACK_MS).toISOString(), latestStart).flatMap((row) => {
    const parsed = candidateSchema.safeParse(row);
    return parsed.success ? [{ id: row.id, ...parsed.data }] : [];
  });
}

/** A date starts and ends on its day, so yesterday and today hold every date that may still be running. */
function seriesCandidates(store: HubStore, now: Date, timeZone: string): SeriesSlot[] {
  const series = store.liveRecords('bookingSeries').flatMap((row) => asSeries(row) ?? []).filter((rule) => rule.status === 'active');
  if (series.length === 0) return [];
  const today = zonedDateOf(now, timeZone);
  return seriesSlots(series, exceptionsOf(store, series), { from: addLocalDays(today, -1), to: addLocalDays(today, 1) }, timeZone);
}

export const noShowReleaseJob = defineJob<Candidates>({
  name: 'noShowRelease',
  everyMs: 60_000,
  read: (store, { now, settings }) => {
    const minutes = settings.noShowReleaseMinutes;
    if (minutes === null || minutes === undefined) return { bookings: [], seriesDates: [] };
    return { bookings: bookingCandidates(store, now, minutes), seriesDates: seriesCandidates(store, now, settings.timeZone) };
  },
  plan: noShowReleaseWrites,
});
