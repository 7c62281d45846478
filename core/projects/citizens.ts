import type { CitizenFields } from '../schemas/project';

/**
 * Local citizens who are not members: a host adds one with a name, a way to reach them and the
 * consent they gave, recorded as what they agreed to, when, and which wording of the consent
 * text they were shown. Citizens reach no public machine (core/sync/roleProjection.ts); a
 * citizen who withdraws is deleted by a host.
 */

/** The wording of the consent text hosts read or show today; a new wording gets the next number. */
export const CITIZEN_CONSENT_TEXT_VERSION = 1;

/** Whether the citizen agreed to be contacted about the projects they follow or help. */
export function mayContact(citizen: Pick<CitizenFields, 'consent'>): boolean {
  return citizen.consent.scopes.includes('contact');
}

/**
 * Whether the citizen agreed to their name on public screens. Public machines never hold
 * citizens, so a screen that shows one gets the name from a host's record only (an export).
 */
export function mayShowName(citizen: Pick<CitizenFields, 'consent'>): boolean {
  return citizen.consent.scopes.includes('publicName');
}
