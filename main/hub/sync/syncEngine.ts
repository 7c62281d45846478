import { findConflict } from '@core/bookingRules';
import type { DeviceRole } from '@core/deviceRole';
import { parseHlc, type HybridClock } from '@core/hlc';
import { schemaOf, type TableName } from '@core/schemas';
import { compactStamps, mergeChange, type RecordChange, type SyncedRow } from '@core/sync/merge';
import { refusalFor } from '@core/sync/permissions';
import type { HubStore, StoredChange } from './hubStore';

/**
 * The hub's side of push and pull (docs/sync-protocol.md). Pure logic over a HubStore and the
 * hub's clock, so the convergence property test drives exactly what the server runs.
 */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;
export const HUB_NODE = 'hub';

export interface PushingDevice {
  id: string;
  role: DeviceRole;
  roomId: string | null;
}

export interface Mutation {
  mutation: number;
  change: RecordChange;
}

export interface PushResult {
  mutation: number;
  status: 'applied' | 'duplicate' | 'refused';
  seq?: number;
  reason?: string;
  /**
   * With a refusal or a duplicate: the hub's copy of the record (null if it has none), so the
   * machine can undo a refused change even when the first answer was lost.
   */
  row?: SyncedRow | null;
}

export function applyPush(store: HubStore, device: PushingDevice, mutations: readonly Mutation[], clock: HybridClock, now: Date): PushResult[] {
  return store.transaction(() => mutations.map((mutation) => applyMutation(store, device, mutation, clock, now)));
}

function applyMutation(store: HubStore, device: PushingDevice, { mutation, change }: Mutation, clock: HybridClock, now: Date): PushResult {
  // A retry after a lost answer: the machine learns the outcome from the hub's copy.
  if (mutation <= store.lastMutation(device.id)) return { mutation, status: 'duplicate', row: store.getRecord(change.table, change.recordId) ?? null };
  store.setLastMutation(device.id, mutation);
  const current = store.getRecord(change.table, change.recordId);
  const refused = (reason: string): PushResult => ({ mutation, status: 'refused', reason, row: current ?? null });
  const refusal = checkChange(store, device, change, now);
  if (refusal) return refused(refusal);
  let merged = mergeChange(current, change);
  const invalid = invalidRecord(change.table, merged);
  if (invalid) return refused(invalid);
  clock.receive(change.hlc);
  if (merged === current) return { mutation, status: 'applied' };
  if (change.table === 'bookings') merged = applyBookingRules(store, merged, clock);
  const seq = store.nextSeq();
  store.putRecord(change.table, compactStamps(merged), seq);
  return { mutation, status: 'applied', seq };
}

function checkChange(store: HubStore, device: PushingDevice, change: RecordChange, now: Date): string | null {
  if (change.deviceId !== device.id) return 'A machine can only send its own changes.';
  const aheadMs = parseHlc(change.hlc).wallMs - now.getTime();
  if (aheadMs > MAX_CLOCK_AHEAD_MS) {
    return `This machine's clock is ${Math.round(aheadMs / 60_000)} minutes ahead of the hub's. Set the right time on this machine; the change was not saved.`;
  }
  return refusalFor(device, change, store.getRecord(change.table, change.recordId), now);
}

/** The merged record must still be a valid record of its table (tombstones excepted). */
function invalidRecord(table: TableName, row: SyncedRow): string | null {
  if (row.deleted) return null;
  const { id: _id, hlc: _hlc, deviceId: _deviceId, deleted: _deleted, ...fields } = row;
  const parsed = schemaOf(table).safeParse(fields);
  return parsed.success ? null : `The change would leave an invalid record: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
}

/**
 * A confirmed booking that overlaps one the hub accepted earlier is stored as rejected, with
 * the reason and the winner, stamped by the hub so that every machine shows the rejection.
 */
function applyBookingRules(store: HubStore, booking: SyncedRow, clock: HybridClock): SyncedRow {
  if (booking.deleted || booking.status !== 'confirmed' || typeof booking.resourceId !== 'string') return booking;
  const others = store.bookingsOfResource(booking.resourceId).filter((other) => !other.deleted);
  const winner = findConflict(asSlot(booking), others.map(asSlot));
  if (!winner) return booking;
  const rejection = { reason: 'This desk or room was already booked for that time.', winnerId: winner.id };
  return mergeChange(booking, { table: 'bookings', recordId: booking.id, fields: { status: 'rejected', rejection }, hlc: clock.now(), deviceId: HUB_NODE });
}

function asSlot(row: SyncedRow) {
  return {
    id: row.id,
    resourceId: String(row.resourceId),
    startsAt: String(row.startsAt),
    endsAt: String(row.endsAt),
    status: row.status === 'confirmed' ? ('confirmed' as const) : ('cancelled' as const),
  };
}

export interface PullPage {
  records: StoredChange[];
  latestSeq: number;
  more: boolean;
}

export function pullChanges(store: HubStore, sinceSeq: number, limit: number): PullPage {
  const records = store.changesSince(sinceSeq, limit);
  const latestSeq = store.latestSeq();
  const last = records.at(-1)?.seq ?? sinceSeq;
  return { records, latestSeq, more: last < latestSeq };
}
