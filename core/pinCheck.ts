import { z } from 'zod';
import { idSchema } from './schemas/common';

/**
 * `POST /api/pins/check`: a kiosk or host desk asks the hub whether a PIN is right, so the
 * hub's lock-out counts wrong tries across every kiosk of the hub. Shared by hub and machines.
 */
export const PIN_CHECK_PATH = '/api/pins/check';

export const pinCheckRequestSchema = z.discriminatedUnion('target', [
  z.strictObject({ target: z.literal('host'), pin: z.string().regex(/^\d{4,8}$/) }),
  z.strictObject({ target: z.literal('member'), memberId: idSchema, pin: z.string().regex(/^\d{4,8}$/) }),
]);
export type PinCheckRequest = z.infer<typeof pinCheckRequestSchema>;

/**
 * `notSet`: the hub holds no verifier that opens anything for this subject (no PIN, a removed
 * member, or an old 4-digit host PIN that must be set again); the machine decides on its own.
 */
export const pinCheckAnswerSchema = z.discriminatedUnion('result', [
  z.strictObject({ result: z.literal('right') }),
  z.strictObject({ result: z.literal('wrong'), triesLeft: z.int().min(0).max(100) }),
  z.strictObject({ result: z.literal('lockedOut'), retryAt: z.iso.datetime() }),
  z.strictObject({ result: z.literal('notSet') }),
]);
export type PinCheckAnswer = z.infer<typeof pinCheckAnswerSchema>;

/** Wrong tries per member or host PIN, across all machines, before the hub refuses that PIN for a while. */
export const HUB_PIN_MAX_FAILURES = 5;
export const HUB_PIN_WINDOW_MS = 15 * 60_000;
