import { z } from 'zod';
import { erasedGuestFields } from '../guestRetention';
import { erasedHelpOfferFields } from './helpOffer';
import { tableSchemas, type TableName } from './tables';

/**
 * What a delete may carry besides `deleted: true`: per table, the personal fields an erasure
 * blanks and the blank each one gets (expired guests, core/guestRetention.ts; help offers a host
 * approved or declined, core/schemas/helpOffer.ts). Nothing else:
 * a tombstone is as strictly checked as any other change, so it cannot smuggle data in.
 */
export const erasableFields: { readonly [T in TableName]?: Readonly<Record<string, unknown>> } = {
  guests: erasedGuestFields,
  helpOffers: erasedHelpOfferFields,
};

export function erasedValueOf(table: TableName, field: string): { erasable: boolean; blank: unknown } {
  const fields = erasableFields[table];
  return fields && Object.hasOwn(fields, field) ? { erasable: true, blank: fields[field] } : { erasable: false, blank: undefined };
}

/** The schema of one field of a table, or undefined for a field the table does not have. */
export function fieldSchemaOf(table: TableName, field: string): z.ZodType | undefined {
  const shape: Readonly<Record<string, z.ZodType>> = tableSchemas[table].shape;
  return Object.hasOwn(shape, field) ? shape[field] : undefined;
}

/** A field's schema as a tombstone holds it: its erasable blank is valid there too. */
export function tombstoneFieldSchemaOf(table: TableName, field: string): z.ZodType | undefined {
  const schema = fieldSchemaOf(table, field);
  const { erasable, blank } = erasedValueOf(table, field);
  return schema && erasable ? schema.or(z.literal(blankLiteral(blank))) : schema;
}

function blankLiteral(blank: unknown): string | number | boolean | null {
  return typeof blank === 'string' || typeof blank === 'number' || typeof blank === 'boolean' ? blank : null;
}

/**
 * A whole deleted record: the table's schema, with the erased fields allowed to be blank.
 * (Rebuilt from the fields, so a table given erasable fields must not rely on a whole-record
 * refinement; guests have none.)
 */
const tombstoneSchemas = new Map<TableName, z.ZodType>();
export function tombstoneSchemaOf(table: TableName): z.ZodType {
  const known = tombstoneSchemas.get(table);
  if (known) return known;
  const erasable = erasableFields[table];
  const base = tableSchemas[table];
  const schema = erasable
    ? z.strictObject(Object.fromEntries(Object.keys(base.shape).map((field) => [field, tombstoneFieldSchemaOf(table, field) ?? z.never()])))
    : base;
  tombstoneSchemas.set(table, schema);
  return schema;
}
