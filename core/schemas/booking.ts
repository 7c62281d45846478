import { z } from 'zod';
import { idSchema, isoDateTimeSchema, shortText } from './common';

export const bookingStatuses = ['confirmed', 'rejected', 'cancelled'] as const;

export const bookingFieldsSchema = z
  .strictObject({
    resourceKind: z.enum(['desk', 'room']),
    resourceId: idSchema,
    /** Null for a booking made for someone outside the member list (a visiting group). */
    memberId: idSchema.nullable(),
    title: shortText(120),
    startsAt: isoDateTimeSchema,
    endsAt: isoDateTimeSchema,
    status: z.enum(bookingStatuses),
    /** Why the hub refused it, and which booking holds the slot instead. */
    rejection: z.strictObject({ reason: shortText(300), winnerId: idSchema.nullable() }).nullable(),
    /** Set when the member checks in for it; an unconfirmed booking can be released as a no-show. */
    confirmedAt: isoDateTimeSchema.nullable(),
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    error: 'A booking must end after it starts',
    path: ['endsAt'],
  });
export type BookingFields = z.infer<typeof bookingFieldsSchema>;
