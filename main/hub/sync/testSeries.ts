/** A hub engine on a real SQLite store in memory, with a fixed clock, for the series tests. */
import type Database from 'better-sqlite3';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';
import type { DeviceRole } from '@core/deviceRole';
import { formatHlc, hlcNodeFromDeviceId, HybridClock } from '@core/hlc';
import { defaultHubSettings, type TableName } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import type { PushResult } from '@core/sync/messages';
import { zonedInstant } from '@core/time/zonedTime';
import type { HubStore } from './hubStore';
import { createSqliteHubStore, openHubSqlite } from './sqliteHubStore';
import { applyPush, HUB_NODE } from './syncEngine';

export const { timeZone } = defaultHubSettings;
/** The hub's now: Tuesday 1 December 2026, 09:00 in the hub's zone. */
export const HUB_NOW = zonedInstant('2026-12-01', '09:00', timeZone);

export const slot = (date: string, from: string, to: string) => ({
  startsAt: zonedInstant(date, from, timeZone).toISOString(),
  endsAt: zonedInstant(date, to, timeZone).toISOString(),
});

export const bookingFields = (resourceId: string, times: { startsAt: string; endsAt: string }, extra: Record<string, unknown> = {}) => ({
  resourceKind: 'room', resourceId, memberId: null, title: '', ...times, status: 'confirmed', rejection: null, confirmedAt: null, ...extra,
});

export const seriesFields = (resourceId: string, extra: Partial<BookingSeriesFields> = {}): BookingSeriesFields => ({
  resourceKind: 'room', resourceId, memberId: null, title: 'Strikkeklub', weekdays: [3], startDate: '2026-12-01', until: '2026-12-31', count: null,
  startTime: '10:00', endTime: '12:00', status: 'active', ...extra,
});

export interface SeriesHub {
  db: Database.Database;
  store: HubStore;
  /** One change from a machine of that role (each role is one device), answered as the hub answers it. */
  push(role: DeviceRole, table: TableName, recordId: string, fields: Record<string, unknown>, roomId?: string | null): PushResult;
  row(table: TableName, id: string): SyncedRow | undefined;
  close(): void;
}

/**
 * The hub's clock moves one millisecond a push, so each machine's stamp sorts after the hub's own
 * changes it could have pulled (as a real machine's clock follows what it pulls).
 */
export function openSeriesHub(start: Date = HUB_NOW): SeriesHub {
  const db = openHubSqlite(':memory:');
  const store = createSqliteHubStore(db);
  let wallMs = start.getTime();
  const clock = new HybridClock(HUB_NODE, () => wallMs);
  const mutations = new Map<string, number>();
  return {
    db,
    store,
    push: (role, table, recordId, fields, roomId = null) => {
      wallMs += 1;
      const deviceId = `${role}-machine`;
      const mutation = (mutations.get(deviceId) ?? 0) + 1;
      mutations.set(deviceId, mutation);
      const hlc = formatHlc({ wallMs, counter: 0, node: hlcNodeFromDeviceId(deviceId) });
      const [result] = applyPush(store, { id: deviceId, role, roomId }, [{ mutation, change: { table, recordId, fields, hlc, deviceId } }], clock, new Date(wallMs));
      if (!result) throw new Error('the hub answered no result');
      return result;
    },
    row: (table, id) => store.getRecord(table, id),
    close: () => { store.close(); },
  };
}
