import { z } from 'zod';
import { deviceRoleSchema } from '../deviceRole';

/**
 * Why the hub did not take a change, as a code with parameters (never English text), so each
 * machine says it in its own language and the hub's log can count them. The same codes travel
 * in `pushResult` and are stored on a rejected booking (docs/sync-protocol.md).
 */
const none = z.strictObject({});

/** A field name as a refusal may repeat it: short and plain, whatever a device sent. */
export const refusalFieldSchema = z.string().regex(/^[A-Za-z0-9_*]{0,64}$/);

const refusalVariants = [
  /** The change names another device as its author. */
  z.strictObject({ code: z.literal('notOwnChange'), params: none }),
  /** Its stamp belongs to another device's clock. */
  z.strictObject({ code: z.literal('foreignStamp'), params: none }),
  /** Its stamp is ahead of the hub's clock by more than the hub allows (any 13-digit stamp fits). */
  z.strictObject({ code: z.literal('clockAhead'), params: z.strictObject({ minutes: z.int().min(0).max(1_000_000_000) }) }),
  /** Its stamp's counter is far beyond anything a real clock reaches. */
  z.strictObject({ code: z.literal('counterTooHigh'), params: none }),
  /** Its mutation number jumps further past the last one than a real outbox can. */
  z.strictObject({ code: z.literal('mutationJump'), params: none }),
  /** A field (or the record it would leave) is not valid; `field` is empty for the record as a whole. */
  z.strictObject({ code: z.literal('invalidRecord'), params: z.strictObject({ field: refusalFieldSchema }) }),
  z.strictObject({ code: z.literal('checkInsAreFinal'), params: none }),
  /** A check-in's time is further from the hub's clock than a real arrival can be (ahead, or long past for a kiosk). */
  z.strictObject({ code: z.literal('checkInTimeImplausible'), params: none }),
  /** This role writes nothing of this kind (a wall display writes nothing at all). */
  z.strictObject({ code: z.literal('roleCannotWrite'), params: z.strictObject({ role: deviceRoleSchema }) }),
  z.strictObject({ code: z.literal('kioskOnlyGuests'), params: none }),
  z.strictObject({ code: z.literal('kioskOnlyConfirms'), params: none }),
  z.strictObject({ code: z.literal('kioskOnlyWalkIns'), params: none }),
  z.strictObject({ code: z.literal('roomDisplayOwnRoom'), params: none }),
  /** A room display books now for up to an hour, checks meetings in and ends them early; nothing more. */
  z.strictObject({ code: z.literal('roomDisplayOnlyAtTheDoor'), params: none }),
  /** A confirmed booking overlapped one the hub accepted earlier. */
  z.strictObject({ code: z.literal('bookingConflict'), params: none }),
] as const;

export const refusalSchema = z.discriminatedUnion('code', refusalVariants);
export type Refusal = z.infer<typeof refusalSchema>;
export type RefusalCode = Refusal['code'];
export const refusalCodes = refusalVariants.map((variant) => variant.shape.code.value);

/** The refusals that take no parameters, built without repeating `params: {}` everywhere. */
type PlainCode = Exclude<RefusalCode, 'clockAhead' | 'invalidRecord' | 'roleCannotWrite'>;
export function refusal(code: PlainCode): Refusal {
  return { code, params: {} };
}

export function invalidRecord(field: string): Refusal {
  return { code: 'invalidRecord', params: { field: refusalFieldSchema.safeParse(field).success ? field : '' } };
}
