import { newId } from '@core/ids';
import { openDataContext, type DataContext } from './dataContext';

/** A data context on a fresh in-memory IndexedDB (fake-indexeddb), for repository tests. */
export async function openTestContext(options: { now?: () => Date; databaseName?: string; deviceId?: string } = {}): Promise<DataContext> {
  return openDataContext({
    databaseName: options.databaseName ?? `test-${newId()}`,
    deviceId: options.deviceId ?? 'device-test-1',
    ...(options.now ? { now: options.now } : {}),
  });
}
