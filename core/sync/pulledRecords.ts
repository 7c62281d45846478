import type { TableName } from '../schemas/tables';
import type { SyncedRow } from './merge';
import { pulledEnvelopeSchema } from './messages';
import { checkStoredRow } from './recordValidation';

/**
 * A pulled page record by record: its bookkeeping, then each field against its table's schema.
 * A record that fails is skipped and reported; the checkpoint still moves past it, so one bad
 * record on the hub never stalls a machine's sync (docs/sync-protocol.md, "Pull").
 */
export interface PulledRecord {
  seq: number;
  table: TableName;
  row: SyncedRow;
}

export interface SkippedRecord {
  seq: number | null;
  table: TableName | null;
  /** The field that failed; empty when the record's bookkeeping did. */
  field: string;
}

export interface SortedPage {
  records: PulledRecord[];
  skipped: SkippedRecord[];
  /** The highest seq of the page, good records and bad ones alike. */
  checkpoint: number;
}

export function sortPulledRecords(records: readonly unknown[], checkpoint: number): SortedPage {
  const sorted: SortedPage = { records: [], skipped: [], checkpoint };
  for (const record of records) {
    const envelope = pulledEnvelopeSchema.safeParse(record);
    if (!envelope.success) {
      const seq = seqOf(record);
      sorted.skipped.push({ seq, table: null, field: '' });
      if (seq !== null) sorted.checkpoint = Math.max(sorted.checkpoint, seq);
      continue;
    }
    const { seq, table, row } = envelope.data;
    sorted.checkpoint = Math.max(sorted.checkpoint, seq);
    const checked = checkStoredRow(table, row);
    if (checked.ok) sorted.records.push({ seq, table, row: checked.row });
    else sorted.skipped.push({ seq, table, field: checked.field });
  }
  return sorted;
}

function seqOf(record: unknown): number | null {
  if (typeof record !== 'object' || record === null || !('seq' in record)) return null;
  const { seq } = record;
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : null;
}
