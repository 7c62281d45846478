import { subDays } from 'date-fns';
import type { Guest } from './schemas';

/** Guests whose visit began longer ago than the hub keeps guest entries. */
export function expiredGuests(guests: readonly Guest[], retentionDays: number, now: Date): Guest[] {
  const cutoff = subDays(now, retentionDays).getTime();
  return guests.filter((guest) => !guest.deleted && Date.parse(guest.arrivedAt) < cutoff);
}

/** What an expired guest's tombstone keeps: nothing that names or describes the person. */
export const erasedGuestFields = { name: '', company: '', purpose: '', visitingMemberId: null } as const;
