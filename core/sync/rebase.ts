import { mergeChange, type RecordChange, type SyncedRow } from './merge';

/**
 * A pulled record replaces the local copy, then this machine's still-unacknowledged changes
 * are applied on top with the same merge the hub will apply when they arrive. The local view
 * is thus what the hub will hold, before the hub has it.
 */
export function rebasePulled(pulled: SyncedRow, pending: readonly RecordChange[]): SyncedRow {
  let row = pulled;
  for (const change of pending) {
    if (change.recordId === pulled.id) row = mergeChange(row, change);
  }
  return row;
}
