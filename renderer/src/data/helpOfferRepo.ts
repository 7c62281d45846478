import { membershipId } from '@core/projects/membership';
import { erasedHelpOfferFields, type CitizenFields, type HelpOffer, type RowOf } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecord, deleteRecord, inOneTransaction, putRecordAt, updateRecord } from './recordWriter';

/**
 * A host's answer to an "I'd like to help" offer from a public project's page (the hub wrote the
 * offer, core/schemas/helpOffer.ts). Each answer is one transaction and returns what came of it:
 * `gone` when the offer, or its project, was deleted meanwhile (on another host desk, say).
 */
export type ApproveOutcome = { kind: 'approved'; citizenId: string; membershipId: string } | { kind: 'gone' };
export type AnswerOutcome = { kind: 'done' } | { kind: 'gone' };

async function liveOffer(context: DataContext, offerId: string): Promise<HelpOffer | null> {
  const offer = await context.db.helpOffers.get(offerId);
  return offer && !offer.deleted ? offer : null;
}

/**
 * The citizen the offer becomes: one already registered with the same name and contact is the
 * same person (two offers, or one sent twice), and agrees to be contacted from now on; else a new one.
 */
async function citizenFor(context: DataContext, offer: HelpOffer): Promise<RowOf<'citizens'>> {
  const consent = { at: offer.consent.at, textVersion: offer.consent.textVersion };
  const same = (await context.db.citizens.where('name').equals(offer.name).toArray()).find((citizen) => !citizen.deleted && citizen.contact === offer.contact);
  if (!same) {
    const fields: CitizenFields = { name: offer.name, contact: offer.contact, consent: { scopes: ['contact'], ...consent }, createdAt: context.now().toISOString() };
    return createRecord(context, 'citizens', fields);
  }
  if (same.consent.scopes.includes('contact')) return same;
  return updateRecord(context, 'citizens', same.id, { consent: { scopes: [...same.consent.scopes, 'contact'], ...consent } });
}

/**
 * Approves an offer: the person becomes a citizen (consent `contact`, with the wording and time
 * they agreed to on the page) and a helper of the project, and the offer is deleted with their
 * words erased (the citizen record holds them now), all in one transaction.
 */
export async function approveHelpOffer(context: DataContext, offerId: string): Promise<ApproveOutcome> {
  return inOneTransaction(context, ['helpOffers', 'projects', 'citizens', 'projectMemberships'], async () => {
    const offer = await liveOffer(context, offerId);
    const project = offer ? await context.db.projects.get(offer.projectId) : undefined;
    if (!offer || !project || project.deleted) return { kind: 'gone' };
    const citizen = await citizenFor(context, offer);
    const id = membershipId(project.id, { memberId: null, citizenId: citizen.id });
    const existing = await context.db.projectMemberships.get(id);
    // Already in (a lead stays the lead): only someone not in yet joins as a helper.
    if (!existing || existing.deleted || existing.role === 'follower') {
      await putRecordAt(context, 'projectMemberships', id, { projectId: project.id, memberId: null, citizenId: citizen.id, role: 'helper', joinedAt: context.now().toISOString() });
    }
    await deleteRecord(context, 'helpOffers', offer.id, erasedHelpOfferFields);
    return { kind: 'approved', citizenId: citizen.id, membershipId: id };
  });
}

/** Declines an offer: it is deleted with the person's words erased, on every host desk. */
export async function declineHelpOffer(context: DataContext, offerId: string): Promise<AnswerOutcome> {
  return inOneTransaction(context, ['helpOffers'], async () => {
    if (!(await liveOffer(context, offerId))) return { kind: 'gone' };
    await deleteRecord(context, 'helpOffers', offerId, erasedHelpOfferFields);
    return { kind: 'done' };
  });
}

/** Marks an offer handled another way (a host phoned them): it leaves the pending list and keeps its words. */
export async function markHelpOfferHandled(context: DataContext, offerId: string): Promise<AnswerOutcome> {
  return inOneTransaction(context, ['helpOffers'], async () => {
    if (!(await liveOffer(context, offerId))) return { kind: 'gone' };
    await updateRecord(context, 'helpOffers', offerId, { status: 'handled', handledAt: context.now().toISOString() });
    return { kind: 'done' };
  });
}
