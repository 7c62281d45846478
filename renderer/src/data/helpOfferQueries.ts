import { useLiveQuery } from 'dexie-react-hooks';
import type { HelpOffer } from '@core/schemas';
import { useDataContext } from '../app/services';
import type { LandhubDatabase } from './database';

/**
 * Offers to help that wait for a host (data/helpOfferRepo.ts answers them), oldest first: of one
 * project, or of every project when `projectId` is null. Only host desks hold offers at all.
 */
export async function readPendingHelpOffers(db: LandhubDatabase, projectId: string | null): Promise<HelpOffer[]> {
  const pending = projectId === null
    ? db.helpOffers.where('status').equals('pending')
    : db.helpOffers.where('projectId').equals(projectId).and((offer) => offer.status === 'pending');
  const offers = await pending.filter((offer) => !offer.deleted).toArray();
  return offers.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** The pending offers of one project, repainted when one comes in from the hub or a host answers one. */
export function usePendingHelpOffers(projectId: string): HelpOffer[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => readPendingHelpOffers(db, projectId), [db, projectId]);
}

/** The pending offers of every project, for the pinboard's "waiting for a host" list. */
export function useAllPendingHelpOffers(): HelpOffer[] | undefined {
  const { db } = useDataContext();
  return useLiveQuery(() => readPendingHelpOffers(db, null), [db]);
}
