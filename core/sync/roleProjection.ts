import type { CardTokenHasher } from '../cardLookup';
import type { DeviceRole } from '../deviceRole';
import type { FieldsOf, RowOf, TableName } from '../schemas';
import type { SyncedRow } from './merge';
import { projectionRules, storedRow } from './projectionRules';

/**
 * What the hub sends each role, per table, per row and per field (docs/sync-protocol.md,
 * "What each role receives", is generated from these rules and checked against them). A
 * public machine (kiosk, wall, room display) can be read by anyone with developer tools, so
 * what its screens do not show never reaches it. Deny by default: a table without a rule, a
 * role without a rule and a field not marked sent or derived are not sent; a row a role may
 * not see travels as a bare tombstone, so a machine that had it drops it. The host gets
 * everything.
 */
export type PublicRole = Exclude<DeviceRole, 'host'>;
export const publicRoles = ['kiosk', 'wall', 'room'] as const satisfies readonly PublicRole[];

export interface ProjectionContext {
  /** Card tokens reach a kiosk only as this keyed hash (core/cardLookup.ts). */
  hashCardToken: CardTokenHasher;
  /** The meeting room a room display was paired to (the hub's device list), else null. */
  roomId: string | null;
}

export interface DerivedField<T extends TableName> {
  /** How the value is made, for the table in docs/sync-protocol.md. */
  doc: string;
  /** The value sent; undefined leaves the field out. */
  value: (row: RowOf<T>, context: ProjectionContext) => unknown;
}
export type FieldRule<T extends TableName> = 'sent' | 'withheld' | DerivedField<T>;

export interface RoleRule<T extends TableName> {
  /** Which rows the role gets, in words, and as a test of the row itself (none: all rows). */
  rows: { doc: string; visible?: (row: RowOf<T>, context: ProjectionContext) => boolean };
  /** With a parent link: whether the parent's current state lets the role see the row. */
  parentVisible?: (parent: SyncedRow) => boolean;
  /** Every field of the table, each sent, withheld or derived; one left out is withheld. */
  fields: { readonly [K in keyof FieldsOf<T> & string]?: FieldRule<T> };
}

/**
 * A row whose visibility follows another record (a check-in its member). The hub keeps the
 * parent's id in an indexed column and re-stamps the children when the parent's visibility
 * changes, so a row that leaves a role's view is withdrawn from its machines with a new seq.
 */
export interface ParentLink<T extends TableName> {
  table: TableName;
  field: keyof FieldsOf<T> & string;
}

export interface TableRule<T extends TableName> {
  parent?: ParentLink<T>;
  roles: { readonly [R in PublicRole]?: RoleRule<T> };
}

export type ProjectionRules = { readonly [T in TableName]?: TableRule<T> };

/** Rows reach the projection only after the hub validated them against their table's schema. */
// ---- applying the rules: one function for pull pages and push answers alike.

function roleRuleOf<T extends TableName>(table: T, role: PublicRole, rules: ProjectionRules): RoleRule<T> | undefined {
  const tableRule: ProjectionRules[T] = rules[table];
  return tableRule?.roles[role];
}

export function parentLinkOf(table: TableName, rules: ProjectionRules = projectionRules): { table: TableName; field: string } | undefined {
  return rules[table]?.parent;
}

/** The id of the record a row's visibility follows, or null. */
export function parentIdOf(table: TableName, row: SyncedRow, rules: ProjectionRules = projectionRules): string | null {
  const link = parentLinkOf(table, rules);
  const id = link ? row[link.field] : null;
  return typeof id === 'string' ? id : null;
}

/** Tables whose rows follow a record of `table`. */
export function childTablesOf(table: TableName, rules: ProjectionRules = projectionRules): TableName[] {
  return (Object.keys(rules) as TableName[]).filter((child) => parentLinkOf(child, rules)?.table === table);
}

/** The newest stamp of a row: a bare tombstone carries it, so its clock is not set back. */
function newestStamp(row: SyncedRow): string {
  return Object.values(row.hlc).reduce((newest, stamp) => (stamp > newest ? stamp : newest), '');
}

/** All a role learns of a row it may not see: that it is gone. */
export function bareTombstone(row: SyncedRow): SyncedRow {
  return { id: row.id, hlc: { '*': newestStamp(row) }, deviceId: row.deviceId, deleted: true };
}

/** A row that follows a parent is hidden while the parent is missing or deleted. */
function parentAllows(parent: SyncedRow | undefined, parentVisible: ((parent: SyncedRow) => boolean) | undefined): boolean {
  if (!parentVisible) return true;
  return parent !== undefined && !parent.deleted && parentVisible(parent);
}

/**
 * A row as `role` may hold it: the whole row for the host; for a public role the fields its
 * rule sends (with their stamps), or a bare tombstone when the role may not see the row.
 * `parent` is the hub's current copy of the record the row follows (parentIdOf), if any.
 */
export function projectRow(
  table: TableName,
  row: SyncedRow,
  role: DeviceRole,
  context: ProjectionContext,
  parent: SyncedRow | undefined,
  rules: ProjectionRules = projectionRules,
): SyncedRow {
  if (role === 'host') return row;
  const rule = roleRuleOf(table, role, rules);
  if (!rule || row.deleted) return bareTombstone(row);
  const stored = storedRow(table, row);
  if (rule.rows.visible && !rule.rows.visible(stored, context)) return bareTombstone(row);
  if (!parentAllows(parent, rule.parentVisible)) return bareTombstone(row);
  const projected: SyncedRow = { id: row.id, hlc: {}, deviceId: row.deviceId, deleted: false };
  const keepStamp = (field: string) => {
    const stamp = row.hlc[field];
    if (stamp !== undefined) projected.hlc[field] = stamp;
  };
  keepStamp('*');
  keepStamp('deleted');
  for (const [field, fieldRule] of Object.entries<FieldRule<TableName> | undefined>(rule.fields)) {
    if (fieldRule === undefined || fieldRule === 'withheld') continue;
    if (fieldRule !== 'sent') {
      // A derived value's stamp would tell when the field it hides was changed.
      const value = fieldRule.value(stored, context);
      if (value !== undefined) projected[field] = value;
      continue;
    }
    projected[field] = row[field];
    keepStamp(field);
  }
  return projected;
}

/**
 * What the visibility of a record's children depends on, per role: when it changes, the hub
 * re-stamps the children so every machine gets them again (or their bare tombstones).
 */
export function dependentsSignature(table: TableName, row: SyncedRow | undefined, rules: ProjectionRules = projectionRules): string {
  const parts: string[] = [];
  for (const child of childTablesOf(table, rules)) {
    for (const role of publicRoles) {
      const rule = roleRuleOf(child, role, rules);
      if (rule?.parentVisible) parts.push(`${child}.${role}:${parentAllows(row, rule.parentVisible) ? 1 : 0}`);
    }
  }
  return parts.join(',');
}
