import { createContext, useContext, type ReactNode } from 'react';
import type { DataContext } from './dataContext';

const DataContextReact = createContext<DataContext | null>(null);

export function DataProvider({ context, children }: { context: DataContext; children: ReactNode }) {
  return <DataContextReact.Provider value={context}>{children}</DataContextReact.Provider>;
}

/** The running app's data context, for hooks that read or write. */
export function useDataContext(): DataContext {
  const context = useContext(DataContextReact);
  if (!context) throw new Error('useDataContext must be used inside <DataProvider>');
  return context;
}
