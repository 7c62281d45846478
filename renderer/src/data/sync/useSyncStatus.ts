import { useSyncExternalStore } from 'react';
import { useSync } from '../../app/services';
import type { SyncStatus } from './syncTypes';

export function useSyncStatus(): SyncStatus {
  const sync = useSync();
  return useSyncExternalStore(sync.subscribe, sync.status);
}
