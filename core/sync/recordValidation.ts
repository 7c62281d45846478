import { z } from 'zod';
import { hlcSchema, idSchema, syncFieldNames, withoutSyncFields } from '../schemas/common';
import { schemaOf, tableSchemas, type TableName } from '../schemas/tables';
import { erasedValueOf, fieldSchemaOf, tombstoneFieldSchemaOf, tombstoneSchemaOf } from '../schemas/tombstones';
import type { RecordChange, SyncedRow } from './merge';
import { invalidRecord, type Refusal } from './refusals';

/**
 * The one check of what a change may carry and what a record may hold, used by the hub
 * before it stores a change and by every machine before it stores what the hub sends.
 */

/** `id`, `hlc` and `deviceId` are bookkeeping; a change may not set them as fields. */
const DELETED = 'deleted';

/**
 * Every field of a change is one its table has, with a valid value; `deleted` is a boolean.
 * A delete (`deleted: true`) carries nothing but the table's erasable fields, each set to its
 * blank, so a tombstone is checked as strictly as a create.
 */
export function changeRefusal(change: Pick<RecordChange, 'table' | 'fields'>): Refusal | null {
  const { table, fields } = change;
  const deleting = fields[DELETED] === true;
  for (const [field, value] of Object.entries(fields)) {
    if (field === DELETED) {
      if (typeof value !== 'boolean') return invalidRecord(field);
      continue;
    }
    if (deleting) {
      const { erasable, blank } = erasedValueOf(table, field);
      if (!erasable || value !== blank) return invalidRecord(field);
      continue;
    }
    if (fieldSchemaOf(table, field)?.safeParse(value).success !== true) return invalidRecord(field);
  }
  return null;
}

/**
 * The record the hub would store after a change must be a whole valid record of its table; a
 * tombstone may hold its erased fields blank. Without an earlier copy (a delete of a record the
 * hub never had) the tombstone holds only what the change carried, checked field by field.
 */
export function mergedRecordRefusal(table: TableName, row: SyncedRow, hadCopy: boolean): Refusal | null {
  const { deleted } = row;
  const fields = withoutSyncFields(row);
  if (typeof deleted !== 'boolean') return invalidRecord(DELETED);
  if (deleted && !hadCopy) {
    const field = invalidFieldOf(table, row);
    return field === null ? null : invalidRecord(field);
  }
  const parsed = (deleted ? tombstoneSchemaOf(table) : schemaOf(table)).safeParse(fields);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const key = issue?.path[0] ?? (issue?.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
  return invalidRecord(typeof key === 'string' ? key : '');
}

/**
 * A stored record as one strict schema: its bookkeeping, then every field of its table as
 * optional (the hub may withhold fields from a machine's role), a tombstone's erased fields
 * allowed blank. One parse per record, so a machine can check its first download of 150,000
 * members at a small cost (docs/BENCHMARKS.md).
 */
const storedRowSchemas = new Map<string, z.ZodType<SyncedRow>>();
function storedRowSchemaOf(table: TableName, deleted: boolean): z.ZodType<SyncedRow> {
  const key = `${table}:${String(deleted)}`;
  const known = storedRowSchemas.get(key);
  if (known) return known;
  const fields = Object.keys(tableSchemas[table].shape).map((field) => [field, ((deleted ? tombstoneFieldSchemaOf : fieldSchemaOf)(table, field) ?? z.never()).optional()] as const);
  const schema = z.strictObject({
    id: idSchema,
    hlc: z.record(z.string().max(64), hlcSchema),
    deviceId: idSchema,
    deleted: z.literal(deleted),
    ...Object.fromEntries(fields),
  });
  storedRowSchemas.set(key, schema);
  return schema;
}

export type StoredRowCheck = { ok: true; row: SyncedRow } | { ok: false; field: string };

/**
 * A record as a machine receives it (a pulled row, the hub's copy in a push answer): valid
 * bookkeeping, and each field one its table has with a valid value. `field` names the first
 * that is not, or is empty when the bookkeeping is wrong.
 */
export function checkStoredRow(table: TableName, value: unknown): StoredRowCheck {
  const deleted = typeof value === 'object' && value !== null && DELETED in value ? value[DELETED] : false;
  const parsed = storedRowSchemaOf(table, deleted === true).safeParse(value);
  if (parsed.success) return { ok: true, row: parsed.data };
  const issue = parsed.error.issues[0];
  const key = issue?.code === 'unrecognized_keys' ? issue.keys[0] : issue?.path[0];
  return { ok: false, field: typeof key === 'string' && !BOOKKEEPING.has(key) ? key : '' };
}

const BOOKKEEPING = new Set<string>(syncFieldNames);

/** The first field of a stored record that is not valid ('' for its bookkeeping), or null. */
export function invalidFieldOf(table: TableName, row: unknown): string | null {
  const checked = checkStoredRow(table, row);
  return checked.ok ? null : checked.field;
}
