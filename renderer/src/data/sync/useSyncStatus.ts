import { useSyncExternalStore } from 'react';
import { currentSyncStatus, subscribeSyncStatus } from './syncService';
import type { SyncStatus } from './syncTypes';

export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(subscribeSyncStatus, currentSyncStatus);
}
