import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { slotsOverlap } from '@core/bookingRules';
import { bookingSeriesFieldsSchema, seriesExceptionFieldsSchema, seriesExceptionId, seriesSlots } from '@core/bookings/bookingSeries';
import { withoutSyncFields } from '@core/schemas/common';
import { addLocalDays } from '@core/time/zonedTime';
import { bookingFields, HUB_NOW, openSeriesHub, seriesFields, slot, type SeriesHub } from './testSeries';

/**
 * Whatever order bookings and series reach the hub in, no two confirmed bookings and no two
 * occurrences of active series (nor one of each) hold one desk or room at once: every push is
 * random, through the hub's engine on a real SQLite store in memory. Occurrences that ended before
 * the hub's now are left out (the hub writes no exception for the past).
 */

const RESOURCES = [['room', 'room-a'], ['room', 'room-b'], ['desk', 'desk-a']] as const;
/** Days of December from the hub's today, Tuesday the 1st: two weeks for bookings, so that they meet the series often. */
const dayOf = (index: number) => addLocalDays(HUB_NOW.toISOString().slice(0, 10), index);
const hhmm = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

const resource = fc.constantFrom(...RESOURCES);
const time = fc.record({ day: fc.integer({ min: 0, max: 13 }), hour: fc.integer({ min: 7, max: 16 }), hours: fc.integer({ min: 1, max: 3 }) });
const pick = fc.nat();
const operation = fc.oneof(
  fc.record({ kind: fc.constant('book' as const), resource, time }),
  fc.record({ kind: fc.constant('walkIn' as const), hour: fc.integer({ min: 9, max: 20 }) }),
  fc.record({ kind: fc.constant('moveBooking' as const), pick, time }),
  fc.record({ kind: fc.constant('bookingStatus' as const), pick, status: fc.constantFrom('confirmed', 'cancelled') }),
  fc.record({ kind: fc.constant('series' as const), resource, weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }), time, count: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('moveSeries' as const), pick, resource, hour: fc.integer({ min: 7, max: 18 }), weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('seriesStatus' as const), pick, status: fc.constantFrom('active', 'cancelled') }),
  fc.record({ kind: fc.constant('skip' as const), pick, day: fc.integer({ min: 0, max: 20 }) }),
  fc.record({ kind: fc.constant('restore' as const), pick }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

let hub: SeriesHub;
let bookings: string[];
let series: string[];
beforeEach(() => { hub = openSeriesHub(); bookings = []; series = []; });
afterEach(() => { hub.close(); });

const times = ({ day, hour, hours }: { day: number; hour: number; hours: number }) => slot(dayOf(day), hhmm(hour), hhmm(Math.min(hour + hours, 23)));
const chosen = (ids: readonly string[], index: number) => ids[index % Math.max(ids.length, 1)];
let nextId = 0;
const freshId = () => `id-${String(++nextId)}`;

/** Pushes one random change from the machine that would make it; refusals are allowed, they change nothing. */
function run(op: Operation): void {
  switch (op.kind) {
    case 'book': {
      const [resourceKind, resourceId] = op.resource;
      const id = freshId();
      bookings.push(id);
      hub.push('host', 'bookings', id, bookingFields(resourceId, times(op.time), { resourceKind }));
      return;
    }
    case 'walkIn': {
      // The kiosk's walk-in: today's desk, from now.
      const id = freshId();
      bookings.push(id);
      hub.push('kiosk', 'bookings', id, bookingFields('desk-a', { startsAt: HUB_NOW.toISOString(), endsAt: slot(dayOf(0), '09:00', hhmm(op.hour)).endsAt }, { resourceKind: 'desk', memberId: 'member-1' }));
      return;
    }
    case 'moveBooking': { const id = chosen(bookings, op.pick); if (id) hub.push('host', 'bookings', id, times(op.time)); return; }
    case 'bookingStatus': { const id = chosen(bookings, op.pick); if (id) hub.push('host', 'bookings', id, { status: op.status }); return; }
    case 'series': {
      const [resourceKind, resourceId] = op.resource;
      const id = freshId();
      series.push(id);
      const { startsAt, endsAt } = { startsAt: hhmm(op.time.hour), endsAt: hhmm(Math.min(op.time.hour + op.time.hours, 23)) };
      hub.push('host', 'bookingSeries', id, seriesFields(resourceId, { resourceKind, weekdays: op.weekdays, startDate: dayOf(op.time.day), until: null, count: op.count, startTime: startsAt, endTime: endsAt }));
      return;
    }
    case 'moveSeries': {
      const id = chosen(series, op.pick);
      if (id) hub.push('host', 'bookingSeries', id, { resourceKind: op.resource[0], resourceId: op.resource[1], weekdays: op.weekdays, startTime: hhmm(op.hour), endTime: hhmm(op.hour + 2) });
      return;
    }
    case 'seriesStatus': { const id = chosen(series, op.pick); if (id) hub.push('host', 'bookingSeries', id, { status: op.status }); return; }
    case 'skip': {
      const id = chosen(series, op.pick);
      if (id) hub.push('host', 'seriesExceptions', seriesExceptionId(id, dayOf(op.day)), { seriesId: id, date: dayOf(op.day), kind: 'skipped', winnerId: null, deleted: false });
      return;
    }
    case 'restore': {
      const exception = chosen(hub.store.liveRecords('seriesExceptions').map((row) => row.id), op.pick);
      if (exception) hub.push('host', 'seriesExceptions', exception, { deleted: true });
      return;
    }
  }
}

/** Every slot the store holds now: confirmed bookings, and the occurrences of active series that have not ended. */
function heldSlots() {
  const confirmed = hub.store.liveRecords('bookings').filter((row) => row.status === 'confirmed')
    .map((row) => ({ id: row.id, resourceId: String(row.resourceId), startsAt: String(row.startsAt), endsAt: String(row.endsAt) }));
  const rules = hub.store.liveRecords('bookingSeries').map((row) => ({ ...bookingSeriesFieldsSchema.parse(withoutSyncFields(row)), id: row.id }));
  const exceptions = hub.store.liveRecords('seriesExceptions').map((row) => ({ seriesId: String(row.seriesId), date: String(row.date), kind: seriesExceptionFieldsSchema.shape.kind.parse(row.kind) }));
  const occurrences = seriesSlots(rules, exceptions, { from: dayOf(-1), to: dayOf(60) }, 'Europe/Copenhagen').filter((occurrence) => Date.parse(occurrence.endsAt) > HUB_NOW.getTime());
  return [...confirmed, ...occurrences];
}

function overlapsIn(slots: ReturnType<typeof heldSlots>): string[] {
  return slots.flatMap((a, index) => slots.slice(index + 1).filter((b) => a.resourceId === b.resourceId && slotsOverlap(a, b)).map((b) => `${a.id} ${a.startsAt} / ${b.id} ${b.startsAt}`));
}

describe('series and bookings in any order', () => {
  it('never leave two holders of one slot', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 60, size: 'max' }), (operations) => {
        hub.close();
        hub = openSeriesHub();
        bookings = [];
        series = [];
        for (const op of operations) run(op);
        expect(overlapsIn(heldSlots())).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
