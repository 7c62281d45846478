import { z } from 'zod';
import { isHlc } from '../hlc';

export const idSchema = z.string().min(1).max(64).regex(/^[0-9a-zA-Z_-]+$/, 'Not a valid id');
/** UTC only ("…Z"), so that stored timestamps sort and range-query as plain strings. */
export const isoDateTimeSchema = z.iso.datetime();
export const isoDateSchema = z.iso.date();
export const hlcSchema = z.string().refine(isHlc, 'Not a clock stamp');

/** A short single line a person typed: trimmed, never empty when required. */
export const shortText = (max = 120) => z.string().trim().max(max);
export const requiredText = (max = 120) => z.string().trim().min(1).max(max);
export const longText = (max = 2000) => z.string().trim().max(max);

/**
 * Fields every synced record carries. `hlc['*']` stamps the record as created; a field
 * changed later has its own entry, so merges can decide per field who wrote last.
 */
export const syncFieldsSchema = z.object({
  id: idSchema,
  hlc: z.record(z.string(), hlcSchema).refine((map) => '*' in map, 'Missing creation stamp'),
  deviceId: idSchema,
  deleted: z.boolean(),
});
export type SyncFields = z.infer<typeof syncFieldsSchema>;
export const syncFieldNames = ['id', 'hlc', 'deviceId', 'deleted'] as const satisfies readonly (keyof SyncFields)[];
export type SyncFieldName = (typeof syncFieldNames)[number];

/** A row's own fields, without the bookkeeping of `syncFieldNames` every synced record carries. */
export function withoutSyncFields<T extends Partial<Record<SyncFieldName, unknown>>>(row: T): Omit<T, SyncFieldName> {
  const { id: _id, hlc: _hlc, deviceId: _deviceId, deleted: _deleted, ...fields } = row;
  return fields;
}
