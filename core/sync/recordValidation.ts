import { schemaOf, type TableName } from '../schemas/tables';
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
  const { id: _id, hlc: _hlc, deviceId: _deviceId, deleted, ...fields } = row;
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
 * The first field of a stored record that its table does not have or whose value is not
 * valid there (a tombstone's erased fields may be blank); null when every field is fine.
 * Fields a record lacks are not checked: the hub may withhold fields from a machine's role.
 */
export function invalidFieldOf(table: TableName, row: Readonly<Record<string, unknown>>): string | null {
  const deleted = row[DELETED] === true;
  for (const field of Object.keys(row)) {
    if (field === 'id' || field === 'hlc' || field === 'deviceId' || field === DELETED) continue;
    const schema = deleted ? tombstoneFieldSchemaOf(table, field) : fieldSchemaOf(table, field);
    if (schema?.safeParse(row[field]).success !== true) return field;
  }
  return null;
}
