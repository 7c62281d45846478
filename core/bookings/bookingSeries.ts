import { z } from 'zod';
import { findConflict, type BookingSlot } from '../bookingRules';
import { parseHlc } from '../hlc';
import { idSchema, shortText } from '../schemas/common';
import { addLocalDays, isoWeekdayOf, zonedInstant, type LocalDate } from '../time/zonedTime';

/**
 * A weekly booking series stored as a rule, never as hundreds of copies: the weekdays, the
 * wall-clock times in the hub's zone, and where it ends. Occurrences are expanded here, on
 * every machine and on the hub alike. What happened to one date (cancelled by a host, refused
 * because another booking held the slot first, checked into, released by the hub because
 * nobody came) is an exception record of its own, keyed by the series and the date: editing
 * the rule never brings a cancelled date back.
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

/** What happened to one date of a series. */
export const seriesExceptionFieldsSchema = z.strictObject({
  seriesId: idSchema,
  date: localDateSchema,
  /**
   * `skipped`: a host took the date out; `conflict`: another booking held the slot; `released`:
   * the hub gave the date away because nobody checked in; `checkedIn`: someone came (at the
   * kiosk or the door), so the date stays booked and is never released.
   */
  kind: z.enum(['skipped', 'conflict', 'checkedIn', 'released']),
  /** The booking that held the slot, for a conflict. */
  winnerId: idSchema.nullable(),
});
export type SeriesExceptionFields = z.infer<typeof seriesExceptionFieldsSchema>;
export type SeriesExceptionKind = SeriesExceptionFields['kind'];

/**
 * The one rule of which exceptions take their date out of the series (for every expansion, the
 * overlap checks, the feeds and the screens): all but a check-in, which records that the date was used.
 */
export function takesDateOut(kind: SeriesExceptionKind): boolean {
  return kind !== 'checkedIn';
}

/**
 * When a date was checked into: the wall time of the stamp that wrote `checkedIn`, which the hub
 * held to its clock like every stamp (docs/sync-protocol.md, Push 4), so it needs no field of its own.
 * Null for any other kind; the occurrence's start when the row carries no stamp.
 */
export function checkedInAt(exception: Pick<StoredException, 'kind' | 'hlc'>, startsAt: string): string | null {
  if (exception.kind !== 'checkedIn') return null;
  const stamp = exception.hlc?.kind ?? exception.hlc?.['*'];
  return stamp ? new Date(parseHlc(stamp).wallMs).toISOString() : startsAt;
}

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
  return seriesDatesIn(rule, { from: rule.startDate, to: addLocalDays(rule.until ?? addLocalDays(rule.startDate, MAX_SERIES_DAYS), 1) });
}

const DAY_MS = 86_400_000;
const dayNumberOf = (date: LocalDate) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDayNumber = (day: number): LocalDate => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * The rule's dates in [from, to) (calendar days, `to` exclusive), as seriesDates would list them,
 * without walking the weeks before the window: a screen that shows one week of a long series
 * reads that week's dates only. The n-th date of the rule is week n / k, weekday n % k.
 */
export function seriesDatesIn(rule: SeriesRule, window: { from: LocalDate; to: LocalDate }): LocalDate[] {
  const start = dayNumberOf(rule.startDate);
  const last = Math.min(dayNumberOf(rule.until ?? addLocalDays(rule.startDate, MAX_SERIES_DAYS)), dayNumberOf(window.to) - 1);
  const limit = rule.count ?? Number.POSITIVE_INFINITY;
  // Days after the start, within a week, on which the chosen weekdays fall; then week after week.
  const first = isoWeekdayOf(rule.startDate);
  const offsets = [...new Set(rule.weekdays)].map((weekday) => (weekday - first + 7) % 7).sort((a, b) => a - b);
  const dates: LocalDate[] = [];
  if (offsets.length === 0) return dates;
  // The first week that can hold a date on or after the window's first day.
  const firstWeek = Math.max(0, Math.floor((dayNumberOf(window.from) - start - 6) / 7));
  for (let week = firstWeek; ; week++) {
    for (const [index, offset] of offsets.entries()) {
      const day = start + week * 7 + offset;
      if (day > last || week * offsets.length + index >= limit) return dates;
      if (day >= dayNumberOf(window.from)) dates.push(dateOfDayNumber(day));
    }
  }
}

/**
 * The series' bookings that touch [from, to) (calendar days in the hub's zone, `to` exclusive),
 * without the dates taken out (`takesDateOut`). Each keeps its wall-clock time across a daylight-saving change.
 */
export function expandSeries(
  rule: SeriesRule,
  exceptions: readonly Pick<SeriesExceptionFields, 'date' | 'kind'>[],
  window: { from: LocalDate; to: LocalDate },
  timeZone: string,
): SeriesOccurrence[] {
  const taken = new Set(exceptions.filter((exception) => takesDateOut(exception.kind)).map((exception) => exception.date));
  return seriesDatesIn(rule, window)
    .filter((date) => !taken.has(date))
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
  exceptions: readonly Pick<SeriesExceptionFields, 'date' | 'kind'>[],
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
  /** When someone checked into this date (a `checkedIn` exception), else null: as a single booking's `confirmedAt`. */
  confirmedAt: string | null;
}

/** One id per series and date, never a booking's: `<seriesId>@<date>`. */
export function occurrenceId(seriesId: string, date: LocalDate): string {
  return `${seriesId}@${date}`;
}

/** Whether an id names a date of a series (record ids never hold an '@'). */
export function isOccurrenceId(id: string): boolean {
  return id.includes('@');
}

/** The series and date an occurrence id names, or null for a record's id. */
export function parseOccurrenceId(id: string): { seriesId: string; date: LocalDate } | null {
  const at = id.indexOf('@');
  return at < 0 ? null : { seriesId: id.slice(0, at), date: id.slice(at + 1) };
}

/** A series as stored (synced row), as the overlap rule reads it. */
export type StoredSeries = Pick<BookingSeriesFields, 'resourceKind' | 'resourceId' | 'memberId' | 'status'> & SeriesRule & { id: string; deleted?: boolean };
/** An exception as stored, as the overlap rule reads it (its stamps, where known, date a check-in). */
export type StoredException = Pick<SeriesExceptionFields, 'seriesId' | 'date' | 'kind'> & { deleted?: boolean; hlc?: Record<string, string> };

/**
 * The occurrences of every active series in [from, to) on the hub's calendar, without the dates
 * taken out of each: what every overlap check (screens and hub) counts beside the single bookings.
 * A date checked into carries when (`confirmedAt`), so screens and the hub's no-show release read it as a confirmed booking.
 */
export function seriesSlots(
  series: readonly StoredSeries[],
  exceptions: readonly StoredException[],
  window: { from: LocalDate; to: LocalDate },
  timeZone: string,
): SeriesSlot[] {
  const bySeries = new Map<string, StoredException[]>();
  for (const exception of exceptions) {
    if (exception.deleted) continue;
    bySeries.set(exception.seriesId, [...(bySeries.get(exception.seriesId) ?? []), exception]);
  }
  return series
    .filter((rule) => !rule.deleted && rule.status === 'active')
    .flatMap((rule) => {
      const own = bySeries.get(rule.id) ?? [];
      return expandSeries(rule, own, window, timeZone).map((occurrence) => {
        const exception = own.find((found) => found.date === occurrence.date);
        return {
          id: occurrenceId(rule.id, occurrence.date), seriesId: rule.id, date: occurrence.date, status: 'confirmed' as const,
          resourceKind: rule.resourceKind, resourceId: rule.resourceId, memberId: rule.memberId, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt,
          confirmedAt: exception ? checkedInAt(exception, occurrence.startsAt) : null,
        };
      });
    });
}
