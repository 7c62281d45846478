import type { BookingPolicy } from '../bookings/bookingPolicy';
import { addLocalDays, isoWeekdayOf, zonedDateOf, zonedInstant, type LocalDate } from '../time/zonedTime';
import { mergedLength, openSpanOf, overlapMs, type Span } from './openTime';

/**
 * How the premises were used over a range of days: the numbers behind the host's Reports
 * screen and its CSV files. Use is measured against the hub's opening hours (a desk booked
 * all day on an open day is 100 % used; closed days count for nothing), on the hub's
 * calendar, whatever zone the machine runs in. Pure: the screens read the rows, this decides.
 */

export interface ReportPlace {
  id: string;
  kind: 'desk' | 'room';
  name: string;
  zoneId: string | null;
}

export interface ReportBooking {
  resourceId: string;
  startsAt: string;
  endsAt: string;
  status: 'confirmed' | 'cancelled' | 'rejected' | 'released';
  confirmedAt: string | null;
}

export interface ReportInput {
  /** The places in use; a booking of any other place is left out. */
  places: readonly ReportPlace[];
  bookings: readonly ReportBooking[];
  /** First and last day, both included. */
  range: { from: LocalDate; to: LocalDate };
  timeZone: string;
  policy: Pick<BookingPolicy, 'openingHours' | 'closedDates'>;
  /** Bookings that have not ended by now are not yet judged as kept or missed. */
  now: Date;
}

/** A share of open time, 0..1; null where there was no open time to share (a closed day). */
export type Share = number | null;

export interface DayUse { date: LocalDate; openHours: number; bookedHours: number; occupancy: Share }
export interface PlaceUse extends ReportPlace { bookings: number; bookedHours: number; occupancy: Share }
export interface ZoneUse { zoneId: string | null; places: number; bookedHours: number; occupancy: Share }
export interface HeatmapRow { weekday: number; cells: Share[] }
export interface Attendance {
  /** Bookings that started in the range and have ended or were released. */
  judged: number;
  checkedIn: number;
  /** Judged bookings nobody checked into, the released ones among them. */
  noShows: number;
  released: number;
  noShowRate: Share;
  releaseRate: Share;
}

export interface UsageReport {
  occupancy: Share;
  days: DayUse[];
  places: PlaceUse[];
  zones: ZoneUse[];
  /** Weekday (1 = Monday) by hour of the day, for the weekdays the hub opens. */
  heatmap: { hours: number[]; rows: HeatmapRow[] };
  attendance: Attendance;
  rooms: { busiest: PlaceUse[]; underused: PlaceUse[] };
}

/** A room used less than this share of its open time is listed as under-used. */
export const UNDERUSED_BELOW = 0.3;
const BUSIEST_COUNT = 5;
const HOUR_MS = 3_600_000;

const share = (part: number, whole: number): Share => (whole > 0 ? part / whole : null);
const hours = (ms: number) => ms / HOUR_MS;

/** Each place's confirmed bookings on each day of the range, as spans clipped to that day's open time. */
interface DayTally {
  date: LocalDate;
  open: Span | null;
  held: Map<string, Span[]>;
}

export function usageReport(input: ReportInput): UsageReport {
  const tallies = tallyDays(input);
  const placeIds = new Set(input.places.map((place) => place.id));
  const openMsTotal = tallies.reduce((sum, day) => sum + (day.open ? day.open.end - day.open.start : 0), 0);
  const bookedByPlace = new Map<string, number>();
  const days = tallies.map((day): DayUse => {
    const openMs = day.open ? day.open.end - day.open.start : 0;
    let booked = 0;
    for (const [placeId, spans] of day.held) {
      const length = mergedLength(spans);
      booked += length;
      bookedByPlace.set(placeId, (bookedByPlace.get(placeId) ?? 0) + length);
    }
    return { date: day.date, openHours: hours(openMs), bookedHours: hours(booked), occupancy: share(booked, openMs * placeIds.size) };
  });
  const counts = bookingCounts(input);
  const places = input.places.map((place): PlaceUse => {
    const booked = bookedByPlace.get(place.id) ?? 0;
    return { ...place, bookings: counts.get(place.id) ?? 0, bookedHours: hours(booked), occupancy: share(booked, openMsTotal) };
  });
  const bookedMs = [...bookedByPlace.values()].reduce((sum, ms) => sum + ms, 0);
  const rooms = places.filter((place) => place.kind === 'room');
  return {
    occupancy: share(bookedMs, openMsTotal * placeIds.size),
    days,
    places,
    zones: zoneUses(places, openMsTotal),
    heatmap: heatmap(tallies, input, placeIds.size),
    attendance: attendance(input),
    rooms: {
      busiest: [...rooms].filter((room) => (room.occupancy ?? 0) > 0).sort((a, b) => (b.occupancy ?? 0) - (a.occupancy ?? 0)).slice(0, BUSIEST_COUNT),
      underused: rooms.filter((room) => room.occupancy !== null && room.occupancy < UNDERUSED_BELOW).sort((a, b) => (a.occupancy ?? 0) - (b.occupancy ?? 0)),
    },
  };
}

function tallyDays(input: ReportInput): DayTally[] {
  const { range, timeZone, policy } = input;
  const tallies: DayTally[] = [];
  const byDate = new Map<LocalDate, DayTally>();
  for (let date = range.from; date <= range.to; date = addLocalDays(date, 1)) {
    const tally: DayTally = { date, open: openSpanOf(date, policy, timeZone), held: new Map() };
    tallies.push(tally);
    byDate.set(date, tally);
  }
  const placeIds = new Set(input.places.map((place) => place.id));
  for (const booking of input.bookings) {
    if (booking.status !== 'confirmed' || !placeIds.has(booking.resourceId)) continue;
    const span = { start: Date.parse(booking.startsAt), end: Date.parse(booking.endsAt) };
    const last = zonedDateOf(new Date(span.end - 1), timeZone);
    for (let date = zonedDateOf(new Date(span.start), timeZone); date <= last; date = addLocalDays(date, 1)) {
      const tally = byDate.get(date);
      if (!tally?.open) continue;
      const clipped = { start: Math.max(span.start, tally.open.start), end: Math.min(span.end, tally.open.end) };
      if (clipped.end <= clipped.start) continue;
      tally.held.set(booking.resourceId, [...(tally.held.get(booking.resourceId) ?? []), clipped]);
    }
  }
  return tallies;
}

/** Confirmed bookings of each place that start in the range. */
function bookingCounts(input: ReportInput): Map<string, number> {
  const counts = new Map<string, number>();
  for (const booking of input.bookings) {
    if (booking.status !== 'confirmed' || !startsInRange(booking, input)) continue;
    counts.set(booking.resourceId, (counts.get(booking.resourceId) ?? 0) + 1);
  }
  return counts;
}

function startsInRange(booking: ReportBooking, input: ReportInput): boolean {
  const date = zonedDateOf(new Date(booking.startsAt), input.timeZone);
  return date >= input.range.from && date <= input.range.to;
}

function zoneUses(places: readonly PlaceUse[], openMsTotal: number): ZoneUse[] {
  const byZone = new Map<string | null, PlaceUse[]>();
  for (const place of places) byZone.set(place.zoneId, [...(byZone.get(place.zoneId) ?? []), place]);
  return [...byZone].map(([zoneId, members]) => {
    const booked = members.reduce((sum, place) => sum + place.bookedHours, 0);
    return { zoneId, places: members.length, bookedHours: booked, occupancy: share(booked * HOUR_MS, openMsTotal * members.length) };
  });
}

/** For each open weekday and hour: the share of the places' open time in that hour that was booked, over the range. */
function heatmap(tallies: readonly DayTally[], input: ReportInput, placeCount: number): UsageReport['heatmap'] {
  const openDays = input.policy.openingHours;
  if (openDays.length === 0) return { hours: [], rows: [] };
  const first = Math.min(...openDays.map((day) => Number(day.opens.slice(0, 2))));
  const last = Math.max(...openDays.map((day) => Math.ceil((Number(day.closes.slice(0, 2)) * 60 + Number(day.closes.slice(3))) / 60)));
  const hourList = Array.from({ length: last - first }, (_, index) => first + index);
  const rows = [...openDays].sort((a, b) => a.weekday - b.weekday).map(({ weekday }): HeatmapRow => {
    const ofWeekday = tallies.filter((day) => day.open && isoWeekdayOf(day.date) === weekday);
    return {
      weekday,
      cells: hourList.map((hour) => {
        let booked = 0;
        let open = 0;
        for (const day of ofWeekday) {
          const slot = { start: zonedInstant(day.date, `${String(hour).padStart(2, '0')}:00`, input.timeZone).getTime(), end: 0 };
          slot.end = slot.start + HOUR_MS;
          open += overlapMs(slot, day.open) * placeCount;
          for (const spans of day.held.values()) booked += mergedLength(spans.map((span) => ({ start: Math.max(span.start, slot.start), end: Math.min(span.end, slot.end) })));
        }
        return share(booked, open);
      }),
    };
  });
  return { hours: hourList, rows };
}

function attendance(input: ReportInput): Attendance {
  const now = input.now.getTime();
  const placeIds = new Set(input.places.map((place) => place.id));
  const judged = input.bookings.filter((booking) => placeIds.has(booking.resourceId) &&
    (booking.status === 'released' || (booking.status === 'confirmed' && Date.parse(booking.endsAt) <= now)) && startsInRange(booking, input));
  const checkedIn = judged.filter((booking) => booking.confirmedAt !== null).length;
  const released = judged.filter((booking) => booking.status === 'released').length;
  const noShows = judged.length - checkedIn;
  return { judged: judged.length, checkedIn, noShows, released, noShowRate: share(noShows, judged.length), releaseRate: share(released, judged.length) };
}
