import { hlcNodeFromDeviceId, MAX_CLOCK_AHEAD_MS, MAX_PLAUSIBLE_COUNTER, parseHlc, type HybridClock } from '@core/hlc';
import type { TableName } from '@core/schemas';
import { compactStamps, mergeChange, type RecordChange, type SyncedRow } from '@core/sync/merge';
import { refusalFor, type HubTime } from '@core/sync/permissions';
import type { SeriesLookup } from '@core/sync/seriesCheckIns';
import type { ProjectLookup } from '@core/projects/kioskWrites';
import { storedHubSettings } from '../storedSettings';
import { changeRefusal, mergedRecordRefusal } from '@core/sync/recordValidation';
import { HUB_DEVICE_ID } from '@core/sync/hubDevice';
import type { DeviceIdentity } from '@core/sync/protocol';
import { MAX_PULL_PAGE_CHARS, type PushMutation, type PushResult } from '@core/sync/messages';
import { refusal, type Refusal } from '@core/sync/refusals';
import { rateLimitedHubLog } from '../hubLog';
import { applyBookingRules, bookingAuthor, type BookingAuthor } from './hubBookingRules';
import type { HubStore, StoredChange } from './hubStore';
import { seriesConflictWrites, storedSeries } from './hubSeriesRules';
import { projectChanges, projectStored, restampDependents, type Viewer } from './roleView';

/**
 * The hub's side of push and pull (docs/sync-protocol.md). Pure logic over a HubStore and the
 * hub's clock, so the convergence property test drives exactly what the server runs.
 */

/**
 * How far one push may move a device's mutation number past its last applied one. An outbox
 * numbers its entries one by one, so real numbers step by one (or by the few a re-paired
 * machine skips); a jump past this would make every later number a "duplicate" and lock the
 * device out of its own changes, so that mutation is refused instead (docs/sync-protocol.md).
 */
export const MAX_MUTATION_JUMP = 1_000_000;
/** The hub stamps its own changes (booking rejections, seeded data) as this device; core owns the id. */
export const HUB_NODE = HUB_DEVICE_ID;
/** Refused changes, one log line each, at most this many per device and minute. */
const logRefusal = rateLimitedHubLog(30);

/** A pushed outbox entry and the hub's answer to it, as the message schemas define them. */
export type Mutation = PushMutation;

export function applyPush(store: HubStore, device: DeviceIdentity, mutations: readonly Mutation[], clock: HybridClock, now: Date): PushResult[] {
  return store.transaction(() => mutations.map((mutation) => answerFor(store, device, mutation.change.table, applyMutation(store, device, mutation, clock, now))));
}

/**
 * A refused or duplicate answer carries the hub's copy only as the device's role may hold it
 * (core/sync/roleProjection.ts): asking about a record must not reveal more than pulling it.
 */
function answerFor(store: HubStore, viewer: Viewer, table: TableName, result: PushResult): PushResult {
  return result.row === undefined ? result : { ...result, row: projectStored(store, table, result.row, viewer) };
}

function applyMutation(store: HubStore, device: DeviceIdentity, { mutation, change }: Mutation, clock: HybridClock, now: Date): PushResult {
  // A retry after a lost answer: the machine learns the outcome from the hub's copy.
  const lastMutation = store.lastMutation(device.id);
  if (mutation <= lastMutation) return { mutation, status: 'duplicate', row: store.getRecord(change.table, change.recordId) ?? null };
  const current = store.getRecord(change.table, change.recordId);
  const refused = (reason: Refusal): PushResult => {
    logRefusal(device.id, 'sync.refused', { device: device.id, role: device.role, table: change.table, code: reason.code, mutation });
    return { mutation, status: 'refused', refusal: reason, row: current ?? null };
  };
  // The number is not taken: the device's later, ordinary numbers still count.
  if (mutation - lastMutation > MAX_MUTATION_JUMP) return refused(refusal('mutationJump'));
  store.setLastMutation(device.id, mutation);
  const refusedChange = checkChange(device, change, current, { now, timeZone: storedHubSettings(store).timeZone }, {
    seriesOf: (seriesId) => storedSeries(store, seriesId),
    projectOf: (projectId) => store.getRecord('projects', projectId) ?? null,
  });
  if (refusedChange) return refused(refusedChange);
  const merged = mergeChange(current, change);
  const invalid = mergedRecordRefusal(change.table, merged, current !== undefined);
  if (invalid) return refused(invalid);
  // Only a stamp checked above reaches the clock: nothing a device sends can run it ahead.
  clock.receive(change.hlc);
  if (merged === current) return { mutation, status: 'applied' };
  return { mutation, status: 'applied', seq: storeMerged(store, change.table, current, merged, clock, bookingAuthor(device.role, now)) };
}

/**
 * Stores a merged record that changed: booking rules (by its author's), a new seq, children
 * re-stamped, then the dates a series loses to what the hub accepted before it (hubSeriesRules.ts).
 */
function storeMerged(store: HubStore, table: TableName, current: SyncedRow | undefined, merged: SyncedRow, clock: HybridClock, author: BookingAuthor): number {
  const row = table === 'bookings' ? applyBookingRules(store, current, merged, author, clock) : merged;
  const seq = store.nextSeq();
  store.putRecord(table, compactStamps(row), seq);
  restampDependents(store, table, current, row);
  applyHubWrites(store, seriesConflictWrites(store, table, current, row, author.now), clock);
  return seq;
}

/** A change the hub makes itself (main/hub/jobs/): which record, which fields. */
export interface HubWrite {
  table: TableName;
  recordId: string;
  fields: Record<string, unknown>;
}

/**
 * The hub's own changes, stamped with its clock as device `hub` and stored exactly as a pushed
 * change is (checked, merged, new seqs). Call inside `store.transaction`. A change the checks
 * refuse is a bug in the job that wrote it, so it throws and the transaction rolls back.
 * Returns how many records changed.
 */
export function applyHubWrites(store: HubStore, writes: readonly HubWrite[], clock: HybridClock): number {
  let changed = 0;
  for (const write of writes) {
    const change: RecordChange = { table: write.table, recordId: write.recordId, fields: write.fields, hlc: clock.now(), deviceId: HUB_NODE };
    const current = store.getRecord(change.table, change.recordId);
    const merged = mergeChange(current, change);
    const invalid = changeRefusal(change) ?? mergedRecordRefusal(change.table, merged, current !== undefined);
    if (invalid) throw new Error(`The hub's own change to ${change.table} is invalid: ${invalid.code}`);
    if (merged === current) continue;
    // The hub's jobs write as a host would (a release, an erasure): overlap is all they are held to.
    storeMerged(store, change.table, current, merged, clock, bookingAuthor('host', new Date(parseHlc(change.hlc).wallMs)));
    changed += 1;
  }
  return changed;
}

/** Who sent it, its stamp, its fields, then what the device's role may write. */
/** The hub's own copies a change is judged against: a series for a check-in of its date, a project for a kiosk's write for a member. */
interface HubLookups { seriesOf: SeriesLookup; projectOf: ProjectLookup }

function checkChange(device: DeviceIdentity, change: RecordChange, current: SyncedRow | undefined, time: HubTime, lookups: HubLookups): Refusal | null {
  const { now } = time;
  if (change.deviceId !== device.id) return refusal('notOwnChange');
  const stamp = parseHlc(change.hlc);
  if (stamp.node !== hlcNodeFromDeviceId(device.id)) return refusal('foreignStamp');
  // Measured against the hub's wall clock, not its HLC: stamps accepted a little ahead must
  // not let the next one go further ahead still.
  const aheadMs = stamp.wallMs - now.getTime();
  if (aheadMs > MAX_CLOCK_AHEAD_MS) return { code: 'clockAhead', params: { minutes: Math.round(aheadMs / 60_000) } };
  if (stamp.counter > MAX_PLAUSIBLE_COUNTER) return refusal('counterTooHigh');
  return changeRefusal(change) ?? refusalFor(device, change, current, time, lookups.seriesOf, lookups.projectOf);
}

export interface PullPage {
  records: StoredChange[];
  latestSeq: number;
  more: boolean;
}

/** Changes after `sinceSeq`, each as the viewer may hold it (the role and room the device was paired with). */
export function pullChanges(store: HubStore, sinceSeq: number, limit: number, viewer: Viewer): PullPage {
  const stored = store.changesSince(sinceSeq, limit, MAX_PULL_PAGE_CHARS);
  const latestSeq = store.latestSeq();
  const last = stored.at(-1)?.seq ?? sinceSeq;
  return { records: projectChanges(store, stored, viewer), latestSeq, more: last < latestSeq };
}
