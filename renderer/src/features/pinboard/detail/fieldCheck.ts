import { fieldSchemaOf } from '@core/schemas/tombstones';
import type { TableName } from '@core/schemas';

/** Why a typed value cannot be saved, as a code each form says in its reader's language. */
export type FieldProblem = 'required' | 'tooLong' | 'notANumber' | 'tooSmall' | 'tooBig' | 'notADate' | 'inFuture' | 'tooOld';

/**
 * A draft's field checked against the very schema the repository enforces (the table's field
 * schema), so a form says what is wrong next to the field before saving, by the same limits.
 */
export function fieldProblem(table: TableName, field: string, value: unknown): FieldProblem | null {
  const result = fieldSchemaOf(table, field)?.safeParse(value);
  if (!result || result.success) return null;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small') return typeof value === 'string' ? 'required' : 'tooSmall';
  if (issue?.code === 'too_big') return typeof value === 'string' ? 'tooLong' : 'tooBig';
  return typeof value === 'number' ? 'notANumber' : 'notADate';
}

/**
 * An amount as people type it: "1,5" in Danish and German, "1.5" in English, either accepted
 * anywhere (a German member at a Danish hub types a comma). Null when it is not a number.
 */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (!/^(\d+([.,]\d+)?|[.,]\d+)$/.test(trimmed)) return null;
  return Number(trimmed.replace(',', '.'));
}

/** An amount for a form field: in the reader's decimal sign ("1,5" in da and de). */
export function amountText(value: number | null | undefined, decimalSign: '.' | ','): string {
  return value == null ? '' : String(value).replace('.', decimalSign);
}
