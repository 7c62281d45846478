import { zoneFieldsSchema, type Zone, type ZoneFields } from '@core/schemas';

export type ZoneDraft = Pick<ZoneFields, 'name' | 'kind' | 'parentId' | 'quiet'>;
export type ZoneDraftErrors = Partial<Record<'name' | 'parentId', 'required' | 'tooLong'>>;

export const emptyZoneDraft = (kind: ZoneFields['kind'], parentId: string | null): ZoneDraft => ({ name: '', kind, parentId: kind === 'floor' ? null : parentId, quiet: false });

export function zoneDraftFrom(zone: Zone): ZoneDraft {
  return { name: zone.name, kind: zone.kind, parentId: zone.parentId, quiet: zone.quiet };
}

export function zoneFieldsFrom(draft: ZoneDraft): ZoneFields {
  return { name: draft.name.trim(), kind: draft.kind, parentId: draft.kind === 'floor' ? null : draft.parentId, quiet: draft.quiet };
}

/** A zone lies on a floor; a floor on nothing. */
export function validateZoneDraft(draft: ZoneDraft): ZoneDraftErrors {
  const errors: ZoneDraftErrors = {};
  if (draft.kind === 'zone' && draft.parentId === null) errors.parentId = 'required';
  const result = zoneFieldsSchema.safeParse(zoneFieldsFrom(draft));
  for (const issue of result.success ? [] : result.error.issues) {
    if (issue.path[0] === 'name') errors.name ??= issue.code === 'too_small' ? 'required' : 'tooLong';
  }
  return errors;
}
