import { z } from 'zod';
import { idSchema, isoDateTimeSchema, requiredText, shortText } from './common';

export const checkInMethods = ['qrCard', 'scanner', 'name', 'host', 'automatic'] as const;

/** Check-ins are append-only events: a check-out is a new row, never an edit. */
export const checkInFieldsSchema = z.strictObject({
  memberId: idSchema,
  kind: z.enum(['in', 'out']),
  at: isoDateTimeSchema,
  method: z.enum(checkInMethods),
  bookingId: idSchema.nullable(),
});
export type CheckInFields = z.infer<typeof checkInFieldsSchema>;

/** Why a guest came, as the kiosk offers it; every machine says it in its own language. */
export const guestPurposeCodes = ['meeting', 'delivery', 'tour', 'event', 'other'] as const;
export const guestPurposeSchema = z.enum(guestPurposeCodes);
export type GuestPurpose = z.infer<typeof guestPurposeSchema>;

/**
 * A stored purpose: a code, empty when the guest gave none, or (signed in before purposes were
 * codes) the words the kiosk showed or the guest typed, which are shown as they are.
 */
export function storedGuestPurpose(purpose: string): { kind: 'code'; code: GuestPurpose } | { kind: 'text'; text: string } | null {
  if (purpose.trim() === '') return null;
  const code = guestPurposeSchema.safeParse(purpose);
  return code.success ? { kind: 'code', code: code.data } : { kind: 'text', text: purpose };
}

export const guestFieldsSchema = z.strictObject({
  name: requiredText(120),
  company: shortText(120),
  /** A GuestPurpose code or '' for new sign-ins; older records may hold free text (storedGuestPurpose). */
  purpose: shortText(200),
  visitingMemberId: idSchema.nullable(),
  arrivedAt: isoDateTimeSchema,
  leftAt: isoDateTimeSchema.nullable(),
});
export type GuestFields = z.infer<typeof guestFieldsSchema>;
