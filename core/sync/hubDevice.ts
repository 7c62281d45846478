import { z } from 'zod';
import { hlcNodeFromDeviceId } from '../hlc';
import { deviceRoleSchema } from '../deviceRole';
import { idSchema } from '../schemas/common';
import { deviceIdentitySchema } from './protocol';

/**
 * The id the hub itself stamps its own changes with (booking rejections, seeded data). No
 * machine may take it: its changes would pass for the hub's.
 */
export const HUB_DEVICE_ID = 'hub';

/**
 * The one rule for a machine's id, used wherever an id names a machine: pairing, the revoke
 * route, the host's device list. An id that pairs is therefore an id every route accepts.
 * The clock node is derived from the id, so an id whose node would read as the hub's (`h-u-b`,
 * `HUB`) is refused too, as is one with no letter or digit (its node would be a shared default).
 */
export const deviceIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[0-9a-zA-Z_-]+$/, 'A machine id has letters, digits, - and _ only')
  .refine((id) => /[0-9a-zA-Z]/.test(id), 'A machine id needs a letter or digit')
  .refine((id) => hlcNodeFromDeviceId(id).toLowerCase() !== HUB_DEVICE_ID, `The id "${HUB_DEVICE_ID}" is the hub's own`);

/** A machine paired with the hub, as the hub keeps it and as GET /api/devices lists it. */
export const hubDeviceSchema = deviceIdentitySchema.extend({
  name: z.string(),
  pairedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  ackedSeq: z.number(),
  /** Changes the machine had not pushed when it last acknowledged. */
  pendingChanges: z.number(),
});
export type HubDevice = z.infer<typeof hubDeviceSchema>;

/** `POST /api/pair`: a one-time code, a name for the machine, and the id it stamps changes with. */
export const pairRequestSchema = z.strictObject({
  code: z.string().regex(/^\d{8}$/, 'A pairing code has 8 digits'),
  name: z.string().trim().min(1).max(80),
  deviceId: deviceIdSchema,
});

/**
 * The hub's answer to a pairing. `lastMutation` is the last mutation number the hub applied
 * from this id (0 for a new machine): a machine paired again numbers its changes after it,
 * or the hub would take them for duplicates of changes it already has. `roomId` is the meeting
 * room a room display was paired to (null for every other role): the display shows that room.
 */
export const pairAnswerSchema = z.strictObject({
  deviceId: deviceIdSchema,
  role: deviceRoleSchema,
  roomId: idSchema.nullable(),
  token: z.string().min(20).max(200),
  lastMutation: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
});
export type PairAnswer = z.infer<typeof pairAnswerSchema>;

/**
 * Why a pairing failed, as a code the machine translates. A wrong, used and expired code all
 * get `codeInvalid`: telling them apart would tell someone guessing codes which ones exist.
 */
export const pairFailureCodes = ['codeInvalid', 'tooManyTries', 'alreadyPaired', 'invalidRequest'] as const;
export const pairFailureSchema = z.object({ error: z.string(), code: z.enum(pairFailureCodes).optional() });
export type PairFailureCode = (typeof pairFailureCodes)[number];
