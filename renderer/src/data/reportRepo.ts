import { usageReport, type ReportPlace, type UsageReport } from '@core/reports/usageReport';
import { bookingPolicyOf, HUB_SETTINGS_ID } from '@core/schemas';
import { addLocalDays, type LocalDate } from '@core/time/zonedTime';
import type { DataContext } from './dataContext';
import { hubTimeZone } from './hubSettingsRepo';
import { readHeldOnDays, readSeriesRows } from './occupancy';

/**
 * The usage report of a range of days (core/reports/usageReport.ts) from this machine's copy of
 * the hub: the desks and rooms in use, their single bookings and the dates of their weekly
 * series, measured against the hub's opening hours in its time zone. Only reads.
 */
export async function readUsageReport(context: DataContext, range: { from: LocalDate; to: LocalDate }): Promise<UsageReport> {
  const { db } = context;
  const timeZone = await hubTimeZone(context);
  const settings = await db.hubSettings.get(HUB_SETTINGS_ID);
  const desks = (await db.desks.toArray()).filter((desk) => !desk.deleted && desk.active);
  const rooms = (await db.rooms.toArray()).filter((room) => !room.deleted && room.active);
  const places: ReportPlace[] = [
    ...desks.map((desk) => ({ id: desk.id, kind: 'desk' as const, name: desk.code, zoneId: desk.zoneId })),
    ...rooms.map((room) => ({ id: room.id, kind: 'room' as const, name: room.name, zoneId: room.zoneId })),
  ];
  // From the day before: a booking that began the evening before can still hold the first morning.
  const held = await readHeldOnDays(context, { from: addLocalDays(range.from, -1), to: addLocalDays(range.to, 1) }, timeZone, await readSeriesRows(context));
  return usageReport({
    places,
    bookings: held.map(({ booking }) => booking),
    range,
    timeZone,
    policy: bookingPolicyOf(settings && !settings.deleted ? settings : null),
    now: context.now(),
  });
}
