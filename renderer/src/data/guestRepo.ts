import { guestPurposeSchema, type GuestFields, type GuestPurpose } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, updateRecord } from './recordWriter';

export interface GuestSignIn extends Pick<GuestFields, 'name' | 'company' | 'visitingMemberId'> {
  /** A code, never the words on the button: each machine says it in its own language. */
  purpose: GuestPurpose | null;
}

export async function signInGuest(context: DataContext, guest: GuestSignIn) {
  const purpose = guestPurposeSchema.nullable().parse(guest.purpose) ?? '';
  return createRecord(context, 'guests', { ...guest, purpose, arrivedAt: context.now().toISOString(), leftAt: null });
}

export async function signOutGuest(context: DataContext, guestId: string) {
  return updateRecord(context, 'guests', guestId, { leftAt: context.now().toISOString() });
}
