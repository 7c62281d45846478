import { dueForClosingCheckOut } from '@core/checkInRules';
import type { PresenceEvent } from '@core/presence';
import { checkInFieldsSchema, type CheckInFields } from '@core/schemas';
import type { HubWrite } from '../sync/syncEngine';
import { defineJob, type JobContext } from './hubJob';
import { zonedStartOfDay } from '@core/time/zonedTime';

/** Automatic check-outs at closing time, by the one rule of core/checkInRules.ts in the hub's time zone. */
export function closingCheckOutWrites(events: readonly PresenceEvent[], context: JobContext): HubWrite[] {
  const { now, settings } = context;
  return dueForClosingCheckOut(events, now, settings.closingTime, settings.timeZone).map((memberId) => ({
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
