import { findConflict } from '@core/bookingRules';
import { hubInstant } from '@core/bookings/bookingGrid';
import { bookingBreach, membersMayBookRoom, type BookingCheck } from '@core/bookings/bookingPolicy';
import { generateDemoHub, type DemoRecord } from '@core/demo/demoHub';
import { newId } from '@core/ids';
import { bookingPolicyOf, defaultHubSettings, HUB_SETTINGS_ID, type Room } from '@core/schemas';
import { addLocalDays, zonedDateOf, type LocalDate } from '@core/time/zonedTime';
import { openDataContext, type DataContext } from '../../renderer/src/data/dataContext';
import { DEFAULT_DATABASE_NAME, LandhubDatabase } from '../../renderer/src/data/database';
import { readBookingsBetween, readSeriesOfKind, readTimelineWindow } from '../../renderer/src/data/liveQueries';
import { occurrencesAsBookings, readOccupants } from '../../renderer/src/data/occupancy';
import type { AvailabilityOptions, AvailabilityResult, AvailabilitySamples, BookingsFillOptions, BookingsFillResult } from './benchApi';
import { BENCH_DEVICE, stampAll, stampHub, writeTables } from './demoRows';

/**
 * Issue 10 in the browser: a busy hub's premises and bookings in the app's own IndexedDB, and
 * what the host desk asks of them, timed through the renderer's data code.
 */
const FILL_CHUNK = 10_000;
const ZONE = defaultHubSettings.timeZone;
// Evening hours the demo's rooms never hold (they are booked 08-17), so series and bookings never overlap.
const SERIES_HOURS = ['18', '19', '20', '21', '22'];
const WARM_UP = 3;

/** Weekly room bookings over a year around today: each room, weekday and evening hour once. */
function roomSeries(roomIds: readonly string[], count: number, today: LocalDate): DemoRecord<'bookingSeries'>[] {
  return Array.from({ length: count }, (_, index) => {
    const hour = SERIES_HOURS[Math.floor(index / (roomIds.length * 5)) % SERIES_HOURS.length] ?? '18';
    return {
      id: newId(), resourceKind: 'room', resourceId: roomIds[index % roomIds.length] ?? '', memberId: null, title: 'Aftenkursus',
      weekdays: [1 + (Math.floor(index / roomIds.length) % 5)], startDate: addLocalDays(today, -200), until: addLocalDays(today, 165), count: null,
      startTime: `${hour}:00`, endTime: `${hour}:55`, status: 'active',
    };
  });
}

export async function fillBookingsHub(options: BookingsFillOptions): Promise<BookingsFillResult> {
  const now = new Date();
  const hub = generateDemoHub({ members: options.members, seed: options.seed, now, weeksOfHistory: 0, desks: options.desks, rooms: options.rooms, bookings: options.bookings });
  const roomIds = (hub.rooms ?? []).map((room) => room.id);
  const series = roomSeries(roomIds, options.series, zonedDateOf(now, ZONE));
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  const started = performance.now();
  try {
    const records = await writeTables(db, [...stampHub(hub, now), { table: 'bookingSeries', rows: stampAll(series, now) }], FILL_CHUNK);
    const starts = (hub.bookings ?? []).map((booking) => booking.startsAt).sort();
    return {
      records, ms: performance.now() - started, bookings: starts.length, series: series.length,
      deskIds: (hub.desks ?? []).filter((desk) => desk.active).map((desk) => desk.id), roomIds,
      firstDay: zonedDateOf(new Date(starts[0] ?? now), ZONE), lastDay: zonedDateOf(new Date(starts.at(-1) ?? now), ZONE),
    };
  } finally {
    db.close();
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

interface Probe { resourceId: string; resourceKind: 'desk' | 'room'; startsAt: string; endsAt: string }

/** A new booking the host types: a desk's morning or a room's evening hour, on one of the given days. */
function candidate(ids: Pick<AvailabilityOptions, 'deskIds' | 'roomIds'>, days: readonly LocalDate[], sample: number): Probe {
  const day = days[(sample * 7) % days.length] ?? days[0] ?? '2026-01-05';
  const desk = sample % 2 === 0;
  const resourceId = desk ? ids.deskIds[(sample * 13) % ids.deskIds.length] : ids.roomIds[sample % ids.roomIds.length];
  const [from, to] = desk ? ['08:00', '12:00'] : ['19:00', '20:00'];
  return { resourceId: resourceId ?? '', resourceKind: desk ? 'desk' : 'room', startsAt: hubInstant(day, from, ZONE).toISOString(), endsAt: hubInstant(day, to, ZONE).toISOString() };
}

/** useBookingCheck's work: the place's occupants (readOccupants), then the rule as a host and as a member. */
async function bookingCheck(context: DataContext, base: Omit<BookingCheck, 'others' | 'membersMayBook'>, rooms: Map<string, Room>, probe: Probe): Promise<number> {
  const others = await readOccupants(context, probe.resourceId, probe, ZONE);
  const check = { ...base, membersMayBook: membersMayBookRoom(rooms.get(probe.resourceId)), others };
  const booking = { id: '', status: 'confirmed' as const, memberId: null, ...probe };
  if (!bookingBreach(booking, check)) bookingBreach(booking, { ...check, bookedBy: 'member' });
  return others.length;
}

/** The timeline's reads for one day of every place: bookings touching the day, both kinds of series, their dates that day. */
async function dayFreeBusy(db: LandhubDatabase, day: LocalDate): Promise<number> {
  const from = hubInstant(day, '00:00', ZONE).toISOString();
  const to = hubInstant(addLocalDays(day, 1), '00:00', ZONE).toISOString();
  const [bookings, rooms, desks] = await Promise.all([readBookingsBetween(db, from, to), readSeriesOfKind(db, 'room', { from, to }), readSeriesOfKind(db, 'desk', { from, to })]);
  const window = { from: day, to: addLocalDays(day, 1) };
  return bookings.length + occurrencesAsBookings(rooms, window, ZONE).length + occurrencesAsBookings(desks, window, ZONE).length;
}

function emptySamples(): AvailabilitySamples {
  return { ms: [], baselineMs: [], rows: [], baselineRows: [] };
}

/** Both, in the order asked, so that over many samples neither always runs on the warmer cache. */
async function backToBack<A, B>(aFirst: boolean, a: () => Promise<A>, b: () => Promise<B>): Promise<[A, B]> {
  if (aFirst) {
    const first = await a();
    return [first, await b()];
  }
  const second = await b();
  return [await a(), second];
}

function push(samples: AvailabilitySamples, real: { ms: number; value: number }, plain: { ms: number; value: number }): void {
  samples.ms.push(real.ms);
  samples.rows.push(real.value);
  samples.baselineMs.push(plain.ms);
  samples.baselineRows.push(plain.value);
}

interface Session { context: DataContext; base: Omit<BookingCheck, 'others' | 'membersMayBook'>; rooms: Map<string, Room>; result: AvailabilityResult }

async function oneSample(session: Session, options: AvailabilityOptions, sample: number, kept: boolean): Promise<void> {
  const { context, base, rooms, result } = session;
  const { db } = context;
  const probe = candidate(options, options.days, sample);
  const [checked, read] = await backToBack(sample % 2 === 0,
    () => timed(() => bookingCheck(context, base, rooms, probe)),
    () => timed(() => db.bookings.where('resourceId').equals(probe.resourceId).toArray()));
  const bare = performance.now();
  findConflict({ id: '', status: 'confirmed', ...probe }, read.value);
  const bareMs = performance.now() - bare;
  const day = options.days[(sample * 11) % options.days.length] ?? options.days[0] ?? '2026-01-05';
  const dayStarts = hubInstant(day, '00:00', ZONE).toISOString();
  const dayEnds = hubInstant(addLocalDays(day, 1), '00:00', ZONE).toISOString();
  const [busy, plainDay] = await backToBack(sample % 2 === 1,
    () => timed(() => dayFreeBusy(db, day)),
    () => timed(async () => (await db.bookings.where('startsAt').between(dayStarts, dayEnds).toArray()).length));
  if (!kept) return;
  push(result.check, checked, { ms: read.ms, value: read.value.length });
  result.bareCheckMs.push(bareMs);
  push(result.day, busy, plainDay);
}

/**
 * Each sample runs the app's query and its baseline back to back, in alternating order, so a
 * noisy moment on the machine hits both alike. The first few of each are warm-up.
 */
export async function availabilityLatency(options: AvailabilityOptions): Promise<AvailabilityResult> {
  const context = await openDataContext({ databaseName: DEFAULT_DATABASE_NAME, deviceId: BENCH_DEVICE });
  try {
    const settings = await context.db.hubSettings.get(HUB_SETTINGS_ID);
    const rooms = new Map((await context.db.rooms.toArray()).map((room) => [room.id, room]));
    const base = { policy: bookingPolicyOf(settings), timeZone: ZONE, now: context.now(), bookedBy: 'host' as const };
    const session: Session = { context, base, rooms, result: { check: emptySamples(), bareCheckMs: [], day: emptySamples() } };
    for (let sample = 0; sample < options.samples + WARM_UP; sample++) await oneSample(session, options, sample, sample >= WARM_UP);
    return session.result;
  } finally {
    context.db.close();
  }
}

/** Confirmed desk bookings touching each week: what the desk timeline's summary must then say. */
export async function expectedDeskCounts(mondays: readonly LocalDate[]): Promise<number[]> {
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  try {
    const desks = (await db.bookings.toArray()).filter((booking) => !booking.deleted && booking.resourceKind === 'desk' && booking.status === 'confirmed');
    return mondays.map((monday) => {
      const from = hubInstant(monday, '00:00', ZONE).toISOString();
      const to = hubInstant(addLocalDays(monday, 7), '00:00', ZONE).toISOString();
      return desks.filter((booking) => booking.startsAt < to && booking.endsAt > from).length;
    });
  } finally {
    db.close();
  }
}

/**
 * A desk week's reads as useBookingTimeline makes them when the week changes: readTimelineWindow
 * (its bookings, the desk series), then the members they are for (useMembersByIds' bulkGet),
 * none of them known yet. No React, no DOM. `rounds` passes over the weeks.
 */
export async function weekReadLatency(mondays: readonly LocalDate[], rounds: number): Promise<number[]> {
  const db = new LandhubDatabase(DEFAULT_DATABASE_NAME);
  try {
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const monday of mondays) {
        const started = performance.now();
        const from = hubInstant(monday, '00:00', ZONE).toISOString();
        const to = hubInstant(addLocalDays(monday, 7), '00:00', ZONE).toISOString();
        const { bookings, series } = await readTimelineWindow(db, 'desk', from, to);
        const ids = [...new Set([...bookings, ...series.series].flatMap((row) => (row.memberId ? [row.memberId] : [])))].sort();
        await db.members.bulkGet(ids);
        times.push(performance.now() - started);
      }
    }
    return times;
  } finally {
    db.close();
  }
}
