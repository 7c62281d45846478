import { erasedGuestFields, expiredGuests } from '@core/guestRetention';
import type { GuestFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, deleteRecord, updateRecord } from './recordWriter';

export type GuestSignIn = Pick<GuestFields, 'name' | 'company' | 'purpose' | 'visitingMemberId'>;

export async function signInGuest(context: DataContext, guest: GuestSignIn) {
  return createRecord(context, 'guests', { ...guest, arrivedAt: context.now().toISOString(), leftAt: null });
}

export async function signOutGuest(context: DataContext, guestId: string) {
  return updateRecord(context, 'guests', guestId, { leftAt: context.now().toISOString() });
}

/** Erases guests kept longer than the hub's retention period, for every machine (the host desk runs this). */
export async function purgeExpiredGuests(context: DataContext, retentionDays: number): Promise<number> {
  const guests = await context.db.guests.filter((guest) => !guest.deleted).toArray();
  const expired = expiredGuests(guests, retentionDays, context.now());
  for (const guest of expired) await deleteRecord(context, 'guests', guest.id, erasedGuestFields);
  return expired.length;
}

/**
 * The same erasure on a machine that may not change guests at the hub (kiosk, wall display):
 * only the local copy is blanked, at once, and the host desk's erasure arrives through sync.
 * No outbox entry, or the hub would refuse it and the machine would bring the guest back.
 */
export async function eraseExpiredGuestsLocally(context: DataContext, retentionDays: number): Promise<number> {
  return context.db.transaction('rw', context.db.guests, async () => {
    const guests = await context.db.guests.filter((guest) => !guest.deleted).toArray();
    const expired = expiredGuests(guests, retentionDays, context.now());
    await context.db.guests.bulkPut(expired.map((guest) => ({ ...guest, ...erasedGuestFields, deleted: true })));
    return expired.length;
  });
}
