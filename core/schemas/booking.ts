import { z } from 'zod';
import { bookingBreachCodes, bookingBreachSchema, type BookingBreach } from '../bookings/bookingPolicy';
import { idSchema, isoDateTimeSchema, requiredText, shortText } from './common';

/** `released`: nobody checked in within the hub's no-show window, so the hub freed the slot. */
export const bookingStatuses = ['confirmed', 'rejected', 'cancelled', 'released'] as const;

/**
 * Why the hub refused a booking, stored on it: a breach of the booking rules
 * (core/bookings/bookingPolicy.ts) as its code and params, which each machine says in its own
 * language, and which booking holds the slot instead (conflicts only; null for every other
 * code). Rows written when a conflict was the only reason (`params: {}`) are this shape already.
 */
export const bookingRejectionSchema = z
  .strictObject({
    code: z.enum(bookingBreachCodes),
    params: z.record(z.string().max(32), z.union([z.string().max(64), z.number()])),
    winnerId: idSchema.nullable(),
  })
  .refine((rejection) => breachFromRejection(rejection) !== null, { error: 'The params do not fit the code', path: ['params'] });
export type BookingRejection = z.infer<typeof bookingRejectionSchema>;

/** The rejection the hub stores for a breach: the one way from a breach to a stored row. */
export function rejectionFromBreach(breach: BookingBreach): BookingRejection {
  if (breach.code === 'bookingConflict') return { code: breach.code, params: {}, winnerId: breach.winnerId };
  const { code, ...params } = breach;
  return { code, params, winnerId: null };
}

/** The breach a stored rejection says, for screens to word; null when its params do not fit its code. */
export function breachFromRejection(rejection: { code: string; params: Readonly<Record<string, unknown>>; winnerId: string | null }): BookingBreach | null {
  const { code, params, winnerId } = rejection;
  // Params carry the breach's facts only: neither may smuggle in another code or winner.
  if ('code' in params || 'winnerId' in params) return null;
  if (code !== 'bookingConflict' && winnerId !== null) return null;
  const flat = code === 'bookingConflict' ? { ...params, code, winnerId } : { ...params, code };
  const parsed = bookingBreachSchema.safeParse(flat);
  return parsed.success ? parsed.data : null;
}

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

/**
 * A meeting-room booking a host opened to everyone: its own title and a short description, the
 * only words of a booking that public screens (the kiosk's "Today at the hub", the wall, the
 * door) may show. The booking's own title and who booked it stay private.
 */
export const publicEventSchema = z.strictObject({
  title: requiredText(80),
  description: shortText(300),
});
export type PublicEvent = z.infer<typeof publicEventSchema>;

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
    /** Absent in rows written before public events: private. */
    publicEvent: publicEventSchema.nullable().optional(),
  })
  .refine((b) => Date.parse(b.endsAt) > Date.parse(b.startsAt), {
    error: 'A booking must end after it starts',
    path: ['endsAt'],
  })
  .refine((b) => !b.publicEvent || b.resourceKind === 'room', { error: 'Only a meeting-room booking can be a public event', path: ['publicEvent'] });
export type BookingFields = z.infer<typeof bookingFieldsSchema>;
