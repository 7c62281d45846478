import type { ColumnMapping } from './columns';
import { PeopleIndex, type DuplicateBy } from './duplicates';
import type { CsvTable } from './readTable';
import { validateRow, type ImportedProfile, type RowProblem } from './validateRow';

export interface ExistingMember {
  id: string;
  name: string;
  email: string;
  phone: string;
}

/** Whom a duplicate row matches: a member the hub has, or an earlier row of the same file. */
export type DuplicateMatch =
  | { kind: 'member'; memberId: string; name: string; by: DuplicateBy }
  | { kind: 'row'; rowNumber: number; name: string; by: DuplicateBy };

export type PlannedRow =
  | { kind: 'ready'; rowNumber: number; member: ImportedProfile }
  | { kind: 'problem'; rowNumber: number; name: string; reasons: RowProblem[] }
  | { kind: 'duplicate'; rowNumber: number; member: ImportedProfile; match: DuplicateMatch };

export interface ImportPlan {
  ready: Extract<PlannedRow, { kind: 'ready' }>[];
  problems: Extract<PlannedRow, { kind: 'problem' }>[];
  duplicates: Extract<PlannedRow, { kind: 'duplicate' }>[];
}

/**
 * Every row of the file, sorted into those that can be imported, those with problems and
 * those that look like someone already there. Duplicates are never dropped silently: the
 * host sees each with what it matches and decides.
 */
export function planImport(table: CsvTable, mapping: ColumnMapping, existing: readonly ExistingMember[], today: string): ImportPlan {
  const members = new PeopleIndex<ExistingMember>();
  for (const member of existing) members.add(member, member);
  const earlierRows = new PeopleIndex<{ rowNumber: number; name: string }>();
  const plan: ImportPlan = { ready: [], problems: [], duplicates: [] };
  for (const { rowNumber, cells } of table.rows) {
    const result = validateRow(cells, mapping, today);
    if (!result.ok) {
      plan.problems.push({ kind: 'problem', rowNumber, name: result.name, reasons: result.reasons });
      continue;
    }
    const member = result.member;
    const known = members.find(member);
    const earlier = known ? null : earlierRows.find(member);
    if (known) {
      plan.duplicates.push({ kind: 'duplicate', rowNumber, member, match: { kind: 'member', memberId: known.match.id, name: known.match.name, by: known.by } });
    } else if (earlier) {
      plan.duplicates.push({ kind: 'duplicate', rowNumber, member, match: { kind: 'row', ...earlier.match, by: earlier.by } });
    } else {
      plan.ready.push({ kind: 'ready', rowNumber, member });
      earlierRows.add(member, { rowNumber, name: member.name });
    }
  }
  return plan;
}
