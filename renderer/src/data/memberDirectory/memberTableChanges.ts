import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { LandhubDatabase } from '../database';

/**
 * What was written to the member tables, as Dexie reports each committed write (in this
 * tab, and from other tabs of the machine over its BroadcastChannel). Small writes name the
 * member ids; a large one (Dexie stops listing keys at 50 rows: a sync page, an import), a
 * range, or the skills vocabulary only says "something changed", and then only a full
 * re-read can tell what.
 */
export type MemberTableChange = { kind: 'members'; ids: string[] } | { kind: 'everything' };

/** In-order walk of Dexie's interval tree. Crossing tabs it arrives as a plain object, so its own iterator is gone. */
function ranges(tree: IntervalTree, found: { from: unknown; to: unknown }[] = []): { from: unknown; to: unknown }[] {
  if (!('from' in tree)) return found;
  if (tree.l) ranges(tree.l, found);
  found.push({ from: tree.from, to: tree.to });
  if (tree.r) ranges(tree.r, found);
  return found;
}

export function describeChange(databaseName: string, parts: ObservabilitySet): MemberTableChange | null {
  const prefix = `idb://${databaseName}/`;
  // Dexie's "all" means everything may have changed (the page came back from the back/forward cache).
  if ('all' in parts || parts[`${prefix}skills/`]) return { kind: 'everything' };
  const members = parts[`${prefix}members/`];
  if (!members) return null;
  const changed = ranges(members);
  if (changed.length === 0) return null;
  if (!changed.every(({ from, to }) => typeof from === 'string' && from === to)) return { kind: 'everything' };
  return { kind: 'members', ids: changed.map(({ from }) => String(from)) };
}

/** Calls `onChange` after each committed write to `members` or `skills`; returns the unsubscribe. */
export function watchMemberTables(db: LandhubDatabase, onChange: (change: MemberTableChange) => void): () => void {
  const listener = (parts: ObservabilitySet): void => {
    const change = describeChange(db.name, parts);
    if (change) onChange(change);
  };
  Dexie.on('storagemutated', listener);
  return () => { Dexie.on.storagemutated.unsubscribe(listener); };
}
