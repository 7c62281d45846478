import type { GuestFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, updateRecord } from './recordWriter';

export type GuestSignIn = Pick<GuestFields, 'name' | 'company' | 'purpose' | 'visitingMemberId'>;

export async function signInGuest(context: DataContext, guest: GuestSignIn) {
  return createRecord(context, 'guests', { ...guest, arrivedAt: context.now().toISOString(), leftAt: null });
}

export async function signOutGuest(context: DataContext, guestId: string) {
  return updateRecord(context, 'guests', guestId, { leftAt: context.now().toISOString() });
}
