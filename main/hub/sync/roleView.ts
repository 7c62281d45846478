import type { TableName } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import type { DeviceIdentity } from '@core/sync/protocol';
import { childTablesOf, dependentsSignature, parentIdOf, parentLinkOf, projectRow, type ProjectionContext } from '@core/sync/roleProjection';
import { nodeCardHasher } from './cardKeyHash';
import type { HubStore, StoredChange } from './hubStore';

/**
 * The hub's side of core/sync/roleProjection.ts: every row the hub sends a machine (pull pages,
 * push answers) passes through here with the role the machine was paired with, never a role a
 * frame claims. Parents are read from the store as they are now, so a row whose parent changed
 * since it was stamped is still judged by the parent's current state.
 */
/** Who a row is projected for: the role and room the machine was paired with. */
export type Viewer = Pick<DeviceIdentity, 'role' | 'roomId'>;

export function projectionContext(store: HubStore, viewer: Viewer): ProjectionContext {
  let hash: ((token: string) => string) | null = null;
  // The key is read (or made) only when a kiosk's row first needs it.
  return { hashCardToken: (token) => (hash ??= nodeCardHasher(store.cardKey()))(token), roomId: viewer.role === 'room' ? viewer.roomId : null };
}

/** One page of changes as the viewer's role may hold it; each distinct parent is read once per page. */
export function projectChanges(store: HubStore, records: readonly StoredChange[], viewer: Viewer): StoredChange[] {
  const { role } = viewer;
  if (role === 'host') return [...records];
  const context = projectionContext(store, viewer);
  const parents = parentsOf(store, records);
  return records.map(({ seq, table, row }) => ({ seq, table, row: projectRow(table, row, role, context, parentOf(parents, table, row)) }));
}

/** The hub's copy of one record as the viewer's role may hold it (null when the hub has none). */
export function projectStored(store: HubStore, table: TableName, row: SyncedRow | null, viewer: Viewer): SyncedRow | null {
  const { role } = viewer;
  if (!row || role === 'host') return row;
  const link = parentLinkOf(table);
  const parentId = parentIdOf(table, row);
  const parent = link && parentId ? store.getRecord(link.table, parentId) : undefined;
  return projectRow(table, row, role, projectionContext(store, viewer), parent);
}

/**
 * After a record changed: if what its children's visibility depends on changed for any role,
 * the children get new seqs, so machines that had them drop them, and machines that may now
 * see them get them.
 */
export function restampDependents(store: HubStore, table: TableName, before: SyncedRow | undefined, after: SyncedRow): void {
  const children = childTablesOf(table);
  if (children.length === 0 || dependentsSignature(table, before) === dependentsSignature(table, after)) return;
  for (const child of children) store.restampChildren(child, after.id);
}

type ParentsByTable = Map<TableName, Map<string, SyncedRow>>;

function parentsOf(store: HubStore, records: readonly StoredChange[]): ParentsByTable {
  const wanted = new Map<TableName, Set<string>>();
  for (const { table, row } of records) {
    const link = parentLinkOf(table);
    const parentId = parentIdOf(table, row);
    if (!link || !parentId) continue;
    const ids = wanted.get(link.table) ?? new Set<string>();
    ids.add(parentId);
    wanted.set(link.table, ids);
  }
  return new Map([...wanted].map(([table, ids]) => [table, store.getRecords(table, [...ids])]));
}

function parentOf(parents: ParentsByTable, table: TableName, row: SyncedRow): SyncedRow | undefined {
  const link = parentLinkOf(table);
  const parentId = parentIdOf(table, row);
  return link && parentId ? parents.get(link.table)?.get(parentId) : undefined;
}
