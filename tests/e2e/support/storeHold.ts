import type { BrowserContext } from 'playwright';

/**
 * Keeps one object store of the machine's database locked by a write transaction in a tab of
 * its own, kept open by a chain of requests, until `release()`. IndexedDB runs a read of that
 * store only after the write ends, so a test can stop the app at a chosen step without
 * timing anything: while `skills` is held, the board can read its first screen of members
 * but cannot start building its search index.
 */
export interface StoreHold {
  release(): Promise<void>;
}

declare global {
  interface Window {
    landhubReleaseHold?: () => void;
  }
}

export async function holdStore(context: BrowserContext, hubUrl: string, store: string): Promise<StoreHold> {
  const page = await context.newPage();
  // Any page of the hub's origin shares the app's IndexedDB; this one runs no app of its own.
  await page.goto(`${hubUrl}/healthz`);
  await page.evaluate((storeName) => new Promise<void>((resolve, reject) => {
    const opening = indexedDB.open('landhub');
    opening.onerror = () => { reject(opening.error ?? new Error('Could not open landhub')); };
    opening.onsuccess = () => {
      const db = opening.result;
      let released = false;
      window.landhubReleaseHold = () => { released = true; };
      const holding = db.transaction(storeName, 'readwrite');
      holding.oncomplete = () => { db.close(); };
      const objects = holding.objectStore(storeName);
      const keepOpen = (): void => {
        if (!released) objects.count().onsuccess = keepOpen;
      };
      // The first answer means the lock is ours: whatever the app asks of the store now waits.
      objects.count().onsuccess = () => {
        keepOpen();
        resolve();
      };
    };
  }), store);
  return {
    release: async () => {
      await page.evaluate(() => { window.landhubReleaseHold?.(); });
      await page.close();
    },
  };
}
