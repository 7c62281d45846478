import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo, LandhubBridge } from '@core/ipcContract';
import type { DataContext } from '../data/dataContext';
import type { SyncService } from '../data/sync/syncService';

/**
 * What this machine runs on, built once at start-up (startApp.ts) and provided once: the data
 * context, the shell's bridge, the hub connection and what the shell said about itself. Features read them through
 * the narrow hooks below, never from the store or a module global; tests provide their own.
 */
export interface AppServices {
  data: DataContext;
  bridge: LandhubBridge;
  /** The machine's one hub connection, over the same data context. */
  sync: SyncService;
  /** Null when the shell could not say (an old shell, a failed call): nothing depends on it. */
  appInfo: AppInfo | null;
}

const ServicesContext = createContext<AppServices | null>(null);

export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}

/** The running app's data context, for hooks that read or write. */
export function useDataContext(): DataContext {
  return useServices().data;
}

export function useBridge(): LandhubBridge {
  return useServices().bridge;
}

/** The hub connection: its status, and what pairing, forgetting and hub requests go through. */
export function useSync(): SyncService {
  return useServices().sync;
}

export function useAppInfo(): AppInfo | null {
  return useServices().appInfo;
}
