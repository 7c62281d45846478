import { z } from 'zod';
import { cardKeySchema } from '../cardLookup';
import { deviceRoleSchema } from '../deviceRole';
import { hlcSchema, idSchema } from '../schemas/common';
import { tableNames, type TableName } from '../schemas/tables';
import { MAX_JSON_DEPTH, nestsAtMost } from './jsonDepth';
import { refusalSchema } from './refusals';

/**
 * Every sync frame, as the hub and the devices parse it (docs/sync-protocol.md). Strict
 * objects refuse unknown keys; JSON values refuse NaN, Infinity and `__proto__` keys.
 */
export const SYNC_PROTOCOL_VERSION = 1;
export const MAX_FRAME_BYTES = 1024 * 1024;
export const MAX_PULL_LIMIT = 5000;
/**
 * A pull page also stops once its records' stored JSON passes this many characters (but holds
 * at least one record), so members with photos cannot turn one page into a frame of hundreds
 * of megabytes that a kiosk must hold in memory at once.
 */
export const MAX_PULL_PAGE_CHARS = 4 * 1024 * 1024;
export const MAX_PUSH_MUTATIONS = 500;

const tableNameSchema = z.enum(tableNames as [TableName, ...TableName[]]);
const seqSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/** A JSON value as a record field may hold it: finite numbers, no prototype tricks, bounded depth. */
const jsonValue: z.ZodType = z.lazy(() =>
  z.union([
    z.string().max(300_000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(1000),
    fieldMap,
  ]),
);
const fieldMap: z.ZodType<Record<string, unknown>> = z
  .record(z.string().max(64), jsonValue)
  .refine((map) => !Object.hasOwn(map, '__proto__') && !Object.hasOwn(map, 'constructor') && !Object.hasOwn(map, 'prototype'), 'Forbidden key');

export const recordChangeSchema = z.strictObject({
  table: tableNameSchema,
  recordId: idSchema,
  fields: fieldMap,
  hlc: hlcSchema,
  deviceId: idSchema,
});

/**
 * A record as the hub sends it. Only its bookkeeping is checked field by field: the hub
 * validated every record against its table's schema when it stored it, and checking each
 * value again would cost a new machine as much time as storing its first download.
 */
export const syncedRowSchema = z.looseObject({ id: idSchema, hlc: z.record(z.string().max(64), hlcSchema), deviceId: idSchema, deleted: z.boolean() });

/** One outbox entry as pushed: `mutation` is the device's strictly increasing number for it. */
export const pushMutationSchema = z.strictObject({ mutation: z.int().min(1).max(Number.MAX_SAFE_INTEGER), change: recordChangeSchema });
export type PushMutation = z.infer<typeof pushMutationSchema>;

export const deviceMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('hello'), protocol: z.literal(SYNC_PROTOCOL_VERSION), lastSeq: seqSchema }),
  z.strictObject({ type: z.literal('push'), mutations: z.array(pushMutationSchema).min(1).max(MAX_PUSH_MUTATIONS) }),
  z.strictObject({ type: z.literal('pull'), sinceSeq: seqSchema, limit: z.int().min(1).max(MAX_PULL_LIMIT) }),
  z.strictObject({ type: z.literal('ack'), seq: seqSchema, pending: z.int().min(0).max(Number.MAX_SAFE_INTEGER) }),
]);
export type DeviceMessage = z.infer<typeof deviceMessageSchema>;

export const pushStatusSchema = z.enum(['applied', 'duplicate', 'refused']);

/** The hub's answer to one pushed mutation; the hub builds it and the machine settles it with this one type. */
export const pushResultSchema = z.strictObject({
  mutation: z.int().min(1),
  status: pushStatusSchema,
  /** With `applied`: the seq the change got (none when it changed nothing). */
  seq: seqSchema.optional(),
  /** With `refused`: why, as a code the machine translates (core/sync/refusals.ts). */
  refusal: refusalSchema.optional(),
  /**
   * With a refusal or a duplicate: the hub's copy of the record (null if it has none), as the
   * device's role may hold it, so the machine can undo a refused change even when the first
   * answer was lost.
   */
  row: syncedRowSchema.nullable().optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

/** The hub store's epoch (docs/sync-protocol.md, "Restores"): replaced by every restore from a backup. */
export const storeEpochSchema = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * What a machine does with the epoch of a `welcome`, against the one it kept beside its
 * checkpoint: `keep` (same, or a hub that sends none), `adopt` (the first it hears: keep it, the
 * checkpoint stands), `startOver` (the hub was restored: pull from seq 0, keeping the outbox).
 */
export function epochVerdict(known: string | null, received: string | undefined): 'keep' | 'adopt' | 'startOver' {
  if (received === undefined || received === known) return 'keep';
  return known === null ? 'adopt' : 'startOver';
}

export const hubMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('welcome'), role: deviceRoleSchema, hubTime: z.int(), latestSeq: seqSchema,
    /** Only to machines that offered EPOCH_FEATURE (core/sync/protocol.ts): a strict older machine would close on it. */
    epoch: storeEpochSchema.optional(),
    /** Kiosks only: the hub's key for card lookups (core/cardLookup.ts). */
    cardKey: cardKeySchema.optional(),
    /** Room displays only: the meeting room it was paired to, as the hub's device list has it. */
    roomId: idSchema.nullable().optional(),
  }),
  z.strictObject({
    type: z.literal('pushResult'),
    results: z.array(pushResultSchema).max(MAX_PUSH_MUTATIONS),
  }),
  z.strictObject({
    type: z.literal('changes'),
    records: z.array(z.strictObject({ seq: seqSchema, table: tableNameSchema, row: syncedRowSchema })),
    latestSeq: seqSchema,
    more: z.boolean(),
  }),
  z.strictObject({ type: z.literal('poke'), latestSeq: seqSchema }),
  z.strictObject({ type: z.literal('error'), code: z.string().max(64), message: z.string().max(500) }),
]);
export type HubMessage = z.infer<typeof hubMessageSchema>;

/** One record of a pulled page around its row; the row is checked on its own (core/sync/pulledRecords.ts). */
export const pulledEnvelopeSchema = z.strictObject({ seq: seqSchema, table: tableNameSchema, row: z.unknown() });

/**
 * What a machine parses a hub frame with. A `changes` page is checked as an envelope only, so
 * one bad record costs that record, not the page and with it every later sync.
 */
export const changesEnvelopeSchema = z.strictObject({
  type: z.literal('changes'),
  records: z.array(z.unknown()).max(MAX_PULL_LIMIT),
  latestSeq: seqSchema,
  more: z.boolean(),
});
export const hubFrameSchema = z.union([changesEnvelopeSchema, hubMessageSchema]);
export type HubFrame = z.infer<typeof hubFrameSchema>;

/**
 * Parses one frame. Size and nesting are measured on the raw text first (core/sync/jsonDepth.ts):
 * JSON.parse and the recursive schemas would overflow the stack on a few thousand `[`.
 * JSON.parse itself turns `"__proto__"` keys into own properties, which the schemas refuse;
 * NaN and Infinity cannot be written in JSON at all. Never throws: a frame is valid or refused.
 */
export function parseFrame<T>(schema: z.ZodType<T>, text: string, limits: { maxChars?: number } = {}): { ok: true; message: T } | { ok: false; reason: string } {
  if (limits.maxChars !== undefined && text.length > limits.maxChars) return { ok: false, reason: `Frame longer than ${limits.maxChars} characters` };
  if (!nestsAtMost(text, MAX_JSON_DEPTH)) return { ok: false, reason: `Frame nested deeper than ${MAX_JSON_DEPTH} levels` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'Not JSON' };
  }
  try {
    const parsed = schema.safeParse(value);
    return parsed.success ? { ok: true, message: parsed.data } : { ok: false, reason: parsed.error.issues[0]?.message ?? 'Invalid message' };
  } catch {
    return { ok: false, reason: 'Invalid message' };
  }
}
