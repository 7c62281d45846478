import { erasedGuestFields, expiredGuests } from '@core/guestRetention';
import { guestFieldsSchema, type Guest } from '@core/schemas';
import type { HubWrite } from '../sync/syncEngine';
import { defineJob, type JobContext } from './hubJob';

type GuestVisit = Pick<Guest, 'id' | 'deleted' | 'arrivedAt'>;

/**
 * Guests kept longer than the hub's retention period become tombstones with blanked personal
 * fields (core/guestRetention.ts). Host desks receive the tombstone and blank their copy;
 * public machines never held guests (the role projection withholds them).
 */
export function guestErasures(guests: readonly GuestVisit[], context: JobContext): HubWrite[] {
  return expiredGuests(guests, context.settings.guestRetentionDays, context.now)
    .map((guest) => ({ table: 'guests', recordId: guest.id, fields: { deleted: true, ...erasedGuestFields } }));
}

const arrivedAtSchema = guestFieldsSchema.shape.arrivedAt;

export const guestRetentionJob = defineJob<GuestVisit[]>({
  name: 'guestRetention',
  everyMs: 60 * 60_000,
  read: (store) => store.liveRecords('guests').flatMap((row) => {
    const arrivedAt = arrivedAtSchema.safeParse(row.arrivedAt);
    return arrivedAt.success ? [{ id: row.id, deleted: row.deleted, arrivedAt: arrivedAt.data }] : [];
  }),
  plan: guestErasures,
});
