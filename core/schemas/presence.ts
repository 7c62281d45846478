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

export const guestFieldsSchema = z.strictObject({
  name: requiredText(120),
  company: shortText(120),
  purpose: shortText(200),
  visitingMemberId: idSchema.nullable(),
  arrivedAt: isoDateTimeSchema,
  leftAt: isoDateTimeSchema.nullable(),
});
export type GuestFields = z.infer<typeof guestFieldsSchema>;
