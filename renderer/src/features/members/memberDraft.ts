import { memberFieldsSchema, type Member, type MemberFields } from '@core/schemas';

/** What the member form edits: like MemberFields, but skills are the tags as typed. */
export interface MemberDraft extends Omit<MemberFields, 'skills' | 'active'> {
  skillTags: string[];
}

export type DraftField = keyof MemberDraft;
export type DraftErrorKey = 'required' | 'invalidEmail' | 'invalidPhone' | 'invalidField';
export type DraftErrors = Partial<Record<DraftField, DraftErrorKey>>;

export function emptyDraft(today: string): MemberDraft {
  return {
    name: '', photo: null, company: '', bio: '', skillTags: [], offers: [], needs: [], languages: [],
    email: '', phone: '', plan: 'flex', memberSince: today, consent: {},
  };
}

export function draftFromMember(member: Member, skillNames: ReadonlyMap<string, string>): MemberDraft {
  const { skills, active: _active, id: _id, hlc: _hlc, deviceId: _deviceId, deleted: _deleted, ...fields } = member;
  return { ...fields, skillTags: skills.map((id) => skillNames.get(id) ?? id) };
}

export function draftToFields(draft: MemberDraft, skills: string[], active: boolean): MemberFields {
  const { skillTags: _skillTags, ...fields } = draft;
  return { ...fields, skills, active };
}

function errorKeyFor(field: DraftField, code: string): DraftErrorKey {
  if (field === 'name') return 'required';
  if (field === 'email') return 'invalidEmail';
  if (field === 'phone') return 'invalidPhone';
  return code === 'too_small' ? 'required' : 'invalidField';
}

/** The same schema the repository enforces, checked before saving so errors sit by their field. */
export function validateDraft(draft: MemberDraft): DraftErrors {
  const result = memberFieldsSchema.safeParse(draftToFields(draft, [], true));
  if (result.success) return {};
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || !(field in draft)) continue;
    const draftField = field as DraftField;
    errors[draftField] ??= errorKeyFor(draftField, issue.code);
  }
  return errors;
}
