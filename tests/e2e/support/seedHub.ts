import type { Page } from 'playwright';
import { generateDemoHub } from '@core/demo/demoHub';
import type { Member } from '@core/schemas';
import { stampAll } from '../../../bench/browser/demoRows';

/**
 * A demo hub of `members` members, seeded as the bench seeds its hubs (generateDemoHub with a
 * fixed seed, stamped rows), written straight into this machine's IndexedDB in one
 * transaction. The app must have opened its database first; reload the page afterwards, as
 * the app's live queries do not see writes made this way.
 */
export async function seedDemoMembers(page: Page, members: number): Promise<Member[]> {
  const now = new Date('2025-06-02T09:00:00.000Z');
  const hub = generateDemoHub({ members, seed: 1, now, bookings: 0, weeksOfHistory: 0 });
  const tables = { members: stampAll(hub.members, now), skills: stampAll(hub.skills, now), hubSettings: stampAll(hub.hubSettings, now) };
  await page.evaluate((rowsByTable) => new Promise<void>((resolve, reject) => {
    const opening = indexedDB.open('landhub');
    opening.onerror = () => { reject(opening.error ?? new Error('Could not open landhub')); };
    opening.onsuccess = () => {
      const db = opening.result;
      const writing = db.transaction(Object.keys(rowsByTable), 'readwrite');
      for (const [table, rows] of Object.entries(rowsByTable)) for (const row of rows) writing.objectStore(table).put(row);
      writing.oncomplete = () => { db.close(); resolve(); };
      writing.onerror = () => { db.close(); reject(writing.error ?? new Error('Could not write the demo hub')); };
    };
  }), tables);
  return tables.members;
}
