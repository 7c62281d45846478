import type { DataContext } from '../dataContext';
import { createSyncService, type SyncService } from './syncService';
import { noTokenVault, type TokenVault } from './tokenVault';

/** Tests build one sync service per machine, as startApp does for the app, and stop them all after each test. */
export function testSyncServices() {
  const made: SyncService[] = [];
  return {
    of(context: DataContext, vault: TokenVault = noTokenVault): SyncService {
      const sync = createSyncService(context, vault);
      made.push(sync);
      return sync;
    },
    stopAll(): void {
      for (const sync of made.splice(0)) sync.stop();
    },
  };
}
