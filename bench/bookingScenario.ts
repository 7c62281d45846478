import { findConflict } from '@core/bookingRules';
import { seriesSlots } from '@core/bookings/bookingSeries';
import { formatHlc, HybridClock } from '@core/hlc';
import { defaultHubSettings, HUB_SETTINGS_ID } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import { addLocalDays, zonedInstant } from '@core/time/zonedTime';
import { applyBookingRules, bookingAuthor } from '../main/hub/sync/hubBookingRules';
import { createSqliteHubStore, openHubSqlite } from '../main/hub/sync/sqliteHubStore';
import { latencyLines, type MetricLine, type ScenarioReport } from './report';
import { round, summarize } from './searchLatency';

/**
 * What the booking rules cost on a busy hub, on the hub's real SQLite store:
 * - hub_availability_query_ms: the hub judging one pushed booking (its resource's bookings and the
 *   dates of its weekly series), beside the bare overlap check over the same bookings in memory
 *   (the host desk's own check, in the browser, is bookingsUiScenario.ts's availability_query_ms);
 * - series_expand_ms: expanding every weekly series of the hub over a year, beside filtering
 *   as many stored booking rows for the window (what copies instead of rules would cost to read).
 */
const { timeZone } = defaultHubSettings;
const START = '2026-01-05';
const now = zonedInstant(START, '09:00', timeZone);
const STAMP = formatHlc({ wallMs: now.getTime(), counter: 0, node: 'host1' });
const SAMPLES = 40;
/** Issue 10: weekly series expanded over a year. */
const SERIES_DAYS = 365;

const row = (id: string, fields: Record<string, unknown>): SyncedRow => ({ id, hlc: { '*': STAMP }, deviceId: 'host1', deleted: false, ...fields });

function timed(samples: number, work: (sample: number) => void): number[] {
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const started = performance.now();
    work(sample);
    times.push(performance.now() - started);
  }
  return times;
}

export function runBookingScenario(options: { rooms: number; bookingsPerRoom: number; series: number }): ScenarioReport {
  const db = openHubSqlite(':memory:');
  const store = createSqliteHubStore(db);
  let seq = 0;
  store.putRecord('hubSettings', row(HUB_SETTINGS_ID, { ...defaultHubSettings }), ++seq);
  const roomBookings: SyncedRow[] = [];
  for (let room = 0; room < options.rooms; room++) {
    for (let index = 0; index < options.bookingsPerRoom; index++) {
      // Two hours a working day, room after room, over the years.
      const date = addLocalDays(START, Math.floor(index / 4));
      const hour = 8 + (index % 4) * 2;
      const booking = row(`b-${String(room)}-${String(index)}`, {
        resourceKind: 'room', resourceId: `room-${String(room)}`, memberId: `m-${String(index % 500)}`, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
        startsAt: zonedInstant(date, `${String(hour).padStart(2, '0')}:00`, timeZone).toISOString(), endsAt: zonedInstant(date, `${String(hour + 1).padStart(2, '0')}:30`, timeZone).toISOString(),
      });
      store.putRecord('bookings', booking, ++seq);
      if (room === 0) roomBookings.push(booking);
    }
  }
  const series = Array.from({ length: options.series }, (_, index) => row(`s-${String(index)}`, {
    resourceKind: 'room', resourceId: `room-${String(index % options.rooms)}`, memberId: null, title: '', weekdays: [1 + (index % 5)], startDate: START,
    until: addLocalDays(START, SERIES_DAYS - 1), count: null, startTime: '18:00', endTime: '20:00', status: 'active',
  }));
  for (const rule of series) store.putRecord('bookingSeries', rule, ++seq);

  const clock = new HybridClock('hub', () => now.getTime());
  const author = bookingAuthor('host', now);
  const candidateAt = (sample: number) => {
    const date = addLocalDays(START, 30 + sample);
    return { startsAt: zonedInstant(date, '07:00', timeZone).toISOString(), endsAt: zonedInstant(date, '07:45', timeZone).toISOString() };
  };
  const judged = timed(SAMPLES, (sample) => {
    applyBookingRules(store, undefined, row(`new-${String(sample)}`, { resourceKind: 'room', resourceId: 'room-0', memberId: null, title: '', status: 'confirmed', rejection: null, confirmedAt: null, ...candidateAt(sample) }), author, clock);
  });
  const slots = roomBookings.map((booking) => ({ id: booking.id, resourceId: 'room-0', status: 'confirmed' as const, startsAt: String(booking.startsAt), endsAt: String(booking.endsAt) }));
  const bare = timed(SAMPLES, (sample) => { findConflict({ id: 'x', resourceId: 'room-0', status: 'confirmed', ...candidateAt(sample) }, slots); });

  const window = { from: START, to: addLocalDays(START, SERIES_DAYS) };
  const typed = series.map((rule) => ({ ...rule, resourceKind: 'room' as const, resourceId: String(rule.resourceId), memberId: null, status: 'active' as const,
    weekdays: rule.weekdays as number[], startDate: START, until: String(rule.until), count: null, startTime: '18:00', endTime: '20:00' }));
  let occurrences = 0;
  const expanded = timed(10, () => { occurrences = seriesSlots(typed, [], window, timeZone).length; });
  const copies = Array.from({ length: occurrences }, (_, index) => slots[index % slots.length]!);
  const windowStart = zonedInstant(window.from, '00:00', timeZone).toISOString();
  const windowEnd = zonedInstant(window.to, '00:00', timeZone).toISOString();
  const filtered = timed(10, () => { copies.filter((slot) => slot.startsAt < windowEnd && slot.endsAt > windowStart); });
  store.close();

  const size = { rooms: options.rooms, bookings: options.rooms * options.bookingsPerRoom, series: options.series };
  const lines: MetricLine[] = [
    ...latencyLines('hub_availability_query_ms', summarize(judged), { ...size, baseline_p50_ms: round(summarize(bare).p50, 3), baseline: 'findConflict over the room\'s bookings in memory' }, 50),
    ...latencyLines('series_expand_ms', summarize(expanded), { ...size, occurrences, baseline_p50_ms: round(summarize(filtered).p50, 3), baseline: 'filtering as many stored rows for the window' }, 200),
  ];
  return { lines, diagnostics: [] };
}
