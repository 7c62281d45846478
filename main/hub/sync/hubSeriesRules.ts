import type { BookingSlot } from '@core/bookingRules';
import { bookingSeriesFieldsSchema, seriesExceptionFieldsSchema, seriesExceptionId, type StoredException, type StoredSeries } from '@core/bookings/bookingSeries';
import { seriesAsksForSlots, seriesConflicts, seriesFreedBy, seriesSlotsAround } from '@core/bookings/seriesOverlap';
import type { TableName } from '@core/schemas';
import { withoutSyncFields } from '@core/schemas/common';
import type { SyncedRow } from '@core/sync/merge';
import { storedHubSettings } from '../storedSettings';
import type { HubStore } from './hubStore';
import type { HubWrite } from './syncEngine';

/**
 * Weekly series on the hub (docs/sync-protocol.md, Push 7): whoever the hub accepted first keeps
 * the time. A single booking that asks for a slot an occurrence holds is rejected
 * (hubBookingRules.ts reads the occurrences from here); a series that asks for slots gets a
 * 'conflict' exception, written by the hub as its own change, for each coming date a booking or
 * another series holds, so every machine, the one that made the series offline too, sees why.
 */

/** A slot an occurrence holds, as the booking rules count it: under its series' id, for nobody's member limit. */
export type OccurrenceSlot = BookingSlot & { memberId: null };

/** The occurrences of the resource's active series on the days the slot touches. */
export function occurrencesAround(store: HubStore, slot: Pick<BookingSlot, 'resourceId' | 'startsAt' | 'endsAt'>, timeZone: string): OccurrenceSlot[] {
  const series = liveSeriesOf(store, slot.resourceId);
  if (series.length === 0) return [];
  return seriesSlotsAround(series, exceptionsOf(store, series), slot, timeZone).map((occurrence) => ({
    id: occurrence.seriesId, resourceId: occurrence.resourceId, startsAt: occurrence.startsAt, endsAt: occurrence.endsAt, status: 'confirmed', memberId: null,
  }));
}

/**
 * The exceptions the hub writes after a record it stored: for a series that asks for slots (new,
 * moved, active again), or for the series of an exception a host removed or moved (the date comes
 * back only if it is still free). Never over an exception that is there: a date taken out stays out.
 */
export function seriesConflictWrites(store: HubStore, table: TableName, before: SyncedRow | undefined, after: SyncedRow, now: Date): HubWrite[] {
  const series = seriesToPlan(store, table, before, after);
  if (!series) return [];
  const others = liveSeriesOf(store, series.resourceId).filter((other) => other.id !== series.id);
  const around = {
    exceptions: exceptionsOf(store, [series]),
    bookings: store.bookingsOfResource(series.resourceId).filter((row) => !row.deleted).map(asSlot),
    otherSeries: others,
    otherExceptions: exceptionsOf(store, others),
  };
  return seriesConflicts(series, around, now, storedHubSettings(store).timeZone).map(({ date, winnerId }) => ({
    table: 'seriesExceptions',
    recordId: seriesExceptionId(series.id, date),
    // `deleted: false` brings back an exception a host had removed, when the date is taken again meanwhile.
    fields: { seriesId: series.id, date, kind: 'conflict', winnerId, deleted: false },
  }));
}

function seriesToPlan(store: HubStore, table: TableName, before: SyncedRow | undefined, after: SyncedRow): StoredSeries | null {
  if (table === 'bookingSeries') return seriesAsksForSlots(before, after) ? asSeries(after) : null;
  const freed = table === 'seriesExceptions' ? seriesFreedBy(before, after) : null;
  if (!freed) return null;
  const parent = store.getRecord('bookingSeries', freed);
  return parent && !parent.deleted ? asSeries(parent) : null;
}

function liveSeriesOf(store: HubStore, resourceId: string): StoredSeries[] {
  return store.seriesOfResource(resourceId).flatMap((row) => asSeries(row) ?? []);
}

/** The live exceptions of the series, as the rules read them (with their stamps: a check-in's time). */
export function exceptionsOf(store: HubStore, series: readonly StoredSeries[]): StoredException[] {
  return series.flatMap((one) => store.exceptionsOfSeries(one.id).flatMap((row) => {
    const kind = seriesExceptionFieldsSchema.shape.kind.safeParse(row.kind);
    // A row of a kind this hub does not know takes its date out, as one it stored before knew it would.
    return [{ seriesId: one.id, date: String(row.date), kind: kind.success ? kind.data : 'skipped', deleted: row.deleted, hlc: row.hlc }];
  }));
}

/** The hub's copy of one series as the rules read it, or null: for the check of a change to one of its dates. */
export function storedSeries(store: HubStore, seriesId: string): StoredSeries | null {
  const row = store.getRecord('bookingSeries', seriesId);
  return row ? asSeries(row) : null;
}

/** A stored series row (validated whole when it was stored) as the rules read it; null if it does not parse. */
export function asSeries(row: SyncedRow): StoredSeries | null {
  const parsed = bookingSeriesFieldsSchema.safeParse(withoutSyncFields(row));
  return parsed.success ? { ...parsed.data, id: row.id, deleted: row.deleted } : null;
}

function asSlot(row: SyncedRow): BookingSlot {
  return { id: row.id, resourceId: String(row.resourceId), startsAt: String(row.startsAt), endsAt: String(row.endsAt), status: row.status === 'confirmed' ? 'confirmed' : 'cancelled' };
}
