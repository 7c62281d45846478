import type { RecordChange, SyncedRow } from '../sync/merge';
import type { Refusal } from '../sync/refusals';
import { erasedHelpOfferFields } from '../schemas/helpOffer';

/**
 * What a host desk may write of a help offer. The hub creates every offer itself from the
 * public page's form (main/hub/publicProjects/), so no machine creates one, brings a deleted one
 * back or changes what the person wrote: a host marks it handled, or deletes it (declined, or
 * approved into a citizen) with the person's words erased. Public roles write none at all
 * (core/sync/permissions.ts has no table list with it).
 */

const hostCannot: Refusal = { code: 'roleCannotWrite', params: { role: 'host' } };
const MARKING = new Set(['status', 'handledAt']);
const ERASED = new Set(Object.keys(erasedHelpOfferFields));

export function hostHelpOfferRefusal(change: RecordChange, current: SyncedRow | undefined): Refusal | null {
  if (!current || current.deleted) return hostCannot;
  const fields = Object.keys(change.fields);
  const deleting = change.fields.deleted === true;
  const allowed = deleting ? fields.every((field) => field === 'deleted' || ERASED.has(field)) : fields.every((field) => MARKING.has(field));
  return allowed ? null : hostCannot;
}
