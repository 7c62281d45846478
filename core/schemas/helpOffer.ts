import { z } from 'zod';
import { uiLanguageSchema } from '../languages';
import { idSchema, isoDateTimeSchema, longText, requiredText } from './common';
import { citizenConsentSchema, citizenFieldsSchema } from './project';

/**
 * "I'd like to help": what a local citizen sent from a public project's page on their phone
 * (main/hub/publicProjects/). The hub writes it, nobody else creates one; it waits for a host,
 * who approves it (a citizen and a helper membership, renderer/src/data/helpOfferRepo.ts),
 * declines it, or marks it handled. Only host desks receive it (core/sync/projectionRules.ts).
 */

export const helpOfferStatuses = ['pending', 'handled'] as const;

/** What the form takes at most: the citizen record's bounds, and a short message. */
export const HELP_OFFER_MESSAGE_MAX = 1000;

export const helpOfferFieldsSchema = z.strictObject({
  projectId: idSchema,
  name: citizenFieldsSchema.shape.name,
  /** A phone number, an e-mail or a few words ("via the baker"); required here, unlike a citizen's. */
  contact: requiredText(200),
  message: longText(HELP_OFFER_MESSAGE_MAX),
  /** The page's language when they sent it: a host answers in it. */
  language: uiLanguageSchema,
  /** They agreed that a host may contact them about this project: when, and which wording (core/projects/citizens.ts). */
  consent: z.strictObject({ at: citizenConsentSchema.shape.at, textVersion: citizenConsentSchema.shape.textVersion }),
  createdAt: isoDateTimeSchema,
  /** `handled`: a host dealt with it another way (a phone call); approving or declining deletes it. */
  status: z.enum(helpOfferStatuses),
  handledAt: isoDateTimeSchema.nullable(),
});
export type HelpOfferFields = z.infer<typeof helpOfferFieldsSchema>;

/** What a declined or approved offer keeps of the person: nothing (the approved one lives on as a citizen). */
export const erasedHelpOfferFields = { name: '', contact: '', message: '' } as const;
