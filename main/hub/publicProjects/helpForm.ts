import { z } from 'zod';
import { helpOfferFieldsSchema } from '@core/schemas';
import type { HelpField, HelpProblem } from './pageTexts';

/**
 * The "I'd like to help" form as the hub reads it: form fields only
 * (application/x-www-form-urlencoded), checked with the help offer's own field schemas, so what
 * the form accepts is exactly what the record may hold. A refused form comes back with what was
 * typed and one problem per field, for the page to show next to it.
 */
export interface HelpFormValues {
  name: string;
  contact: string;
  message: string;
  consent: boolean;
}

export interface FieldProblem {
  problem: HelpProblem;
  /** The longest the field may be, for "at most N characters". */
  max: number;
}
export type FormProblems = Partial<Record<HelpField, FieldProblem>>;

export type HelpFormResult =
  | { ok: true; offer: Pick<HelpFormValues, 'name' | 'contact' | 'message'> }
  | { ok: false; values: HelpFormValues; problems: FormProblems };

export const EMPTY_FORM: HelpFormValues = { name: '', contact: '', message: '', consent: false };

const { name, contact, message } = helpOfferFieldsSchema.shape;
/** The form's maxlength per field: the record's own bounds. */
export const FIELD_MAX = { name: name.maxLength ?? 0, contact: contact.maxLength ?? 0, message: message.maxLength ?? 0 };
const helpFormSchema = z.object({ name, contact, message, consent: z.literal(true) });
/** The form's fields, in the order they are shown. */
export const HELP_FIELDS: readonly HelpField[] = ['name', 'contact', 'message', 'consent'];
const isField = (key: unknown): key is HelpField => HELP_FIELDS.some((field) => field === key);

/** The media type the form posts; `; charset=…` may follow. */
export function isFormPost(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

export function readHelpForm(body: string): HelpFormResult {
  const form = new URLSearchParams(body);
  const values: HelpFormValues = {
    name: form.get('name') ?? '',
    contact: form.get('contact') ?? '',
    message: form.get('message') ?? '',
    consent: form.get('consent') === 'yes',
  };
  const parsed = helpFormSchema.safeParse(values);
  if (parsed.success) return { ok: true, offer: { name: parsed.data.name, contact: parsed.data.contact, message: parsed.data.message } };
  const problems: FormProblems = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (!isField(field) || problems[field]) continue;
    problems[field] = issue.code === 'too_big' ? { problem: 'tooLong', max: Number(issue.maximum) } : { problem: 'required', max: 0 };
  }
  return { ok: false, values, problems };
}
