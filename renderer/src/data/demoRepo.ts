import { useLiveQuery } from 'dexie-react-hooks';
import type { DemoHub } from '@core/demo/context';
import { tableNames, type TableName } from '@core/schemas';
import { useDataContext } from '../app/services';
import type { DataContext } from './dataContext';
import type { LandhubDatabase } from './database';
import { createRecords, inOneTransaction } from './recordWriter';
import { StorageError } from './storageErrors';

/**
 * Loads a generated demo hub through the ordinary write path (validated, stamped, queued
 * for sync), all in one transaction: either the whole demo arrives or nothing does.
 */
export async function loadDemoHub(context: DataContext, demo: DemoHub): Promise<number> {
  return inOneTransaction(context, tableNames, async () => {
    if (await holdsAnyMember(context.db)) throw new StorageError('invalidInput', 'The demo can only be loaded into an empty hub.');
    for (const table of tableNames) await loadTable(context, table, demo[table]);
    // The board counts active members, so the notice does too.
    return demo.members?.filter((member) => member.active).length ?? 0;
  });
}

/**
 * Whether this machine holds no member at all, inactive ones included: the screens offer the
 * demo by the same test that `loadDemoHub` refuses by, so an offered demo never fails for
 * that reason. Undefined while the answer is being read.
 */
export function useHoldsNoMember(): boolean | undefined {
  const { db } = useDataContext();
  return useLiveQuery(async () => !(await holdsAnyMember(db)), [db]);
}

/** Stops at the first live member, so it stays cheap on a hub of 150,000. */
async function holdsAnyMember(db: LandhubDatabase): Promise<boolean> {
  return (await db.members.filter((member) => !member.deleted).first()) !== undefined;
}

async function loadTable<T extends TableName>(context: DataContext, table: T, records: DemoHub[T]): Promise<void> {
  if (records && records.length > 0) await createRecords(context, table, records);
}
