import type { DemoHub, DemoRecord } from '@core/demo/demoHub';
import { formatHlc } from '@core/hlc';
import { tableNames, toRow, type RowOf, type TableName } from '@core/schemas';
import type { LandhubDatabase } from '../../renderer/src/data/database';

/** Rows written straight into a table (no outbox) carry this device id, so they are easy to tell apart. */
export const BENCH_DEVICE = 'bench';

function stamp<T extends TableName>(record: DemoRecord<T>, sequence: number, stampedAt: Date): RowOf<T> {
  const hlc = { '*': formatHlc({ wallMs: stampedAt.getTime(), counter: sequence, node: BENCH_DEVICE }) };
  return toRow<T>(record, { id: record.id, hlc, deviceId: BENCH_DEVICE, deleted: false });
}

/** Demo records as stored rows, one stamp for the whole record, as a local create makes them. */
export function stampAll<T extends TableName>(records: DemoRecord<T>[] | undefined, stampedAt: Date): RowOf<T>[] {
  return (records ?? []).map((record, index) => stamp(record, index, stampedAt));
}

/** Every table of a demo hub as stored rows. */
export function stampHub(hub: DemoHub, stampedAt: Date): { table: TableName; rows: RowOf<TableName>[] }[] {
  return tableNames.map((table) => ({ table, rows: stampAll(hub[table] as DemoRecord<typeof table>[] | undefined, stampedAt) }));
}

/** Straight into the app's tables in chunks (no outbox): the bench needs a full hub, not a sync backlog. Returns the records written. */
export async function writeTables(db: LandhubDatabase, tables: readonly { table: TableName; rows: readonly RowOf<TableName>[] }[], chunk: number): Promise<number> {
  let records = 0;
  for (const { table, rows } of tables) {
    for (let offset = 0; offset < rows.length; offset += chunk) await db.table(table).bulkPut(rows.slice(offset, offset + chunk));
    records += rows.length;
  }
  return records;
}
