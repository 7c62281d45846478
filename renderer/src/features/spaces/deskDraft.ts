import { deskFieldsSchema, type Desk, type DeskFields } from '@core/schemas';

/** A desk as its form holds it: out of service as a switch with its reason beside it. */
export interface DeskDraft {
  code: string;
  zoneId: string | null;
  features: string[];
  /** A fixed desk needs its member; a hot desk keeps none (a member chosen before is dropped). */
  fixed: boolean;
  fixedMemberId: string | null;
  outOfService: boolean;
  outOfServiceReason: string;
}

export type DeskDraftErrors = Partial<Record<'code' | 'outOfServiceReason' | 'features' | 'fixedMemberId', 'required' | 'tooLong' | 'tooMany' | 'memberRequired'>>;

export const emptyDeskDraft = (zoneId: string | null): DeskDraft => ({
  code: '', zoneId, features: [], fixed: false, fixedMemberId: null, outOfService: false, outOfServiceReason: '',
});

export function deskDraftFrom(desk: Desk): DeskDraft {
  return {
    code: desk.code,
    zoneId: desk.zoneId,
    features: [...desk.features],
    fixed: Boolean(desk.fixedMemberId),
    fixedMemberId: desk.fixedMemberId ?? null,
    outOfService: Boolean(desk.outOfService),
    outOfServiceReason: desk.outOfService ?? '',
  };
}

export function deskFieldsFrom(draft: DeskDraft, active: boolean): DeskFields {
  return {
    code: draft.code.trim(),
    zoneId: draft.zoneId,
    features: draft.features,
    active,
    fixedMemberId: draft.fixed ? draft.fixedMemberId : null,
    outOfService: draft.outOfService ? draft.outOfServiceReason.trim() : null,
  };
}

/** The schema the repository enforces, checked first so that each problem sits by its field. */
export function validateDeskDraft(draft: DeskDraft): DeskDraftErrors {
  const errors: DeskDraftErrors = {};
  if (draft.outOfService && draft.outOfServiceReason.trim() === '') errors.outOfServiceReason = 'required';
  if (draft.fixed && draft.fixedMemberId === null) errors.fixedMemberId = 'memberRequired';
  const result = deskFieldsSchema.safeParse(deskFieldsFrom(draft, true));
  for (const issue of result.success ? [] : result.error.issues) {
    const field = issue.path[0] === 'outOfService' ? 'outOfServiceReason' : issue.path[0];
    if (field !== 'code' && field !== 'outOfServiceReason' && field !== 'features') continue;
    errors[field] ??= field === 'features' ? 'tooMany' : issue.code === 'too_small' ? 'required' : 'tooLong';
  }
  return errors;
}
