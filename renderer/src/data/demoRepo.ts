import type { DemoHub } from '@core/demo/context';
import { tableNames, type TableName } from '@core/schemas';
import type { DataContext } from './dataContext';
import { createRecords, inOneTransaction } from './recordWriter';
import { StorageError } from './storageErrors';

/**
 * Loads a generated demo hub through the ordinary write path (validated, stamped, queued
 * for sync), all in one transaction: either the whole demo arrives or nothing does.
 */
export async function loadDemoHub(context: DataContext, demo: DemoHub): Promise<number> {
  return inOneTransaction(context, tableNames, async () => {
    const existing = await context.db.members.filter((member) => !member.deleted).count();
    if (existing > 0) throw new StorageError('invalidInput', 'The demo can only be loaded into an empty hub.');
    for (const table of tableNames) await loadTable(context, table, demo[table]);
    // The board counts active members, so the notice does too.
    return demo.members?.filter((member) => member.active).length ?? 0;
  });
}

async function loadTable<T extends TableName>(context: DataContext, table: T, records: DemoHub[T]): Promise<void> {
  if (records && records.length > 0) await createRecords(context, table, records);
}
