import { z } from 'zod';
import { bookingPolicySchema, defaultBookingPolicy, type BookingPolicy } from '../bookings/bookingPolicy';
import { deviceRoleSchema } from '../deviceRole';
import { DEFAULT_UI_LANGUAGE, uiLanguageSchema } from '../languages';
import { pinSaltSchema, pinVerifierSchema } from '../pinVerifier';
import { wallDisplaySchema } from '../wall/wallSettings';
import { isoDateTimeSchema, requiredText, shortText } from './common';

/** One row per hub (id "hub"): the host's settings. */
export const hubSettingsFieldsSchema = z.strictObject({
  name: requiredText(80),
  town: shortText(80),
  defaultLanguage: uiLanguageSchema,
  timeZone: requiredText(60),
  /** Seconds without input before the kiosk returns to its start screen. */
  kioskIdleSeconds: z.int().min(10).max(600),
  checkInPinRequired: z.boolean(),
  guestRetentionDays: z.int().min(1).max(365),
  /** Local time "HH:mm" when everyone still in is checked out. */
  closingTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /**
   * Minutes after its start when the hub releases a booking nobody checked into; null: never
   * (the default). Absent in rows written before the release existed.
   */
  noShowReleaseMinutes: z.int().min(5).max(240).nullable().optional(),
  /**
   * The rules members book within (core/bookings/bookingPolicy.ts); absent in rows written
   * before it existed, which means `defaultBookingPolicy`.
   */
  bookingPolicy: bookingPolicySchema.optional(),
  /** Verifier of the 6-digit host PIN that guards host screens on public machines; null until set. */
  hostPinHash: pinVerifierSchema.nullable(),
  /**
   * The hub's secret PIN salt, made with the first PIN and never changed (core/pinVerifier.ts):
   * every desk and kiosk of the hub hashes alike. Kiosk and host only. Absent in rows written
   * before PIN salts existed.
   */
  pinSalt: pinSaltSchema.nullable().optional(),
  /**
   * What the wall display shows and when (core/wall/wallSettings.ts); absent in rows written
   * before it existed, which means `defaultWallDisplay`.
   */
  wallDisplay: wallDisplaySchema.optional(),
  /**
   * What one volunteer hour is worth in reports to funders and municipalities
   * (core/projects/pledges.ts `hoursValue`); null or absent: not set.
   */
  volunteerHourValue: z.strictObject({ amount: z.number().min(0).max(100_000), currency: z.enum(['DKK', 'EUR']) }).nullable().optional(),
});
export type HubSettingsFields = z.infer<typeof hubSettingsFieldsSchema>;
export const HUB_SETTINGS_ID = 'hub';

/** The rules members book within: a row written before the policy existed (or none yet) means the defaults. */
export function bookingPolicyOf(settings: Pick<HubSettingsFields, 'bookingPolicy'> | null | undefined): BookingPolicy {
  return settings?.bookingPolicy ?? defaultBookingPolicy;
}

/** What a new hub starts with, until a host changes it. */
export const defaultHubSettings: HubSettingsFields = {
  name: 'Landhub',
  town: '',
  defaultLanguage: DEFAULT_UI_LANGUAGE,
  timeZone: 'Europe/Copenhagen',
  kioskIdleSeconds: 30,
  checkInPinRequired: false,
  guestRetentionDays: 30,
  closingTime: '18:00',
  noShowReleaseMinutes: null,
  bookingPolicy: defaultBookingPolicy,
  hostPinHash: null,
  pinSalt: null,
};

export const deviceFieldsSchema = z.strictObject({
  name: requiredText(80),
  role: deviceRoleSchema,
  pairedAt: isoDateTimeSchema,
  lastSeenAt: isoDateTimeSchema.nullable(),
  revokedAt: isoDateTimeSchema.nullable(),
});
