import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatHlc } from '@core/hlc';
import { membershipId } from '@core/projects/membership';
import { CITIZEN_CONSENT_TEXT_VERSION } from '@core/projects/citizens';
import type { HelpOffer, HelpOfferFields } from '@core/schemas';
import type { DataContext } from './dataContext';
import { approveHelpOffer, declineHelpOffer, markHelpOfferHandled } from './helpOfferRepo';
import { readPendingHelpOffers } from './helpOfferQueries';
import { createRecord, deleteRecord } from './recordWriter';
import { openTestContext } from './testContext';

const wall = new Date('2026-12-02T10:00:00.000Z');
let context: DataContext;
afterEach(() => { context.db.close(); });

const hubStamp = (minutes: number) => formatHlc({ wallMs: Date.parse('2026-12-01T18:00:00.000Z') + minutes * 60_000, counter: 0, node: 'hub' });

/** An offer as a host desk holds it after pulling it from the hub, which wrote it. */
async function pulledOffer(projectId: string, fields: Partial<HelpOfferFields> = {}, minutes = 0): Promise<HelpOffer> {
  const at = new Date(Date.parse('2026-12-01T18:00:00.000Z') + minutes * 60_000).toISOString();
  const offer: HelpOffer = {
    id: `offer-${String(minutes)}-${fields.name ?? 'birthe'}`.replace(/\s/g, '-'), hlc: { '*': hubStamp(minutes) }, deviceId: 'hub', deleted: false,
    projectId, name: 'Birthe fra Bandholm', contact: '+45 21 43 65 87', message: 'Jeg har en trailer.', language: 'da',
    consent: { at, textVersion: CITIZEN_CONSENT_TEXT_VERSION }, createdAt: at, status: 'pending', handledAt: null, ...fields,
  };
  await context.db.helpOffers.put(offer);
  return offer;
}

async function aProject(title = 'Strandrensning'): Promise<string> {
  const project = await createRecord(context, 'projects', {
    title, summary: '', status: 'gathering', ownerMemberId: null, wantedSkills: [], public: true, startsOn: null, createdAt: wall.toISOString(),
  });
  return project.id;
}

describe('a host answers an offer to help', () => {
  it('approves it into a citizen who agreed to be contacted and a helper of the project, with the offer erased, all in one transaction', async () => {
    context = await openTestContext({ now: () => wall });
    const projectId = await aProject();
    const offer = await pulledOffer(projectId);
    await context.db.outbox.clear();

    const outcome = await approveHelpOffer(context, offer.id);
    if (outcome.kind !== 'approved') throw new Error(`not approved: ${outcome.kind}`);
    expect(await context.db.citizens.get(outcome.citizenId)).toMatchObject({
      name: 'Birthe fra Bandholm', contact: '+45 21 43 65 87', consent: { scopes: ['contact'], at: offer.consent.at, textVersion: CITIZEN_CONSENT_TEXT_VERSION }, createdAt: wall.toISOString(), deleted: false,
    });
    expect(outcome.membershipId).toBe(membershipId(projectId, { memberId: null, citizenId: outcome.citizenId }));
    expect(await context.db.projectMemberships.get(outcome.membershipId)).toMatchObject({ projectId, memberId: null, citizenId: outcome.citizenId, role: 'helper', joinedAt: wall.toISOString() });
    expect(await context.db.helpOffers.get(offer.id)).toMatchObject({ deleted: true, name: '', contact: '', message: '' });
    const outbox = await context.db.outbox.orderBy('seq').toArray();
    expect(outbox.map((entry) => entry.table)).toEqual(['citizens', 'projectMemberships', 'helpOffers']);
    expect(outbox[2]?.fields).toEqual({ name: '', contact: '', message: '', deleted: true });
    expect(await readPendingHelpOffers(context.db, projectId)).toEqual([]);
  });

  it('writes nothing at all when one of its writes fails: no citizen, no membership, the offer as it was', async () => {
    context = await openTestContext({ now: () => wall });
    const projectId = await aProject();
    const offer = await pulledOffer(projectId);
    await context.db.outbox.clear();
    vi.spyOn(context.db.table('helpOffers'), 'put').mockRejectedValueOnce(new Error('disk gone'));
    await expect(approveHelpOffer(context, offer.id)).rejects.toThrow();
    expect(await context.db.citizens.count()).toBe(0);
    expect(await context.db.projectMemberships.count()).toBe(0);
    expect(await context.db.outbox.count()).toBe(0);
    expect(await context.db.helpOffers.get(offer.id)).toMatchObject({ deleted: false, name: 'Birthe fra Bandholm' });
  });

  it('says gone, and writes nothing, when the offer or its project was deleted meanwhile', async () => {
    context = await openTestContext({ now: () => wall });
    const projectId = await aProject();
    const declined = await pulledOffer(projectId, { name: 'Hans' }, 1);
    await declineHelpOffer(context, declined.id);
    const orphan = await pulledOffer(projectId, { name: 'Inger' }, 2);
    await deleteRecord(context, 'projects', projectId);
    await context.db.outbox.clear();

    expect(await approveHelpOffer(context, declined.id)).toEqual({ kind: 'gone' });
    expect(await approveHelpOffer(context, orphan.id)).toEqual({ kind: 'gone' });
    expect(await approveHelpOffer(context, 'never-was')).toEqual({ kind: 'gone' });
    expect(await declineHelpOffer(context, declined.id)).toEqual({ kind: 'gone' });
    expect(await markHelpOfferHandled(context, 'never-was')).toEqual({ kind: 'gone' });
    expect(await context.db.outbox.count()).toBe(0);
    expect(await context.db.citizens.count()).toBe(0);
    expect(await context.db.helpOffers.get(orphan.id)).toMatchObject({ deleted: false, name: 'Inger' });
  });

  it('finds the same person in the citizen already registered with that name and contact, who agrees to be contacted from now on', async () => {
    context = await openTestContext({ now: () => wall });
    const projectId = await aProject();
    const known = await createRecord(context, 'citizens', {
      name: 'Birthe fra Bandholm', contact: '+45 21 43 65 87', consent: { scopes: ['publicName'], at: '2026-01-01T10:00:00.000Z', textVersion: 1 }, createdAt: '2026-01-01T10:00:00.000Z',
    });
    const first = await approveHelpOffer(context, (await pulledOffer(projectId, {}, 1)).id);
    const again = await approveHelpOffer(context, (await pulledOffer(projectId, {}, 2)).id);
    expect(first).toMatchObject({ kind: 'approved', citizenId: known.id });
    expect(again).toEqual(first);
    expect(await context.db.citizens.count()).toBe(1);
    expect((await context.db.citizens.get(known.id))?.consent.scopes).toEqual(['publicName', 'contact']);
    expect(await context.db.projectMemberships.where('citizenId').equals(known.id).count()).toBe(1);
  });

  it('declines an offer, erasing the person’s words, and marks another handled, keeping them: both leave the pending lists', async () => {
    context = await openTestContext({ now: () => wall });
    const shore = await aProject('Strandrensning');
    const market = await aProject('Markedsdag');
    const declined = await pulledOffer(shore, { name: 'Hans' }, 3);
    const handled = await pulledOffer(shore, { name: 'Elke' }, 1);
    const waiting = await pulledOffer(shore, { name: 'Poul' }, 2);
    const elsewhere = await pulledOffer(market, { name: 'Inger' }, 0);
    expect((await readPendingHelpOffers(context.db, null)).map((offer) => offer.name)).toEqual(['Inger', 'Elke', 'Poul', 'Hans']);

    expect(await declineHelpOffer(context, declined.id)).toEqual({ kind: 'done' });
    expect(await context.db.helpOffers.get(declined.id)).toMatchObject({ deleted: true, name: '', contact: '', message: '' });
    expect(await markHelpOfferHandled(context, handled.id)).toEqual({ kind: 'done' });
    expect(await context.db.helpOffers.get(handled.id)).toMatchObject({ status: 'handled', handledAt: wall.toISOString(), name: 'Elke' });
    expect((await context.db.outbox.orderBy('seq').toArray()).slice(-1)[0]?.fields).toEqual({ status: 'handled', handledAt: wall.toISOString() });

    expect((await readPendingHelpOffers(context.db, shore)).map((offer) => offer.id)).toEqual([waiting.id]);
    expect((await readPendingHelpOffers(context.db, null)).map((offer) => offer.id)).toEqual([elsewhere.id, waiting.id]);
  });
});
