import { subDays } from 'date-fns';
import type { Guest } from './schemas';

/**
 * Guests whose visit began longer ago than the hub keeps guest entries. The hub's timed job
 * (main/hub/jobs/guestRetention.ts) is the one place that acts on it: machines only receive
 * the tombstones.
 */
export function expiredGuests<G extends Pick<Guest, 'deleted' | 'arrivedAt'>>(guests: readonly G[], retentionDays: number, now: Date): G[] {
  const cutoff = subDays(now, retentionDays).getTime();
  return guests.filter((guest) => !guest.deleted && Date.parse(guest.arrivedAt) < cutoff);
}

/** What an expired guest's tombstone keeps: nothing that names or describes the person. */
export const erasedGuestFields = { name: '', company: '', purpose: '', visitingMemberId: null } as const;
