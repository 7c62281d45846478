import { whoIsIn } from '@core/presence';
import { checkInFieldsSchema, type CheckInFields } from '@core/schemas';
import type { HubWrite } from '../sync/syncEngine';
import { defineJob, type JobContext } from './hubJob';
import { zonedStartOfDay, zonedTimeOnDayOf } from './zonedTime';

type Event = Pick<CheckInFields, 'memberId' | 'kind' | 'at'>;

/**
 * Members to check out automatically on the hub's day of `now`: once closing time has passed,
 * those who were in at closing time and have had no event since. Someone who arrives for an
 * evening event is left alone, or the kiosk would greet them and the board drop them a minute
 * later. Only the day's events up to now count (presence ignores events dated in the future).
 */
export function closingCheckOuts(events: readonly Event[], now: Date, closingTime: string, timeZone: string): string[] {
  const closing = zonedTimeOnDayOf(now, closingTime, timeZone).getTime();
  if (now.getTime() < closing) return [];
  const dayStart = zonedStartOfDay(now, timeZone).getTime();
  const today = events.filter((event) => Date.parse(event.at) >= dayStart && Date.parse(event.at) <= now.getTime());
  const touchedSinceClosing = new Set(today.filter((event) => Date.parse(event.at) > closing).map((event) => event.memberId));
  const inAtClosing = whoIsIn(today.filter((event) => Date.parse(event.at) <= closing));
  return [...inAtClosing].filter((memberId) => !touchedSinceClosing.has(memberId)).sort();
}

export function closingCheckOutWrites(events: readonly Event[], context: JobContext): HubWrite[] {
  const { now, settings } = context;
  return closingCheckOuts(events, now, settings.closingTime, settings.timeZone).map((memberId) => ({
    table: 'checkIns',
    recordId: context.newId(),
    fields: { memberId, kind: 'out', at: now.toISOString(), method: 'automatic', bookingId: null, deleted: false } satisfies CheckInFields & { deleted: false },
  }));
}

/** Stored rows the hub wrote are valid; the pick keeps the job to the fields it reads. */
const eventSchema = checkInFieldsSchema.pick({ memberId: true, kind: true, at: true });

export const closingCheckOutJob = defineJob<Event[]>({
  name: 'closingCheckOut',
  everyMs: 60_000,
  read: (store, { now, settings }) => store.checkInsSince(zonedStartOfDay(now, settings.timeZone).toISOString())
    .flatMap((row) => { const parsed = eventSchema.safeParse({ memberId: row.memberId, kind: row.kind, at: row.at }); return parsed.success ? [parsed.data] : []; }),
  plan: closingCheckOutWrites,
});
