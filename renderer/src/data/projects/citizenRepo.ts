import { CITIZEN_CONSENT_TEXT_VERSION } from '@core/projects/citizens';
import type { CitizenFields } from '@core/schemas';
import type { DataContext } from '../dataContext';
import { createRecord, deleteRecord, inOneTransaction, updateRecord } from '../recordWriter';

/**
 * Local citizens who are not members, kept by hosts with the consent they gave (core/projects/
 * citizens.ts). Removing one erases their name and contact in the tombstone on every machine.
 */

export type CitizenDraft = Pick<CitizenFields, 'name' | 'contact'> & { scopes: CitizenFields['consent']['scopes'] };

function consentNow(context: DataContext, scopes: CitizenDraft['scopes']): CitizenFields['consent'] {
  return { scopes: [...scopes], at: context.now().toISOString(), textVersion: CITIZEN_CONSENT_TEXT_VERSION };
}

export async function addCitizen(context: DataContext, draft: CitizenDraft): Promise<{ kind: 'saved'; id: string }> {
  const citizen = await createRecord(context, 'citizens', {
    name: draft.name.trim(),
    contact: draft.contact.trim(),
    consent: consentNow(context, draft.scopes),
    createdAt: context.now().toISOString(),
  });
  return { kind: 'saved', id: citizen.id };
}

/** A changed consent is recorded anew (what, when, which wording); an unchanged one keeps its record. */
export async function editCitizen(context: DataContext, id: string, draft: CitizenDraft): Promise<{ kind: 'saved'; id: string } | { kind: 'gone' }> {
  return inOneTransaction(context, ['citizens'], async () => {
    const current = await context.db.citizens.get(id);
    if (!current || current.deleted) return { kind: 'gone' };
    const sameScopes = [...current.consent.scopes].sort().join() === [...draft.scopes].sort().join();
    await updateRecord(context, 'citizens', id, {
      name: draft.name.trim(),
      contact: draft.contact.trim(),
      ...(sameScopes ? {} : { consent: consentNow(context, draft.scopes) }),
    });
    return { kind: 'saved', id };
  });
}

/** Withdrawing is removing: no name or way to reach them stays behind. */
export async function removeCitizen(context: DataContext, id: string): Promise<void> {
  await deleteRecord(context, 'citizens', id, { name: '–', contact: '' });
}
