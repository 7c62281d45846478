import { newId } from '@core/ids';
import { schemaOf, tableSchemas, toRow, withoutSyncFields, type FieldsOf, type RowOf, type TableName } from '@core/schemas';
import { fieldSchemaOf } from '@core/schemas/tombstones';
import { saveClock, type DataContext } from './dataContext';
import { tableOf, type OutboxEntry } from './database';
import { StorageError, toStorageError } from './storageErrors';

/**
 * The write path every repository goes through: validate with the table's zod schema,
 * stamp id, per-field clock and device, write the row and its outbox entry in one
 * transaction. Nothing else in the app writes synced tables.
 */

function validate<T extends TableName>(table: T, fields: unknown): FieldsOf<T> {
  const result = schemaOf(table).safeParse(fields);
  if (!result.success) {
    const details = result.error.issues.map((issue) => `${issue.path.join('.') || table}: ${issue.message}`);
    throw new StorageError('invalidInput', `Some fields are not valid: ${details.join('; ')}`, details);
  }
  return result.data;
}

/**
 * A public machine holds rows without the fields the hub withholds from its role (a room
 * display's booking has no member or title). Such a row cannot pass the whole-record schema,
 * so only what the patch sets is checked, field by field; the hub checks the whole record it
 * stores (mergedRecordRefusal) and refuses a change that breaks a rule across fields.
 */
function validateUpdate<T extends TableName>(table: T, current: Record<string, unknown>, patch: Record<string, unknown>): FieldsOf<T> {
  const merged = { ...current, ...patch };
  const withheld = Object.keys(tableSchemas[table].shape).some((field) => !Object.hasOwn(merged, field));
  if (!withheld) return validate(table, merged);
  const details: string[] = [];
  const parsed: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    const result = fieldSchemaOf(table, field)?.safeParse(value);
    if (result?.success) parsed[field] = result.data;
    else details.push(`${field}: ${result ? (result.error.issues[0]?.message ?? 'not valid') : 'not a field of this table'}`);
  }
  if (details.length > 0) throw new StorageError('invalidInput', `Some fields are not valid: ${details.join('; ')}`, details);
  // The row as stored stays partial: the withheld fields are the hub's, not this machine's.
  return { ...current, ...parsed } as FieldsOf<T>;
}

async function inWriteTransaction<R>(context: DataContext, table: TableName, work: () => Promise<R>): Promise<R> {
  const { db } = context;
  try {
    return await db.transaction('rw', [db.table(table), db.outbox, db.meta], async () => {
      const result = await work();
      await saveClock(context);
      return result;
    });
  } catch (error) {
    throw toStorageError(error);
  }
}

function outboxEntry(context: DataContext, table: TableName, recordId: string, fields: Record<string, unknown>, hlc: string): OutboxEntry {
  return { table, recordId, fields, hlc, deviceId: context.deviceId };
}

export async function createRecords<T extends TableName>(
  context: DataContext,
  table: T,
  inputs: readonly (FieldsOf<T> & { id?: string })[],
): Promise<RowOf<T>[]> {
  const prepared = inputs.map(({ id, ...fields }) => ({ id: id ?? newId(), fields: validate(table, fields) }));
  return inWriteTransaction(context, table, async () => {
    const rows: RowOf<T>[] = [];
    const entries: OutboxEntry[] = [];
    for (const { id, fields } of prepared) {
      const hlc = context.clock.now();
      rows.push(toRow(fields, { id, hlc: { '*': hlc }, deviceId: context.deviceId, deleted: false }));
      entries.push(outboxEntry(context, table, id, { ...fields }, hlc));
    }
    await tableOf(context.db, table).bulkAdd(rows);
    await context.db.outbox.bulkAdd(entries);
    return rows;
  });
}

export async function createRecord<T extends TableName>(
  context: DataContext,
  table: T,
  input: FieldsOf<T> & { id?: string },
): Promise<RowOf<T>> {
  const [row] = await createRecords(context, table, [input]);
  if (!row) throw new StorageError('storageFailed', 'The record was not created.');
  return row;
}

/** Applies `patch` and stamps only the fields whose value really changed. */
export async function updateRecord<T extends TableName>(
  context: DataContext,
  table: T,
  id: string,
  patch: Partial<FieldsOf<T>>,
): Promise<RowOf<T>> {
  return inWriteTransaction(context, table, async () => {
    const rows = tableOf(context.db, table);
    const current = await rows.get(id);
    if (!current || current.deleted) {
      throw new StorageError('recordMissing', 'This record no longer exists. It may have been deleted on another machine.');
    }
    const fields = validateUpdate(table, withoutSyncFields(current), patch);
    const before: Record<string, unknown> = withoutSyncFields(current);
    const after: Record<string, unknown> = fields;
    const changed = Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(before[key]));
    if (changed.length === 0) return current;
    const hlc = context.clock.now();
    const stamps: Record<string, string> = { ...current.hlc };
    const changedFields: Record<string, unknown> = {};
    for (const key of changed) {
      stamps[key] = hlc;
      changedFields[key] = after[key];
    }
    const next = toRow(fields, { id, hlc: stamps, deviceId: context.deviceId, deleted: false });
    await rows.put(next);
    await context.db.outbox.add(outboxEntry(context, table, id, changedFields, hlc));
    return next;
  });
}

/**
 * Writes a record of a known id whatever state it is in: creates it, updates it, or brings a
 * deleted one back (its `deleted` stamped false, newer than the delete, so the revival syncs and
 * wins over the tombstone). For records whose id says what they are (a series' date taken out).
 * A create stamps `deleted: false` too: the hub may hold a tombstone of that id this machine has
 * not pulled yet (a date a host skipped and gave back while it was offline), and a change
 * without `deleted` would merge into that tombstone and stay deleted.
 */
export async function putRecordAt<T extends TableName>(context: DataContext, table: T, id: string, input: FieldsOf<T>): Promise<RowOf<T>> {
  return inWriteTransaction(context, table, async () => {
    const current = await tableOf(context.db, table).get(id);
    if (current && !current.deleted) return updateRecord(context, table, id, input);
    const fields = validate(table, input);
    const hlc = context.clock.now();
    const row = toRow(fields, { id, hlc: { '*': hlc }, deviceId: context.deviceId, deleted: false });
    await tableOf(context.db, table).put(row);
    await context.db.outbox.add(outboxEntry(context, table, id, { ...fields, deleted: false }, hlc));
    return row;
  });
}

/**
 * Deletes leave a tombstone so that the delete itself can sync and win over old copies.
 * `erase` blanks personal data in the tombstone too (a guest's name after the retention
 * period), and travels with the delete so every machine erases it.
 */
export async function deleteRecord<T extends TableName>(
  context: DataContext,
  table: T,
  id: string,
  erase: Partial<FieldsOf<T>> = {},
): Promise<void> {
  await inWriteTransaction(context, table, async () => {
    const rows = tableOf(context.db, table);
    const current = await rows.get(id);
    if (!current || current.deleted) return;
    const hlc = context.clock.now();
    const stamps: Record<string, string> = { ...current.hlc, deleted: hlc };
    for (const key of Object.keys(erase)) stamps[key] = hlc;
    await rows.put({ ...current, ...erase, deleted: true, hlc: stamps, deviceId: context.deviceId });
    await context.db.outbox.add(outboxEntry(context, table, id, { ...erase, deleted: true }, hlc));
  });
}

/** Runs several writes as one: all of them land, or none does. */
export async function inOneTransaction<R>(context: DataContext, tables: readonly TableName[], work: () => Promise<R>): Promise<R> {
  const { db } = context;
  try {
    return await db.transaction('rw', [...tables.map((name) => db.table(name)), db.outbox, db.meta], work);
  } catch (error) {
    throw toStorageError(error);
  }
}
