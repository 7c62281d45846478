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

/** Erases guests kept longer than the hub's retention period; every machine runs this. */
export async function purgeExpiredGuests(context: DataContext, retentionDays: number): Promise<number> {
  const guests = await context.db.guests.filter((guest) => !guest.deleted).toArray();
  const expired = expiredGuests(guests, retentionDays, context.now());
  for (const guest of expired) await deleteRecord(context, 'guests', guest.id, erasedGuestFields);
  return expired.length;
}
