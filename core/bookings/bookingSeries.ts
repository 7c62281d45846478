import { z } from 'zod';
import { findConflict, type BookingSlot } from '../bookingRules';
import { idSchema, shortText } from '../schemas/common';
import { addLocalDays, isoWeekdayOf, zonedInstant, type LocalDate } from '../time/zonedTime';

/**
 * A weekly booking series stored as a rule, never as hundreds of copies: the weekdays, the
 * wall-clock times in the hub's zone, and where it ends. Occurrences are expanded here, on
 * every machine and on the hub alike. A date taken out of the series (cancelled by a host, or
 * refused because another booking held the slot first) is an exception record of its own,
 * keyed by the series and the date: editing the rule never brings a cancelled date back.
 */

const localDateSchema = z.iso.date();
const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Not a time of day');

/** A series may run two years at most: far enough for a weekly course, bounded for the hub. */
export const MAX_SERIES_DAYS = 731;
export const MAX_SERIES_COUNT = 260;

export const bookingSeriesFieldsSchema = z
  .strictObject({
    resourceKind: z.enum(['desk', 'room']),
    resourceId: idSchema,
    memberId: idSchema.nullable(),
    title: shortText(120),
    /** ISO weekdays, 1 = Monday ... 7 = Sunday. */
    weekdays: z.array(z.int().min(1).max(7)).min(1).max(7),
    startDate: localDateSchema,
    /** The last day an occurrence may fall on; or `count` occurrences from the start. */
    until: localDateSchema.nullable(),
    count: z.int().min(1).max(MAX_SERIES_COUNT).nullable(),
    startTime: localTimeSchema,
    endTime: localTimeSchema,
    status: z.enum(['active', 'cancelled']),
  })
  .refine((series) => (series.until === null) !== (series.count === null), { error: 'A series ends on a date or after a number of times', path: ['until'] })
  .refine((series) => series.until === null || (series.until >= series.startDate && series.until <= addLocalDays(series.startDate, MAX_SERIES_DAYS)), { error: 'A series ends after it starts, within two years', path: ['until'] })
  .refine((series) => series.endTime > series.startTime, { error: 'An occurrence must end after it starts', path: ['endTime'] })
  .refine((series) => new Set(series.weekdays).size === series.weekdays.length, { error: 'Each weekday once', path: ['weekdays'] });
export type BookingSeriesFields = z.infer<typeof bookingSeriesFieldsSchema>;

/** Why a date of a series has no booking. */
export const seriesExceptionFieldsSchema = z.strictObject({
  seriesId: idSchema,
  date: localDateSchema,
  /** `skipped`: a host took the date out; `conflict`: another booking held the slot. */
  kind: z.enum(['skipped', 'conflict']),
  /** The booking that held the slot, for a conflict. */
  winnerId: idSchema.nullable(),
});
export type SeriesExceptionFields = z.infer<typeof seriesExceptionFieldsSchema>;

/** One exception per series and date on every machine: its id is made from both. */
export function seriesExceptionId(seriesId: string, date: LocalDate): string {
  return `${seriesId}_${date.replaceAll('-', '')}`;
}

export interface SeriesOccurrence {
  date: LocalDate;
  startsAt: string;
  endsAt: string;
}

type SeriesRule = Pick<BookingSeriesFields, 'weekdays' | 'startDate' | 'until' | 'count' | 'startTime' | 'endTime'>;

/** Every date the rule generates, in order, before any exception. Counts follow RFC 5545: a taken-out date still counts. */
export function seriesDates(rule: SeriesRule): LocalDate[] {
  const last = rule.until ?? addLocalDays(rule.startDate, MAX_SERIES_DAYS);
  const limit = rule.count ?? Number.POSITIVE_INFINITY;
  // Days after the start, within a week, on which the chosen weekdays fall; then week after week.
  const first = isoWeekdayOf(rule.startDate);
  const offsets = [...new Set(rule.weekdays)].map((weekday) => (weekday - first + 7) % 7).sort((a, b) => a - b);
  const dates: LocalDate[] = [];
  if (offsets.length === 0) return dates;
  for (let week = 0; dates.length < limit; week++) {
    for (const offset of offsets) {
      const date = addLocalDays(rule.startDate, week * 7 + offset);
      if (date > last || dates.length >= limit) return dates;
      dates.push(date);
    }
  }
  return dates;
}

/**
 * The series' bookings that touch [from, to) (calendar days in the hub's zone, `to` exclusive),
 * without the dates taken out. Each keeps its wall-clock time across a daylight-saving change.
 */
export function expandSeries(
  rule: SeriesRule,
  exceptions: readonly Pick<SeriesExceptionFields, 'date'>[],
  window: { from: LocalDate; to: LocalDate },
  timeZone: string,
): SeriesOccurrence[] {
  const taken = new Set(exceptions.map((exception) => exception.date));
  return seriesDates(rule)
    .filter((date) => date >= window.from && date < window.to && !taken.has(date))
    .map((date) => ({
      date,
      startsAt: zonedInstant(date, rule.startTime, timeZone).toISOString(),
      endsAt: zonedInstant(date, rule.endTime, timeZone).toISOString(),
    }));
}

export interface SeriesPlan {
  /** Occurrences free of every confirmed booking: these become the series' bookings. */
  bookable: SeriesOccurrence[];
  /** Occurrences another confirmed booking already holds: skipped and listed, never double-booked. */
  conflicts: { occurrence: SeriesOccurrence; winnerId: string }[];
}

/**
 * What the series would book, checked against the bookings of its resource with the one
 * overlap rule (core/bookingRules.ts), before a host confirms it and again on the hub.
 */
export function planSeries(
  series: SeriesRule & Pick<BookingSeriesFields, 'resourceId'>,
  exceptions: readonly Pick<SeriesExceptionFields, 'date'>[],
  existing: readonly BookingSlot[],
  window: { from: LocalDate; to: LocalDate },
  timeZone: string,
): SeriesPlan {
  const plan: SeriesPlan = { bookable: [], conflicts: [] };
  for (const occurrence of expandSeries(series, exceptions, window, timeZone)) {
    const candidate: BookingSlot = { id: '', resourceId: series.resourceId, status: 'confirmed', startsAt: occurrence.startsAt, endsAt: occurrence.endsAt };
    const winner = findConflict(candidate, existing);
    if (winner) plan.conflicts.push({ occurrence, winnerId: winner.id });
    else plan.bookable.push(occurrence);
  }
  return plan;
}

/** An occurrence of a series as the overlap rule and the screens read it: a booking that is a rule's date. */
export interface SeriesSlot extends BookingSlot {
  seriesId: string;
  date: LocalDate;
  resourceKind: BookingSeriesFields['resourceKind'];
  memberId: string | null;
}

/** One id per series and date, never a booking's: `<seriesId>@<date>`. */
export function occurrenceId(seriesId: string, date: LocalDate): string {
  return `${seriesId}@${date}`;
}

/** Whether an id names a date of a series (record ids never hold an '@'). */
export function isOccurrenceId(id: string): boolean {
  return id.includes('@');
}

/** A series as stored (synced row), as the overlap rule reads it. */
export type StoredSeries = Pick<BookingSeriesFields, 'resourceKind' | 'resourceId' | 'memberId' | 'status'> & SeriesRule & { id: string; deleted?: boolean };
/** An exception as stored, as the overlap rule reads it. */
export type StoredException = Pick<SeriesExceptionFields, 'seriesId' | 'date'> & { deleted?: boolean };

/**
 * The occurrences of every active series in [from, to) on the hub's calendar, without the dates
 * taken out of each: what every overlap check (screens and hub) counts beside the single bookings.
 */
export function seriesSlots(
  series: readonly StoredSeries[],
  exceptions: readonly StoredException[],
  window: { from: LocalDate; to: LocalDate },
  timeZone: string,
): SeriesSlot[] {
  const takenOut = new Map<string, StoredException[]>();
  for (const exception of exceptions) {
    if (exception.deleted) continue;
    takenOut.set(exception.seriesId, [...(takenOut.get(exception.seriesId) ?? []), exception]);
  }
  return series
    .filter((rule) => !rule.deleted && rule.status === 'active')
    .flatMap((rule) => expandSeries(rule, takenOut.get(rule.id) ?? [], window, timeZone).map((occurrence) => ({
      id: occurrenceId(rule.id, occurrence.date), seriesId: rule.id, date: occurrence.date, status: 'confirmed' as const,
      resourceKind: rule.resourceKind, resourceId: rule.resourceId, memberId: rule.memberId, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt,
    })));
}
