import type { HybridClock } from '@core/hlc';
import { newId } from '@core/ids';
import type { UiLanguage } from '@core/languages';
import { CITIZEN_CONSENT_TEXT_VERSION } from '@core/projects/citizens';
import type { HelpOfferFields } from '@core/schemas';
import type { HubStore } from '../sync/hubStore';
import { applyHubWrites } from '../sync/syncEngine';

/**
 * A pending help offer, written by the hub as its own change (device `hub`, checked and given a
 * seq like any pushed change), so it syncs to the host desks at once. A project with this many
 * offers still waiting takes no more: a flood from many addresses fills no disk.
 */
export const MAX_PENDING_OFFERS_PER_PROJECT = 50;

export type StoredOffer = { kind: 'stored'; offerId: string } | { kind: 'tooManyWaiting' };

export interface OfferInput {
  projectId: string;
  name: string;
  contact: string;
  message: string;
  language: UiLanguage;
}

export function storeHelpOffer(store: HubStore, clock: HybridClock, now: Date, input: OfferInput): StoredOffer {
  return store.transaction(() => {
    if (store.pendingHelpOffers(input.projectId) >= MAX_PENDING_OFFERS_PER_PROJECT) return { kind: 'tooManyWaiting' };
    const at = now.toISOString();
    const fields: HelpOfferFields = {
      ...input,
      // The form's one consent: a host may contact them about this project, in today's wording.
      consent: { at, textVersion: CITIZEN_CONSENT_TEXT_VERSION },
      createdAt: at,
      status: 'pending',
      handledAt: null,
    };
    const offerId = newId();
    applyHubWrites(store, [{ table: 'helpOffers', recordId: offerId, fields }], clock);
    return { kind: 'stored', offerId };
  });
}
