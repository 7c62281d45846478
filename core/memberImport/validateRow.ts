import { memberFieldsSchema, type MemberFields } from '../schemas/member';
import { skillFieldsSchema } from '../schemas/skill';
import type { ColumnMapping, ImportField } from './columns';
import { parseSpreadsheetDate, splitSkillCell } from './values';

/** A member as the spreadsheet describes them: skills are still the words typed. */
export type ImportedProfile = Omit<MemberFields, 'skills' | 'active' | 'cardToken' | 'pinHash'> & { skillTags: string[] };

/** Why a row cannot be imported; the renderer says each in plain words. */
export const rowProblems = [
  'nameMissing', 'nameTooLong', 'emailInvalid', 'phoneInvalid', 'phoneTooLong', 'companyTooLong', 'bioTooLong',
  'dateInvalid', 'tooManySkills', 'skillTooLong',
] as const;
export type RowProblem = (typeof rowProblems)[number];

/** A bad row still says whose it is (the name as written), so the host can find it. */
export type RowResult = { ok: true; member: ImportedProfile } | { ok: false; name: string; reasons: RowProblem[] };

function problemOf(field: string, code: string): RowProblem | null {
  switch (field) {
    case 'name': return code === 'too_small' ? 'nameMissing' : 'nameTooLong';
    case 'email': return 'emailInvalid';
    case 'phone': return code === 'too_big' ? 'phoneTooLong' : 'phoneInvalid';
    case 'company': return 'companyTooLong';
    case 'bio': return 'bioTooLong';
    case 'memberSince': return 'dateInvalid';
    case 'skills': return 'tooManySkills';
    default: return null;
  }
}

/** A new skill is stored under the word typed, so each word must fit a skill's name. */
function skillTagsFit(tags: readonly string[]): boolean {
  return tags.every((tag) => skillFieldsSchema.safeParse({ labels: { en: tag }, synonyms: [] }).success);
}

/**
 * One spreadsheet row checked with the same member schema the write path enforces. Everything
 * starts private (no consent given); an empty "member since" means today, as in the editor.
 */
export function validateRow(cells: readonly string[], mapping: ColumnMapping, today: string): RowResult {
  const cell = (field: ImportField) => {
    const column = mapping[field];
    return column === null ? '' : (cells[column] ?? '').trim();
  };
  const fullName = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
  const dateText = cell('memberSince');
  const memberSince = dateText === '' ? today : parseSpreadsheetDate(dateText);
  const skillTags = splitSkillCell(cell('skills'));
  const candidate = {
    name: fullName.replace(/\s+/g, ' '), photo: null, company: cell('company'), bio: cell('bio'),
    // Skills become ids on import; placeholders let the schema count them now.
    skills: skillTags.map((_, index) => `skill${index}`),
    offers: [], needs: [], languages: [], email: cell('email'), phone: cell('phone'), plan: 'flex' as const,
    memberSince: memberSince ?? today, active: true, consent: {}, cardToken: null, pinHash: null,
  };
  const result = memberFieldsSchema.safeParse(candidate);
  const reasons = new Set<RowProblem>(memberSince === null ? ['dateInvalid'] : []);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const problem = problemOf(String(issue.path[0]), issue.code);
      if (problem) reasons.add(problem);
    }
  }
  if (!skillTagsFit(skillTags)) reasons.add('skillTooLong');
  if (!result.success || reasons.size > 0) return { ok: false, name: candidate.name, reasons: rowProblems.filter((problem) => reasons.has(problem)) };
  const { skills: _skills, active: _active, cardToken: _cardToken, pinHash: _pinHash, ...fields } = result.data;
  return { ok: true, member: { ...fields, skillTags } };
}
