import type { Page } from 'playwright';
import { storedRows } from '../storedRows';

/**
 * Reads what the app stored in this machine's IndexedDB, straight from the browser, so a test
 * checks the saved data itself and not only what the screen says about it.
 */
export class StoredRows {
  constructor(readonly page: Page) {}

  /** Every row of one table, tombstones included. */
  async all(table: string): Promise<Record<string, unknown>[]> {
    return storedRows<Record<string, unknown>>(this.page, table);
  }

  async member(name: string): Promise<Record<string, unknown>> {
    const found = (await this.all('members')).find((row) => row.name === name);
    if (!found) throw new Error(`No member called ${name} is stored`);
    return found;
  }

  async memberCardToken(name: string): Promise<string | null> {
    const token = (await this.member(name)).cardToken;
    return typeof token === 'string' ? token : null;
  }

  async hubSettings(): Promise<Record<string, unknown> | undefined> {
    return (await this.all('hubSettings')).find((row) => row.id === 'hub');
  }

  /**
   * Overwrites one field of a stored member behind the app's back, as data saved by an older
   * version would look. The app sees it after a reload.
   */
  async overwriteMemberField(name: string, field: string, value: unknown): Promise<void> {
    const member = await this.member(name);
    await this.page.evaluate(async ({ row }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('landhub');
        request.onsuccess = () => { resolve(request.result); };
        request.onerror = () => { reject(request.error ?? new Error('IndexedDB did not open')); };
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction('members', 'readwrite');
          transaction.objectStore('members').put(row);
          transaction.oncomplete = () => { resolve(); };
          transaction.onerror = () => { reject(transaction.error ?? new Error('IndexedDB write failed')); };
        });
      } finally {
        db.close();
      }
    }, { row: { ...member, [field]: value } });
  }
}
