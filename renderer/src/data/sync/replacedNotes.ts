import { hlcNodeFromDeviceId } from '@core/hlc';
import type { ReplacedField } from '@core/sync/replacedChanges';
import { listHubDevices } from './hubDevices';
import type { SyncService } from './syncService';

/** A replaced change (core/sync/replacedChanges.ts) with the names a person knows it by. */
export interface ReplacedNote {
  replaced: ReplacedField;
  /** The member's name; null when this machine does not hold it. */
  recordName: string | null;
  /** The winning machine's name from the hub's device list; null when unknown or the hub is not reachable. */
  machineName: string | null;
}

export async function describeReplaced(sync: SyncService, replaced: readonly ReplacedField[]): Promise<ReplacedNote[]> {
  const machines = await machineNames(sync);
  return Promise.all(replaced.map(async (field) => ({
    replaced: field,
    recordName: field.table === 'members' ? ((await sync.context.db.members.get(field.recordId))?.name ?? null) : null,
    machineName: machines.get(field.winnerNode) ?? null,
  })));
}

/** Stamps carry the clock node of their machine, not its id: the device list is matched by node. */
async function machineNames(sync: SyncService): Promise<Map<string, string>> {
  try {
    return new Map((await listHubDevices(sync)).map((device) => [hlcNodeFromDeviceId(device.id), device.name]));
  } catch {
    return new Map();
  }
}
