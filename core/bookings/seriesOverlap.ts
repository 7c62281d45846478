import type { BookingSlot } from '../bookingRules';
import { addLocalDays, zonedDateOf, type LocalDate } from '../time/zonedTime';
import { planSeries, seriesDates, seriesExceptionFieldsSchema, seriesSlots, takesDateOut, type SeriesSlot, type StoredException, type StoredSeries } from './bookingSeries';

/**
 * Series against single bookings and against each other, by the one overlap rule
 * (core/bookingRules.ts): whoever the hub accepted first keeps the time. A booking that asks for
 * a slot an occurrence holds loses (bookingPolicy.ts `bookingBreach`, with the occurrences as
 * others); a series that asks for slots loses the dates something else holds, each taken out
 * as a 'conflict' exception (docs/sync-protocol.md, Push 7). Pure, for the hub and the screens.
 */

/** The fields of a series that decide which slots it holds. */
const SLOT_FIELDS = ['resourceKind', 'resourceId', 'weekdays', 'startDate', 'until', 'count', 'startTime', 'endTime'] as const;
type SlotFields = Partial<Record<(typeof SLOT_FIELDS)[number] | 'status' | 'deleted', unknown>>;

/**
 * Whether a change of a series asks for slots again: a new series, one active again, or another
 * resource, time, weekdays or dates. A new title or a cancel asks for nothing.
 */
export function seriesAsksForSlots(before: SlotFields | null | undefined, after: SlotFields): boolean {
  if (after.deleted === true || after.status !== 'active') return false;
  if (!before || before.deleted === true || before.status !== 'active') return true;
  // Weekdays are an array: compared as written, so a reordering merely asks once more.
  return SLOT_FIELDS.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

type ExceptionFields = Partial<Record<'seriesId' | 'date' | 'kind' | 'deleted', unknown>>;

/** Whether a stored exception's kind takes its date out (a row of an unknown kind is treated as one that does). */
function tookDateOut(kind: unknown): boolean {
  const parsed = seriesExceptionFieldsSchema.shape.kind.safeParse(kind);
  return !parsed.success || takesDateOut(parsed.data);
}

/**
 * The series a change of an exception gives a date back to, or null: an exception that took its
 * date out removed (a host restored the date), moved to another date or series, or turned into
 * one that does not take it out, frees the date it held. A check-in's exception held none.
 */
export function seriesFreedBy(before: ExceptionFields | null | undefined, after: ExceptionFields): string | null {
  if (!before || before.deleted === true || typeof before.seriesId !== 'string' || !tookDateOut(before.kind)) return null;
  const frees = after.deleted === true || after.date !== before.date || after.seriesId !== before.seriesId || !tookDateOut(after.kind);
  return frees ? before.seriesId : null;
}

/**
 * The occurrences of the given series that can overlap the slot: only the days the slot touches
 * (one more either side, for a zone whose midnight a clock change moves), never the series' two years.
 */
export function seriesSlotsAround(
  series: readonly StoredSeries[],
  exceptions: readonly StoredException[],
  slot: Pick<BookingSlot, 'startsAt' | 'endsAt'>,
  timeZone: string,
): SeriesSlot[] {
  const from = addLocalDays(zonedDateOf(new Date(slot.startsAt), timeZone), -1);
  const to = addLocalDays(zonedDateOf(new Date(slot.endsAt), timeZone), 2);
  return seriesSlots(series, exceptions, { from, to }, timeZone);
}

/** What a series is planned against: the live rows of its resource and the exceptions of each. */
export interface SeriesSurroundings {
  /** The series' own exceptions: a date already taken out needs no new one. */
  exceptions: readonly StoredException[];
  /** The resource's bookings; only confirmed ones hold a slot. */
  bookings: readonly BookingSlot[];
  /** The resource's other series and their exceptions; only active ones hold slots. */
  otherSeries: readonly StoredSeries[];
  otherExceptions: readonly StoredException[];
}

export interface SeriesConflict {
  date: LocalDate;
  /** The booking that holds the slot, or the series whose occurrence holds it. */
  winnerId: string;
}

/**
 * The dates of an active series that a booking or another series' occurrence holds, from the
 * hub's today to the rule's end, without the dates already taken out. An occurrence that has
 * ended by `now` needs no exception: nobody can book the past, and no screen asks it again.
 */
export function seriesConflicts(series: StoredSeries, around: SeriesSurroundings, now: Date, timeZone: string): SeriesConflict[] {
  if (series.deleted === true || series.status !== 'active') return [];
  const window = { from: zonedDateOf(now, timeZone), to: addLocalDays(seriesDates(series).at(-1) ?? series.startDate, 1) };
  if (window.from >= window.to) return [];
  const others = around.otherSeries.filter((other) => other.id !== series.id && other.resourceId === series.resourceId);
  // An occurrence holds its slot under its series' id: that is the winner a loser names.
  const occupied: BookingSlot[] = [
    ...around.bookings.filter((booking) => booking.resourceId === series.resourceId),
    ...seriesSlots(others, around.otherExceptions, window, timeZone).map((slot) => ({ ...slot, id: slot.seriesId })),
  ];
  // A checked-in date is not taken out: it holds its slot like any other date of the series.
  const takenOut = around.exceptions.filter((exception) => exception.deleted !== true && exception.seriesId === series.id);
  return planSeries(series, takenOut, occupied, window, timeZone).conflicts
    .filter(({ occurrence }) => Date.parse(occurrence.endsAt) > now.getTime())
    .map(({ occurrence, winnerId }) => ({ date: occurrence.date, winnerId }));
}
