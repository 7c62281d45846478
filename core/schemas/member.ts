import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, longText, requiredText, shortText } from './common';
import { pinVerifierSchema } from '../pinVerifier';

/**
 * Every member field beyond the name is private until the member agrees to show it on
 * public screens (kiosk, wall display). `presence` is not a field but the consent to be
 * shown as "in today"; `guestVisits` lets a guest at the kiosk find the member as their host.
 */
export const consentFields = [
  'photo',
  'company',
  'bio',
  'skills',
  'offers',
  'needs',
  'languages',
  'email',
  'phone',
  'plan',
  'memberSince',
  'presence',
  'guestVisits',
] as const;
export const consentFieldSchema = z.enum(consentFields);
export type ConsentField = z.infer<typeof consentFieldSchema>;

export const consentSchema = z.strictObject({
  public: z.boolean(),
  /** When the member said yes; null while private. */
  consentedAt: isoDateTimeSchema.nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

export const membershipPlans = ['community', 'flex', 'fixedDesk', 'team', 'volunteer'] as const;
export const membershipPlanSchema = z.enum(membershipPlans);

/** Photos are resized in the browser before they are saved; this bounds what a sync can carry. */
export const MAX_PHOTO_CHARS = 200_000;
export const photoSchema = z
  .string()
  .max(MAX_PHOTO_CHARS, 'Photo is too large')
  .regex(/^data:image\/(jpeg|png|webp);base64,[A-Za-z0-9+/=]+$/, 'Photo must be a JPEG, PNG or WebP image');

export const memberFieldsSchema = z.strictObject({
  name: requiredText(120),
  photo: photoSchema.nullable(),
  company: shortText(120),
  bio: longText(1000),
  /** Ids of entries in the shared skill vocabulary. */
  skills: z.array(idSchema).max(50),
  offers: z.array(requiredText(200)).max(30),
  needs: z.array(requiredText(200)).max(30),
  /** Languages spoken, as ISO 639-1 codes. */
  languages: z.array(z.string().regex(/^[a-z]{2}$/)).max(20),
  email: z.union([z.literal(''), z.email().max(200)]),
  phone: shortText(40).regex(/^[0-9+()\s./-]*$/, 'Phone may hold digits, spaces and + ( ) - / . only'),
  plan: membershipPlanSchema,
  memberSince: isoDateSchema,
  active: z.boolean(),
  consent: z.partialRecord(consentFieldSchema, consentSchema),
  /** The opaque token printed as a QR code on the member card; never shown, never public. */
  cardToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).nullable(),
  /** Verifier of the optional 4-digit check-in PIN (core/pinVerifier.ts); kiosk and host only. */
  pinHash: pinVerifierSchema.nullable(),
  /**
   * The member lets reports name them with their volunteer hours (totals per member). Absent in
   * rows written before: no. Public machines never learn who logged which hours either way.
   */
  hoursByName: z.boolean().optional(),
});
export type MemberFields = z.infer<typeof memberFieldsSchema>;
