import { mergeChange, type RecordChange, type SyncedRow } from './merge';

/**
 * The hub's copy of a record replaces the local one, then this machine's still-unacknowledged
 * changes are applied on top with the same merge the hub will apply when they arrive. The local
 * view is thus what the hub will hold, before the hub has it. Without a hub copy the pending
 * changes alone make the record (undefined when there are none), as they will on the hub.
 */
export function rebasePulled(pulled: SyncedRow, pending: readonly RecordChange[]): SyncedRow;
export function rebasePulled(pulled: SyncedRow | undefined, pending: readonly RecordChange[]): SyncedRow | undefined;
export function rebasePulled(pulled: SyncedRow | undefined, pending: readonly RecordChange[]): SyncedRow | undefined {
  let row = pulled;
  for (const change of pending) {
    if (!row || change.recordId === row.id) row = mergeChange(row, change);
  }
  return row;
}
