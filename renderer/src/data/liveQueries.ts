import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultHubSettings, HUB_SETTINGS_ID, type Booking, type BookingSeries, type CheckIn, type Desk, type Guest, type HubSettings, type Member, type Room, type SeriesException, type Skill, type Zone } from '@core/schemas';
import { whoIsIn } from '@core/presence';
import { addLocalDays, zonedDateOf, zonedEndOfDay, zonedStartOfDay } from '@core/time/zonedTime';
import { useDataContext } from '../app/services';
import type { LandhubDatabase } from './database';
import { hubTimeZone } from './hubSettingsRepo';
import { occurrencesAsBookings, readOccupants } from './occupancy';
import { planMemberAway, type MemberAwayPlan } from './memberAwayRepo';
import { planHostSeries, type SeriesPlanView } from './seriesRepo';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';

/**
 * Every screen reads through these live queries, so a change made here, in another tab or
 * pulled from the hub repaints every screen by itself. Tombstoned rows never leave this file.
 */
export function useMembers(): Member[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => db.members.filter((member) => !member.deleted).toArray(), [db]);
}

/** Whether the hub has any member at all (the very first set-up has none), without reading them all. */
export function useHasMembers(): boolean | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => (await db.members.filter((member) => !member.deleted).first()) !== undefined, [db]);
}

/** A few members by id (say, the hosts of today's guests), without reading the whole table. */
export function useMembersByIds(ids: readonly string[]): Member[] | undefined {
  const { db } = useDataContext();
  const key = [...new Set(ids)].sort().join(',');
  const result = useLiveQuery(async () => {
    const found = await db.members.bulkGet(key ? key.split(',') : []);
    return { key, members: found.filter((member): member is Member => member !== undefined && !member.deleted) };
  }, [db, key]);
  // Right after the ids change the hook still holds the answer for the old ids: report "loading".
  return result?.key === key ? result.members : undefined;
}

export function useMember(id: string | null): Member | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => {
    if (!id) return undefined;
    const member = await db.members.get(id);
    return member && !member.deleted ? member : undefined;
  }, [db, id]);
}

export function useSkills(): Skill[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => db.skills.filter((skill) => !skill.deleted).toArray(), [db]);
}

export function useHubSettings(): Omit<HubSettings, 'hlc' | 'deviceId' | 'deleted'> {
  const { db } = useDataContext();
  const stored = useLiveQuery(() => db.hubSettings.get(HUB_SETTINGS_ID), [db]);
  return stored && !stored.deleted ? stored : { id: HUB_SETTINGS_ID, ...defaultHubSettings };
}

/** The hub's time zone, in which every screen counts its days (core/time/zonedTime.ts). */
export function useHubTimeZone(): string {
  return useHubSettings().timeZone;
}

/** Today's check-in and check-out events (the hub's day), oldest first. */
export function useTodaysCheckIns(): CheckIn[] | undefined {
  const { db, now } = useDataContext();
  const since = zonedStartOfDay(now(), useHubTimeZone()).toISOString();
  return useLiveQuery(async () => {
    const events = await db.checkIns.where('at').aboveOrEqual(since).sortBy('at');
    return events.filter((event) => !event.deleted);
  }, [db, since]);
}

/** Ids of members checked in right now (core's presence rule, as of the latest event change). */
export function useMembersInToday(): ReadonlySet<string> | undefined {
  const { now } = useDataContext();
  const timeZone = useHubTimeZone();
  const events = useTodaysCheckIns();
  return useMemo(() => (events ? whoIsIn(events, now(), zonedStartOfDay(now(), timeZone)) : undefined), [events, now, timeZone]);
}

/** Bookings that touch today (the hub's day), every status. */
export function useTodaysBookings(): Booking[] | undefined {
  const { db, now } = useDataContext();
  const today = now();
  const timeZone = useHubTimeZone();
  const from = zonedStartOfDay(today, timeZone).toISOString();
  const to = zonedEndOfDay(today, timeZone).toISOString();
  return useLiveQuery(async () => {
    // A booking touches today when it starts before today ends and ends after today begins.
    const starting = await db.bookings.where('startsAt').below(to).toArray();
    return starting.filter((booking) => !booking.deleted && booking.endsAt > from);
  }, [db, from, to]);
}

const LONGEST_BOOKING_MS = 7 * 24 * 60 * 60_000;

/**
 * Bookings that touch [from, to), every status: a window of a day or a week of the timeline
 * (useTimelineWindow), apart from its hook so that bench/ times the very query the screen makes.
 * The rows starting in the window are read whole; the few that began earlier and still run are
 * found by their keys alone (the `endsAt` index, version 5), so a window is read without decoding
 * the week before it. No booking runs for a week, so one running through the whole window exists
 * only for a window shorter than a week: for those, the keys of the week before are read too.
 */
export async function readBookingsBetween(db: LandhubDatabase, from: string, to: string): Promise<Booking[]> {
  const fromMs = Date.parse(from);
  const spanning = Date.parse(to) - fromMs < LONGEST_BOOKING_MS;
  const [starting, endingInside, startedBefore, endingAfter] = await Promise.all([
    db.bookings.where('startsAt').between(from, to, true, false).toArray(),
    db.bookings.where('endsAt').between(from, to, false, true).primaryKeys(),
    spanning ? db.bookings.where('startsAt').between(new Date(fromMs - LONGEST_BOOKING_MS).toISOString(), from, true, false).primaryKeys() : [],
    spanning ? db.bookings.where('endsAt').between(to, new Date(fromMs + LONGEST_BOOKING_MS).toISOString(), false, true).primaryKeys() : [],
  ]);
  const started = new Set(starting.map((booking) => booking.id));
  const runningPast = new Set(endingAfter);
  // Ending inside the window without starting in it, or running through all of it.
  const crossing = [...endingInside.filter((id) => !started.has(id)), ...startedBefore.filter((id) => runningPast.has(id))];
  const before = (await db.bookings.bulkGet(crossing)).filter((booking): booking is Booking => booking !== undefined).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return [...before, ...starting].filter((booking) => !booking.deleted && booking.endsAt > from && booking.startsAt < to);
}

/** A day of rooms or a week of desks: its bookings and the series of that kind. */
export interface TimelineWindow {
  bookings: Booking[];
  series: { series: BookingSeries[]; exceptions: SeriesException[] };
}

/**
 * What the host's timeline draws for [from, to), read together so the grid draws each window
 * once; undefined until this window's answer is in (never the previous window's).
 */
export function useTimelineWindow(resourceKind: 'desk' | 'room', from: string, to: string): TimelineWindow | undefined {
  const { db } = useDataContext();
  const key = `${resourceKind}|${from}|${to}`;
  const result = useLiveQuery(async () => ({ key, window: await readTimelineWindow(db, resourceKind, from, to) }), [db, key]);
  return result?.key === key ? result.window : undefined;
}

/** useTimelineWindow's read, apart from its hook for bench/. */
export async function readTimelineWindow(db: LandhubDatabase, resourceKind: 'desk' | 'room', from: string, to: string): Promise<TimelineWindow> {
  const [bookings, series] = await Promise.all([readBookingsBetween(db, from, to), readSeriesOfKind(db, resourceKind, { from, to })]);
  return { bookings, series };
}

/** What holds a place around a time: its bookings and its series' dates (data/occupancy.ts), for a form checking as the host types. */
export function useOccupantsOf(resourceId: string, span: { startsAt: string; endsAt: string } | null, timeZone: string): Booking[] | undefined {
  const context = useDataContext();
  return useLiveQuery(
    async () => (span && resourceId ? readOccupants(context, resourceId, span, timeZone) : []),
    [context, resourceId, span?.startsAt, span?.endsAt, timeZone],
  );
}

/** How far ahead the kiosk lists the dates of a member's weekly bookings. */
const UPCOMING_SERIES_DAYS = 28;

/**
 * A member's confirmed bookings that have not ended, and the dates of their weekly bookings in
 * the next four weeks (`series` set), soonest first: the kiosk's "My bookings".
 */
export function useUpcomingBookingsOf(memberId: string): { booking: Booking; series: BookingSeries | null }[] | undefined {
  const context = useDataContext();
  const { db, now } = context;
  return useLiveQuery(async () => {
    const nowIso = now().toISOString();
    const own = (await db.bookings.where('memberId').equals(memberId).toArray())
      .filter((booking) => !booking.deleted && booking.status === 'confirmed' && booking.endsAt > nowIso)
      .map((booking) => ({ booking, series: null }));
    const series = (await db.bookingSeries.where('memberId').equals(memberId).toArray()).filter((row) => !row.deleted);
    const exceptions = (await db.seriesExceptions.where('seriesId').anyOf(series.map((row) => row.id)).toArray()).filter((row) => !row.deleted);
    const timeZone = await hubTimeZone(context);
    const today = zonedDateOf(now(), timeZone);
    const dates = occurrencesAsBookings({ series, exceptions }, { from: today, to: addLocalDays(today, UPCOMING_SERIES_DAYS) }, timeZone)
      .filter(({ booking }) => booking.endsAt > nowIso);
    return [...own, ...dates].sort((a, b) => a.booking.startsAt.localeCompare(b.booking.startsAt));
  }, [context, db, memberId, now]);
}

/** Every live series of desks or of rooms, with the dates taken out of them (a hub holds dozens, not thousands). */
export function useSeriesOfKind(resourceKind: 'desk' | 'room'): { series: BookingSeries[]; exceptions: SeriesException[] } | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => readSeriesOfKind(db, resourceKind), [db, resourceKind]);
}

/** The timeline's series read, apart from its hook for bench/ as readBookingsBetween; by the `resourceKind` index (version 5). */
export async function readSeriesOfKind(db: LandhubDatabase, resourceKind: 'desk' | 'room', around?: { from: string; to: string }): Promise<{ series: BookingSeries[]; exceptions: SeriesException[] }> {
  const series = (await db.bookingSeries.where('resourceKind').equals(resourceKind).toArray()).filter((row) => !row.deleted);
  if (series.length === 0) return { series, exceptions: [] };
  if (!around) {
    const exceptions = (await db.seriesExceptions.where('seriesId').anyOf(series.map((row) => row.id)).toArray()).filter((row) => !row.deleted);
    return { series, exceptions };
  }
  // Only the window's dates need their exceptions: a day more on each side covers any hub zone.
  const ids = new Set(series.map((row) => row.id));
  const first = addLocalDays(around.from.slice(0, 10), -1);
  const last = addLocalDays(around.to.slice(0, 10), 1);
  const exceptions = (await db.seriesExceptions.where('date').between(first, last, true, true).toArray()).filter((row) => !row.deleted && ids.has(row.seriesId));
  return { series, exceptions };
}

/** What a series being typed would book, and which of its dates are taken, kept live as other machines book. */
export function useSeriesPlan(fields: BookingSeriesFields | null): SeriesPlanView | null | undefined {
  const context = useDataContext();
  const key = fields ? JSON.stringify(fields) : '';
  return useLiveQuery(async () => (fields ? planHostSeries(context, fields) : null), [context, key]);
}

/** Today's dates of the series of desks or rooms, as the bookings they stand for (the kiosk counts them beside single bookings). */
export function useTodaysSeriesDates(resourceKind: 'desk' | 'room'): Booking[] | undefined {
  const { now } = useDataContext();
  const timeZone = useHubTimeZone();
  const data = useSeriesOfKind(resourceKind);
  const today = zonedDateOf(now(), timeZone);
  return useMemo(() => (data ? occurrencesAsBookings(data, { from: today, to: addLocalDays(today, 1) }, timeZone).map(({ booking }) => booking) : undefined), [data, today, timeZone]);
}

/** What "cancel this member's bookings from A to B" would cancel, live; null until the member and days are chosen. */
export function useMemberAwayPlan(memberId: string | null, from: string, to: string): MemberAwayPlan | null | undefined {
  const context = useDataContext();
  const ready = memberId !== null && /^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to;
  return useLiveQuery(async () => (ready ? planMemberAway(context, memberId, from, to) : null), [context, ready, memberId, from, to]);
}

export function useDesks(): Desk[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => db.desks.filter((desk) => !desk.deleted).toArray(), [db]);
}

export function useRooms(): Room[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => db.rooms.filter((room) => !room.deleted).toArray(), [db]);
}

export function useZones(): Zone[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => db.zones.filter((zone) => !zone.deleted).toArray(), [db]);
}

/** Guests who arrived since the start of `days` days ago (today only by default), newest first. */
export function useRecentGuests(days = 0): Guest[] | undefined {
  const { db, now } = useDataContext();
  const since = zonedStartOfDay(new Date(now().getTime() - days * 86_400_000), useHubTimeZone()).toISOString();
  return useLiveQuery(async () => {
    const guests = await db.guests.where('arrivedAt').aboveOrEqual(since).reverse().sortBy('arrivedAt');
    return guests.filter((guest) => !guest.deleted);
  }, [db, since]);
}
