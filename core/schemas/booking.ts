import { z } from 'zod';
import { idSchema, isoDateTimeSchema, shortText } from './common';

/** `released`: nobody checked in within the hub's no-show window, so the hub freed the slot. */
export const bookingStatuses = ['confirmed', 'rejected', 'cancelled', 'released'] as const;

/**
 * Why the hub refused a booking, as a refusal code (core/sync/refusals.ts) that each machine
 * says in its own language, and which booking holds the slot instead.
 */
export const bookingRejectionSchema = z.strictObject({
  code: z.literal('bookingConflict'),
  params: z.strictObject({}),
  winnerId: idSchema.nullable(),
});
export type BookingRejection = z.infer<typeof bookingRejectionSchema>;

/**
 * A rejection stored before reasons became codes (`{ reason: English text, winnerId }`), in
 * today's form. The hub only ever rejected for a conflict, so every old reason is that code.
 * The hub's SQLite migration 5 (main/hub/sync/migrations.ts) does the same to its rows.
 */
export function upgradeRejection(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || 'code' in value) return value;
  const winnerId = 'winnerId' in value && typeof value.winnerId === 'string' ? value.winnerId : null;
  const upgraded: BookingRejection = { code: 'bookingConflict', params: {}, winnerId };
  return upgraded;
}

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
    rejection: bookingRejectionSchema.nullable(),
    /** Set when the member checks in for it; an unconfirmed booking can be released as a no-show. */
    confirmedAt: isoDateTimeSchema.nullable(),
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    error: 'A booking must end after it starts',
    path: ['endsAt'],
  });
export type BookingFields = z.infer<typeof bookingFieldsSchema>;
