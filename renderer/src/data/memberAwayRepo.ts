import { parseOccurrenceId, seriesExceptionId } from '@core/bookings/bookingSeries';
import type { Booking, BookingSeries } from '@core/schemas';
import { addLocalDays, type LocalDate } from '@core/time/zonedTime';
import { hubInstant } from '@core/bookings/bookingGrid';
import { restoreBooking } from './bookingRepo';
import type { DataContext } from './dataContext';
import { hubTimeZone } from './hubSettingsRepo';
import { readMemberSeriesDates } from './occupancy';
import { inOneTransaction, putRecordAt, updateRecord } from './recordWriter';
import { restoreOccurrence } from './seriesRepo';

/**
 * "Cancel this member's bookings from A to B" (a holiday, an illness): their single bookings in
 * those days are cancelled and the dates of their weekly bookings taken out, in one step that
 * can be undone. Days are the hub's calendar days, both ends included.
 */

export interface MemberAwayPlan {
  bookings: Booking[];
  seriesDates: { series: BookingSeries; date: LocalDate; booking: Booking }[];
}

const TABLES = ['bookings', 'bookingSeries', 'seriesExceptions', 'hubSettings'] as const;

/** What would be cancelled: the member's confirmed bookings and weekly dates from `from` to `to`. */
export async function planMemberAway(context: DataContext, memberId: string, from: LocalDate, to: LocalDate): Promise<MemberAwayPlan> {
  const timeZone = await hubTimeZone(context);
  const window = { from, to: addLocalDays(to, 1) };
  const starts = hubInstant(window.from, '00:00', timeZone).toISOString();
  const ends = hubInstant(window.to, '00:00', timeZone).toISOString();
  const own = (await context.db.bookings.where('memberId').equals(memberId).toArray())
    .filter((booking) => !booking.deleted && booking.status === 'confirmed' && booking.startsAt < ends && booking.endsAt > starts)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const seriesDates = (await readMemberSeriesDates(context, memberId, window, timeZone))
    .flatMap(({ booking, series: of }) => {
      const named = parseOccurrenceId(booking.id);
      return named ? [{ series: of, date: named.date, booking }] : [];
    })
    .sort((a, b) => a.booking.startsAt.localeCompare(b.booking.startsAt));
  return { bookings: own, seriesDates };
}

/** What was cancelled, to be undone. */
export interface MemberAwayDone {
  bookingIds: string[];
  exceptionIds: string[];
}

/** Cancels what the plan finds now (read again in the write's transaction). */
export async function cancelMemberAway(context: DataContext, memberId: string, from: LocalDate, to: LocalDate): Promise<MemberAwayDone> {
  return inOneTransaction(context, TABLES, async () => {
    const plan = await planMemberAway(context, memberId, from, to);
    for (const booking of plan.bookings) await updateRecord(context, 'bookings', booking.id, { status: 'cancelled' });
    const exceptionIds: string[] = [];
    for (const { series, date } of plan.seriesDates) {
      const id = seriesExceptionId(series.id, date);
      await putRecordAt(context, 'seriesExceptions', id, { seriesId: series.id, date, kind: 'skipped', winnerId: null });
      exceptionIds.push(id);
    }
    return { bookingIds: plan.bookings.map((booking) => booking.id), exceptionIds };
  });
}

/** Brings back what was cancelled; a booking or date whose time was taken meanwhile stays cancelled (counted). */
export async function undoMemberAway(context: DataContext, done: MemberAwayDone): Promise<{ notRestored: number }> {
  return inOneTransaction(context, TABLES, async () => {
    let notRestored = 0;
    for (const id of done.bookingIds) if ((await restoreBooking(context, id)).kind !== 'saved') notRestored += 1;
    for (const id of done.exceptionIds) {
      const exception = await context.db.seriesExceptions.get(id);
      const series = exception ? await context.db.bookingSeries.get(exception.seriesId) : undefined;
      if (!exception || exception.deleted || !series || series.deleted) continue;
      if ((await restoreOccurrence(context, series, exception.date)) === 'taken') notRestored += 1;
    }
    return { notRestored };
  });
}
