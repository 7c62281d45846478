import { useLiveQuery } from 'dexie-react-hooks';
import { seriesDates, seriesExceptionId, type BookingSeriesFields, type SeriesExceptionFields } from '@core/bookings/bookingSeries';
import type { BookingSeries, SeriesException } from '@core/schemas';
import type { LocalDate } from '@core/time/zonedTime';
import { useDataContext } from '../app/services';
import type { DataContext } from './dataContext';
import { createRecord, deleteRecord, inOneTransaction, putRecordAt, updateRecord } from './recordWriter';
import { planHostSeries, type SeriesPlanView } from './seriesRepo';

/**
 * Changing a weekly booking's rule (its weekdays, times or end) from a date on. Dates before
 * that date are history and stay as they were: the series is ended there and a new one, with
 * the new rule, goes on from it. What a person or the hub took out of the coming dates (a date
 * a host cancelled, a date released because nobody came) stays out under the new rule, so a
 * change never brings a cancelled date back; dates another booking holds are judged again under
 * the new rule, listed before the host confirms, and taken out, never double-booked.
 */

export interface SeriesEditPlan extends SeriesPlanView {
  /** Dates of the new rule that stay out, as they were taken out before. */
  keptOut: LocalDate[];
}

export type SeriesEditOutcome =
  | { kind: 'saved'; series: BookingSeries; skipped: number; undo: () => Promise<void> }
  | { kind: 'nothingFree' }
  /** The series was removed, cancelled or ended before the date meanwhile. */
  | { kind: 'gone' };

const TABLES = ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'] as const;

/** The exceptions of the series that carry over to the new rule: all but conflicts, which are judged again. */
function carriedOver(exceptions: readonly SeriesException[], from: LocalDate): SeriesException[] {
  return exceptions.filter((exception) => !exception.deleted && exception.date >= from && exception.kind !== 'conflict');
}

async function exceptionsOf(context: DataContext, seriesId: string): Promise<SeriesException[]> {
  return context.db.seriesExceptions.where('seriesId').equals(seriesId).toArray();
}

/** What the new rule would book from its start date (`fields.startDate`), which dates stay out and which are taken. */
export async function planSeriesEdit(context: DataContext, series: BookingSeries, fields: BookingSeriesFields): Promise<SeriesEditPlan> {
  const kept = carriedOver(await exceptionsOf(context, series.id), fields.startDate);
  const plan = await planHostSeries(context, fields, series.id, kept);
  const newDates = new Set(seriesDates(fields));
  return { ...plan, keptOut: kept.filter((exception) => exception.kind !== 'checkedIn' && newDates.has(exception.date)).map((exception) => exception.date).sort() };
}

/** The live plan of a change as the host types it; null while the rule is not whole. */
export function useSeriesEditPlan(series: BookingSeries, fields: BookingSeriesFields | null): SeriesEditPlan | null | undefined {
  const context = useDataContext();
  const key = fields ? JSON.stringify(fields) : null;
  return useLiveQuery(async () => (fields ? planSeriesEdit(context, series, fields) : null), [context, series, key]);
}

/** Changes the rule from `fields.startDate` on, in one transaction; returns how to undo it. */
export async function editHostSeries(context: DataContext, seriesId: string, fields: BookingSeriesFields): Promise<SeriesEditOutcome> {
  return inOneTransaction(context, [...TABLES], async () => {
    const series = await context.db.bookingSeries.get(seriesId);
    const from = fields.startDate;
    if (!series || series.deleted || series.status !== 'active' || !seriesDates(series).some((date) => date >= from)) return { kind: 'gone' };
    const plan = await planSeriesEdit(context, series, fields);
    if (plan.bookable.length === 0) return { kind: 'nothingFree' };
    const before = seriesDates(series).filter((date) => date < from);
    return before.length === 0 ? changeInPlace(context, series, fields, plan) : continueAsNew(context, series, fields, plan, before.at(-1) ?? from);
  });
}

const conflictFields = (seriesId: string, plan: SeriesEditPlan) => plan.conflicts.map(({ occurrence, holder }): SeriesExceptionFields & { id: string } => ({
  id: seriesExceptionId(seriesId, occurrence.date), seriesId, date: occurrence.date, kind: 'conflict',
  winnerId: holder.kind === 'booking' ? holder.booking.id : holder.series.id,
}));

/** No date has passed yet: the rule itself changes; its old conflicts are judged again, the rest stays. */
async function changeInPlace(context: DataContext, series: BookingSeries, fields: BookingSeriesFields, plan: SeriesEditPlan): Promise<SeriesEditOutcome> {
  const oldConflicts = (await exceptionsOf(context, series.id)).filter((exception) => !exception.deleted && exception.kind === 'conflict');
  for (const exception of oldConflicts) await deleteRecord(context, 'seriesExceptions', exception.id);
  const written = conflictFields(series.id, plan);
  for (const { id, ...exception } of written) await putRecordAt(context, 'seriesExceptions', id, exception);
  const saved = await updateRecord(context, 'bookingSeries', series.id, fields);
  const undo = async () => {
    await inOneTransaction(context, [...TABLES], async () => {
      for (const { id } of written) await deleteRecord(context, 'seriesExceptions', id);
      for (const { id, seriesId, date, kind, winnerId } of oldConflicts) await putRecordAt(context, 'seriesExceptions', id, { seriesId, date, kind, winnerId });
      await updateRecord(context, 'bookingSeries', series.id, ruleOf(series));
    });
  };
  return { kind: 'saved', series: saved, skipped: plan.conflicts.length, undo };
}

/** Some dates have passed: the series ends on its last date before the change, and a new one goes on with the new rule. */
async function continueAsNew(context: DataContext, series: BookingSeries, fields: BookingSeriesFields, plan: SeriesEditPlan, lastKept: LocalDate): Promise<SeriesEditOutcome> {
  await updateRecord(context, 'bookingSeries', series.id, { until: lastKept, count: null });
  const next = await createRecord(context, 'bookingSeries', fields);
  const kept = carriedOver(await exceptionsOf(context, series.id), fields.startDate);
  for (const { date, kind, winnerId } of kept) await createRecord(context, 'seriesExceptions', { id: seriesExceptionId(next.id, date), seriesId: next.id, date, kind, winnerId });
  for (const { id, ...exception } of conflictFields(next.id, plan)) await createRecord(context, 'seriesExceptions', { id, ...exception });
  const undo = async () => {
    await inOneTransaction(context, [...TABLES], async () => {
      for (const exception of await exceptionsOf(context, next.id)) if (!exception.deleted) await deleteRecord(context, 'seriesExceptions', exception.id);
      await deleteRecord(context, 'bookingSeries', next.id);
      await updateRecord(context, 'bookingSeries', series.id, { until: series.until, count: series.count });
    });
  };
  return { kind: 'saved', series: next, skipped: plan.conflicts.length, undo };
}

const ruleOf = (series: BookingSeries): Partial<BookingSeriesFields> => ({
  weekdays: series.weekdays, startDate: series.startDate, until: series.until, count: series.count, startTime: series.startTime, endTime: series.endTime,
});
