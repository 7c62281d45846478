import { dueAtClosing, type PresenceEvent } from '@core/presence';
import { checkInFieldsSchema, type CheckInFields } from '@core/schemas';
import type { HubWrite } from '../sync/syncEngine';
import { defineJob, type JobContext } from './hubJob';
import { zonedStartOfDay, zonedTimeOnDayOf } from '@core/time/zonedTime';

/**
 * Members to check out automatically on the hub's day of `now`: the one rule of core/presence.ts
 * (`dueAtClosing`: in now, and in since closing time or earlier), with closing time and the
 * day's start taken in the hub's time zone rather than the process's.
 */
export function closingCheckOuts(events: readonly PresenceEvent[], now: Date, closingTime: string, timeZone: string): string[] {
  return dueAtClosing(events, now, zonedTimeOnDayOf(now, closingTime, timeZone), zonedStartOfDay(now, timeZone));
}

export function closingCheckOutWrites(events: readonly PresenceEvent[], context: JobContext): HubWrite[] {
  const { now, settings } = context;
  return closingCheckOuts(events, now, settings.closingTime, settings.timeZone).map((memberId) => ({
    table: 'checkIns',
    recordId: context.newId(),
    fields: { memberId, kind: 'out', at: now.toISOString(), method: 'automatic', bookingId: null, deleted: false } satisfies CheckInFields & { deleted: false },
  }));
}

/** Stored rows the hub wrote are valid; the pick keeps the job to the fields it reads. */
const eventSchema = checkInFieldsSchema.pick({ memberId: true, kind: true, at: true });

export const closingCheckOutJob = defineJob<PresenceEvent[]>({
  name: 'closingCheckOut',
  everyMs: 60_000,
  read: (store, { now, settings }) => store.checkInsSince(zonedStartOfDay(now, settings.timeZone).toISOString())
    .flatMap((row) => { const parsed = eventSchema.safeParse({ memberId: row.memberId, kind: row.kind, at: row.at }); return parsed.success ? [parsed.data] : []; }),
  plan: closingCheckOutWrites,
});
