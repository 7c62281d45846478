import { tableNames, type TableName } from '../schemas';
import { projectionRules } from './projectionRules';
import { publicRoles, type FieldRule, type ProjectionRules, type PublicRole, type RoleRule } from './roleProjection';

/**
 * The table "table x role -> rows and fields sent" of docs/sync-protocol.md, written from the
 * rules themselves, so the document cannot say something the hub does not do (a unit test
 * compares the two). Roles with the same rule share a line.
 */
export function projectionDocTable(rules: ProjectionRules = projectionRules): string {
  const lines = ['| table | role | rows | fields sent |', '| --- | --- | --- | --- |', '| every table | host | all | every field |'];
  for (const table of tableNames) {
    const cells = new Map<string, PublicRole[]>();
    for (const role of publicRoles) {
      const cell = describeRule(roleRule(rules, table, role));
      cells.set(cell, [...(cells.get(cell) ?? []), role]);
    }
    for (const [cell, roles] of cells) lines.push(`| ${table} | ${roles.join(', ')} | ${cell} |`);
  }
  return lines.join('\n');
}

function roleRule<T extends TableName>(rules: ProjectionRules, table: T, role: PublicRole): RoleRule<T> | undefined {
  const tableRule: ProjectionRules[T] = rules[table];
  return tableRule?.roles[role];
}

function describeRule<T extends TableName>(rule: RoleRule<T> | undefined): string {
  if (!rule) return 'none | none';
  const sent = Object.entries<FieldRule<T> | undefined>(rule.fields).flatMap(([field, fieldRule]) => {
    if (fieldRule === undefined || fieldRule === 'withheld') return [];
    return [fieldRule === 'sent' ? field : `${field} (${fieldRule.doc})`];
  });
  return `${rule.rows.doc} | ${sent.length > 0 ? sent.join(', ') : 'none'}`;
}
