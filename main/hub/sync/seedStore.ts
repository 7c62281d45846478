import type { DemoHub } from '@core/demo/context';
import type { HybridClock } from '@core/hlc';
import { tableNames, type TableName } from '@core/schemas';
import { compactStamps, mergeChange } from '@core/sync/merge';
import type { HubStore } from './hubStore';
import { HUB_NODE } from './syncEngine';

/**
 * Writes generated records into an empty hub store exactly as the engine stores pushed
 * creates, one seq each, in one transaction (`npm run demo`, benchmarks). Returns the count
 * per table.
 */
export function seedHubStore(store: HubStore, demo: DemoHub, clock: HybridClock): Partial<Record<TableName, number>> {
  if (store.latestSeq() > 0) throw new Error('This hub already holds data; the demo is only loaded into an empty hub.');
  const perTable: Partial<Record<TableName, number>> = {};
  store.transaction(() => {
    for (const table of tableNames) {
      const records = demo[table] ?? [];
      for (const { id, ...fields } of records) {
        const change = { table, recordId: id, fields: { ...fields, deleted: false }, hlc: clock.now(), deviceId: HUB_NODE };
        store.putRecord(table, compactStamps(mergeChange(undefined, change)), store.nextSeq());
      }
      if (records.length > 0) perTable[table] = records.length;
    }
  });
  return perTable;
}
