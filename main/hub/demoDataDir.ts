import path from 'node:path';
import type { DemoHub } from '@core/demo/context';
import { HybridClock } from '@core/hlc';
import type { TableName } from '@core/schemas';
import { prepareDataDir } from './dataDir';
import { HUB_DATABASE_FILE } from './hubService';
import { createSqliteHubStore, openHubSqlite } from './sync/sqliteHubStore';
import { seedHubStore } from './sync/seedStore';
import { HUB_NODE } from './sync/syncEngine';

/**
 * Fills a new hub's data folder with a demo hub (`npm run demo`, and tests that start a hub on
 * it); the folder's store must be empty. Returns the count per table.
 */
export async function seedDemoDataDir(dataDir: string, demo: DemoHub): Promise<Partial<Record<TableName, number>>> {
  const folder = await prepareDataDir(dataDir);
  const db = openHubSqlite(path.join(folder, HUB_DATABASE_FILE));
  try {
    return seedHubStore(createSqliteHubStore(db), demo, new HybridClock(HUB_NODE));
  } finally {
    db.close();
  }
}
