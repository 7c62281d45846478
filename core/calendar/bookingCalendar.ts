import ical from 'ical-generator';
import { DateTime } from 'luxon';
import { parseHlc } from '../hlc';
import type { Booking } from '../schemas';

/**
 * A booking calendar (RFC 5545) as calendar apps subscribe to it: events in the hub's time zone
 * with its VTIMEZONE, so a meeting at 17:00 stays at 17:00 across a daylight-saving change in
 * Outlook, Thunderbird, Apple and Google Calendar alike. Each event keeps the booking's id as
 * its UID and the booking's last change as DTSTAMP, so a refreshed feed updates events in
 * place rather than doubling them.
 */

/** How often subscribed apps are asked to fetch again. */
const REFRESH_SECONDS = 15 * 60;

export interface CalendarEvent {
  booking: Pick<Booking, 'id' | 'startsAt' | 'endsAt' | 'hlc'>;
  summary: string;
  location: string;
}

export interface CalendarOptions {
  name: string;
  timeZone: string;
  events: readonly CalendarEvent[];
  /**
   * The zone's VTIMEZONE component (the hub reads it from @touch4it/ical-timezones, which only
   * Node can load). Without one, events are written in UTC: exact, and right for a single event
   * a host downloads in the app, though a feed that repeats across a daylight-saving change needs the zone.
   */
  vtimezone?: (timeZone: string) => string | null;
}

/** The newest stamp of a row is when it last changed. */
function lastChanged(hlc: Readonly<Record<string, string>>): Date {
  const newest = Object.values(hlc).reduce((latest, stamp) => (stamp > latest ? stamp : latest), '');
  return new Date(newest ? parseHlc(newest).wallMs : 0);
}

export function bookingCalendar({ name, timeZone, events, vtimezone }: CalendarOptions): string {
  // No calendar-wide zone: ical-generator would write DTSTAMP in it, which RFC 5545 wants in
  // UTC. Each event names the zone, and the generator adds its VTIMEZONE once.
  const calendar = ical({
    name, ttl: REFRESH_SECONDS,
    prodId: { company: 'Landhub', product: 'Landhub', language: 'EN' },
    ...(vtimezone ? { timezone: { name: null, generator: vtimezone } } : {}),
  });
  // Times are handed over as luxon values in the hub's zone: a plain Date would be written in the
  // zone of the hub's process, which on a server is UTC.
  const inZone = (iso: string) => DateTime.fromISO(iso, { zone: vtimezone ? timeZone : 'utc' });
  for (const { booking, summary, location } of events) {
    calendar.createEvent({
      id: `${booking.id}@landhub`,
      ...(vtimezone ? { timezone: timeZone } : {}),
      start: inZone(booking.startsAt),
      end: inZone(booking.endsAt),
      stamp: DateTime.fromJSDate(lastChanged(booking.hlc), { zone: 'utc' }),
      summary,
      location,
    });
  }
  return calendar.toString();
}
