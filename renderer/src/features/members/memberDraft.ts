import { memberFieldsSchema, withoutSyncFields, type Member, type MemberFields } from '@core/schemas';

/** What the profile form edits; the card token, PIN and active flag have their own actions. */
export type MemberProfile = Omit<MemberFields, 'active' | 'cardToken' | 'pinHash'>;

/** The profile as the form holds it: skills are the tags as typed. */
export interface MemberDraft extends Omit<MemberProfile, 'skills'> {
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
  const { skills, active: _active, cardToken: _cardToken, pinHash: _pinHash, ...fields } = withoutSyncFields(member);
  return { ...fields, skillTags: skills.map((id) => skillNames.get(id) ?? id) };
}

export function draftToProfile(draft: MemberDraft, skills: string[]): MemberProfile {
  const { skillTags: _skillTags, ...fields } = draft;
  return { ...fields, skills };
}

function errorKeyFor(field: DraftField, code: string): DraftErrorKey {
  if (field === 'name') return 'required';
  if (field === 'email') return 'invalidEmail';
  if (field === 'phone') return 'invalidPhone';
  return code === 'too_small' ? 'required' : 'invalidField';
}

/** The same schema the repository enforces, checked before saving so errors sit by their field. */
export function validateDraft(draft: MemberDraft): DraftErrors {
  const result = memberFieldsSchema.safeParse({ ...draftToProfile(draft, []), active: true, cardToken: null, pinHash: null });
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
