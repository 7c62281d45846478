import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { bookingFieldsSchema, deskFieldsSchema, idSchema, roomFieldsSchema, type Booking } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import { sendText } from '../sendText';
import { storedHubSettings } from '../storedSettings';
import type { HubStore } from '../sync/hubStore';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { seriesFeedDates } from './seriesFeedEvents';
import { bookingCalendar, type CalendarEvent } from '@core/calendar/bookingCalendar';
import type { FeedKeys, FeedKind } from './feedKeys';
import { feedTexts } from './feedTexts';

/**
 * `GET /calendars/rooms/<roomId>.ics?key=…` and `GET /calendars/members/<memberId>.ics?key=…`:
 * what calendar apps on the LAN subscribe to. A missing or wrong key, an unknown room or member
 * and a malformed address all get the same 404, so a guess learns nothing. A room's feed says
 * when it is booked, never by whom or why; a member's feed holds that member's own bookings.
 */

/** Bookings that ended longer ago than this are history, not calendar. */
const PAST_DAYS = 90;
const FEED_PATH = /^\/calendars\/(rooms|members)\/([^/]+)\.ics$/;

export function feedPath(kind: FeedKind, subjectId: string, key: string): string {
  return `/calendars/${kind}/${encodeURIComponent(subjectId)}.ics?key=${encodeURIComponent(key)}`;
}

export interface CalendarFeedContext {
  store: HubStore;
  feedKeys: FeedKeys;
  now: () => Date;
}

const { startsAt, endsAt, resourceKind, resourceId, memberId } = bookingFieldsSchema.shape;
/** The fields a feed reads, with the table's own schemas (the whole schema's refinement does not pick). */
const feedFieldsSchema = z.object({ startsAt, endsAt, resourceKind, resourceId, memberId });
type FeedBooking = z.infer<typeof feedFieldsSchema> & Pick<Booking, 'id' | 'hlc'>;

/** Confirmed bookings that have not ended before `since`, in order; a row that fails its schema is left out. */
function feedBookings(rows: readonly SyncedRow[], since: string): FeedBooking[] {
  return rows.flatMap((row) => {
    if (row.deleted || row.status !== 'confirmed') return [];
    const parsed = feedFieldsSchema.safeParse(row);
    return parsed.success && parsed.data.endsAt >= since ? [{ ...parsed.data, id: row.id, hlc: row.hlc }] : [];
  }).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

function nameOf(store: HubStore, table: 'rooms' | 'desks', id: string): string | null {
  const row = store.getRecord(table, id);
  if (!row || row.deleted) return null;
  const parsed = table === 'rooms' ? roomFieldsSchema.shape.name.safeParse(row.name) : deskFieldsSchema.shape.code.safeParse(row.code);
  return parsed.success ? parsed.data : null;
}

function roomFeed(context: CalendarFeedContext, roomId: string): string | null {
  const { store } = context;
  const room = nameOf(store, 'rooms', roomId);
  if (room === null) return null;
  const settings = storedHubSettings(store);
  const texts = feedTexts[settings.defaultLanguage];
  const since = new Date(context.now().getTime() - PAST_DAYS * 86_400_000).toISOString();
  const weekly = seriesFeedDates(store.seriesOfResource(roomId), (id) => store.exceptionsOfSeries(id), new Date(since), settings.timeZone);
  const events: CalendarEvent[] = [...feedBookings(store.bookingsOfResource(roomId), since), ...weekly.map(({ booking }) => booking)]
    .filter((booking) => booking.resourceKind === 'room')
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .map((booking) => ({ booking, summary: texts.roomBooked, location: `${room}, ${settings.name}` }));
  return bookingCalendar({ name: texts.roomCalendar(room), timeZone: settings.timeZone, events, vtimezone: getVtimezoneComponent });
}

function memberFeed(context: CalendarFeedContext, memberIdOfFeed: string): string | null {
  const { store } = context;
  const member = store.getRecord('members', memberIdOfFeed);
  if (!member || member.deleted) return null;
  const settings = storedHubSettings(store);
  const texts = feedTexts[settings.defaultLanguage];
  const since = new Date(context.now().getTime() - PAST_DAYS * 86_400_000).toISOString();
  const weekly = seriesFeedDates(store.liveRecords('bookingSeries').filter((row) => row.memberId === memberIdOfFeed), (id) => store.exceptionsOfSeries(id), new Date(since), settings.timeZone);
  const own = [...feedBookings(store.liveRecords('bookings').filter((row) => row.memberId === memberIdOfFeed), since), ...weekly.map(({ booking }) => booking)]
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const events: CalendarEvent[] = own.map((booking) => {
    const place = booking.resourceKind === 'room' ? nameOf(store, 'rooms', booking.resourceId) : nameOf(store, 'desks', booking.resourceId);
    const summary = booking.resourceKind === 'room' ? (place ?? texts.roomBooked) : texts.desk(place ?? '');
    return { booking, summary, location: settings.name };
  });
  return bookingCalendar({ name: texts.memberCalendar(settings.name), timeZone: settings.timeZone, events, vtimezone: getVtimezoneComponent });
}

function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function createCalendarRoute(context: CalendarFeedContext) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://hub');
    const match = FEED_PATH.exec(url.pathname);
    const subjectId = match?.[2] ? decodedOrNull(match[2]) : null;
    const kind = match?.[1] as FeedKind | undefined;
    const key = url.searchParams.get('key') ?? '';
    if (req.method !== 'GET' || !kind || !subjectId || !idSchema.safeParse(subjectId).success || !context.feedKeys.opens(kind, subjectId, key)) {
      sendText(res, 404, 'Not found');
      return;
    }
    const body = kind === 'rooms' ? roomFeed(context, subjectId) : memberFeed(context, subjectId);
    if (body === null) {
      sendText(res, 404, 'Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'Cache-Control': 'no-store' });
    res.end(body);
  };
}
