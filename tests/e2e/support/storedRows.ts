import type { Page } from 'playwright';

/**
 * Every row of one table of the app's database, read straight from IndexedDB in the page, for
 * checking what was (or was not) saved. Call it only once the app has opened its database:
 * opening a database that does not exist yet would create an empty one.
 */
export async function storedRows<Row>(page: Page, table: string, database = 'landhub'): Promise<Row[]> {
  return page.evaluate(({ table, database }) => new Promise<Row[]>((resolve, reject) => {
    const opening = indexedDB.open(database);
    opening.onerror = () => { reject(opening.error ?? new Error(`Could not open ${database}`)); };
    opening.onsuccess = () => {
      const db = opening.result;
      const reading = db.transaction(table, 'readonly').objectStore(table).getAll();
      reading.onerror = () => { db.close(); reject(reading.error ?? new Error(`Could not read ${table}`)); };
      reading.onsuccess = () => { db.close(); resolve(reading.result as Row[]); };
    };
  }), { table, database });
}
