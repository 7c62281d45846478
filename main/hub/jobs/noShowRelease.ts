import { z } from 'zod';
import { bookingFieldsSchema, type BookingFields } from '@core/schemas';
import type { HubWrite } from '../sync/syncEngine';
import { defineJob, type JobContext } from './hubJob';

/**
 * No-show release (off until a host sets `noShowReleaseMinutes`): a confirmed booking that
 * nobody checked into (at the kiosk or the room's door) within that many minutes of its start
 * is released, so the desk or room is free for the rest of its time. Decided here, once, on the
 * hub's clock, whether or not any screen is open; a booking that has ended is left as it was.
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

export function noShowReleaseWrites(bookings: readonly Candidate[], context: JobContext): HubWrite[] {
  return noShowReleases(bookings, context.now, context.settings.noShowReleaseMinutes).map((id) => ({ table: 'bookings', recordId: id, fields: { status: 'released' } }));
}

/** The fields the job reads, with the table's own schemas (the whole schema's refinement does not pick). */
const { status, confirmedAt, startsAt, endsAt } = bookingFieldsSchema.shape;
const candidateSchema = z.object({ status, confirmedAt, startsAt, endsAt });

export const noShowReleaseJob = defineJob<Candidate[]>({
  name: 'noShowRelease',
  everyMs: 60_000,
  read: (store, { now, settings }) => {
    if (settings.noShowReleaseMinutes === null || settings.noShowReleaseMinutes === undefined) return [];
    const latestStart = new Date(now.getTime() - settings.noShowReleaseMinutes * 60_000 + 1).toISOString();
    return store.bookingsStartingBetween(new Date(now.getTime() - LOOK_BACK_MS).toISOString(), latestStart).flatMap((row) => {
      const parsed = candidateSchema.safeParse(row);
      return parsed.success ? [{ id: row.id, ...parsed.data }] : [];
    });
  },
  plan: noShowReleaseWrites,
});
