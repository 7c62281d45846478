import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotsOverlap } from '@core/bookingRules';
import type { DeviceRole } from '@core/deviceRole';
import { hlcNodeFromDeviceId, HybridClock } from '@core/hlc';
import type { TableName } from '@core/schemas';
import { fieldStamp, mergeChange, sameRecord, type RecordChange, type SyncedRow } from '@core/sync/merge';
import { hubFrameSchema, parseFrame, type HubFrame, type HubMessage } from '@core/sync/messages';
import { sortPulledRecords } from '@core/sync/pulledRecords';
import { mergedRecordRefusal } from '@core/sync/recordValidation';
import { applyPulledPage, settlePushResults } from '@core/sync/replica';
import { clockLimitMs, hubAheadMs } from '@core/sync/replicaClock';
import { MemoryReplicaStore } from '@core/sync/replicaMemoryStore';
import { parentIdOf, parentLinkOf, projectRow } from '@core/sync/roleProjection';
import { openSqliteHubStore } from './sqliteHubStore';
import { applyPush, pullChanges, HUB_NODE } from './syncEngine';
import type { HubStore } from './hubStore';
import { projectionContext } from './roleView';

/**
 * Several machines of every role, each the shipped replica logic (core/sync/replica.ts) on an
 * in-memory store, and a real hub engine on SQLite: random edits of the
 * same records, deletes, check-ins, consent given and withdrawn, members deactivated, bookings
 * on the same slots, pushes delivered late, twice or lost on the way back. Afterwards every
 * machine must equal the hub's data as its role sees it (core/sync/roleProjection.ts), no
 * deleted record may be back, and no two accepted bookings may overlap.
 */

const BASE_TIME = Date.UTC(2026, 10, 30, 8);
/** The hub's wall clock; each step moves it a second on. */
let hubTime = BASE_TIME;
const key = (table: TableName, id: string) => `${table}/${id}`;

/** Every change any machine made, for the oracle: per field, the greatest stamp must win. */
let history: RecordChange[] = [];
/** Stamps of changes the hub refused (a machine ran more than 5 minutes ahead). */
let refusedStamps = new Set<string>();

/**
 * One simulated machine: the shipped replica logic (core/sync/replica.ts) over an in-memory
 * store, talking to the real hub engine as the sync client does, through the message schemas.
 */
class Replica {
  wall = BASE_TIME;
  readonly store: MemoryReplicaStore;

  constructor(readonly id: string, readonly role: DeviceRole, readonly roomId: string | null = null) {
    this.store = new MemoryReplicaStore(id, new HybridClock(hlcNodeFromDeviceId(id), () => this.wall));
  }

  write(table: TableName, recordId: string, fields: Record<string, unknown>): void {
    history.push(this.store.write(table, recordId, fields));
  }

  known(table: TableName): SyncedRow[] {
    return [...this.store.rows.values()].filter((entry) => entry.table === table).map((entry) => entry.row);
  }

  /** What the hub sends may move the clock no further than the hub accepts (as at `welcome`). */
  private bound() {
    return { clockLimitMs: clockLimitMs(this.wall, hubAheadMs(hubTime, this.wall)) };
  }

  async push(hub: HubStore, hubClock: HybridClock, count: number, loseAnswer: boolean): Promise<void> {
    const batch = this.store.outbox.slice(0, Math.max(1, count));
    if (batch.length === 0) return;
    const results = applyPush(hub, { id: this.id, role: this.role, roomId: this.roomId }, batch, hubClock, new Date(hubTime));
    for (const result of results) {
      const entry = batch.find((candidate) => candidate.mutation === result.mutation);
      if (result.status === 'refused' && entry) refusedStamps.add(entry.change.hlc);
    }
    if (loseAnswer) return;
    const answer = wire({ type: 'pushResult', results });
    if (answer.type !== 'pushResult') throw new Error('not a push answer');
    await settlePushResults(this.store, answer.results, this.bound());
    this.expectHonest(hub);
  }

  async pull(hub: HubStore, limit: number): Promise<void> {
    for (;;) {
      const page = pullChanges(hub, this.store.checkpoint, limit, this);
      const frame = wire({ type: 'changes', ...page });
      if (frame.type !== 'changes') throw new Error('not a page');
      const sorted = sortPulledRecords(frame.records, this.store.checkpoint);
      expect(sorted.skipped).toEqual([]);
      await applyPulledPage(this.store, sorted, this.bound());
      if (!page.more) break;
    }
    this.expectHonest(hub);
  }

  /**
   * A change not yet acknowledged stays visible locally (a pull or a push answer may not undo
   * it) unless the hub will refuse it anyway: it has no copy of the record, and the pending
   * changes alone make no record it stores. No row holds a stamp the hub refused once the
   * machine has heard so, and a host desk holds no half record.
   */
  private expectHonest(hub: HubStore): void {
    const { outbox } = this.store;
    for (const { change } of outbox) {
      const row = this.store.get(change.table, change.recordId);
      if (!row) {
        const alone = outbox.map((entry) => entry.change).filter((other) => other.table === change.table && other.recordId === change.recordId).reduce<SyncedRow | undefined>(mergeChange, undefined);
        expect(hub.getRecord(change.table, change.recordId), `${this.id} dropped ${change.recordId} the hub has`).toBeUndefined();
        expect(alone ? mergedRecordRefusal(change.table, alone, false) : null, `${this.id} dropped a record the hub would store`).not.toBeNull();
        continue;
      }
      for (const field of Object.keys(change.fields)) {
        expect(fieldStamp(row, field) >= change.hlc, `${this.id} lost its pending ${field}`).toBe(true);
      }
    }
    const pendingStamps = new Set(outbox.map((entry) => entry.change.hlc));
    for (const [id, { table, row }] of this.store.rows) {
      // A host desk receives whole records and writes them: it never shows half of one. A
      // tombstone is never shown; one of a record the hub never had holds only the delete.
      if (this.role === 'host') expect(mergedRecordRefusal(table, row, !row.deleted), `${this.id} holds half of ${id}`).toBeNull();
      for (const stamp of Object.values(row.hlc)) {
        expect(refusedStamps.has(stamp) && !pendingStamps.has(stamp), `${this.id} still shows a refused change of ${id}`).toBe(false);
      }
    }
  }
}

/** A hub frame as the machine receives it: JSON on the wire, parsed with the hub frame schema. */
function wire(message: HubMessage): HubFrame {
  const parsed = parseFrame(hubFrameSchema, JSON.stringify(message));
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.message;
}

type Step =
  | { kind: 'createMember'; replica: number; name: string }
  | { kind: 'editMember'; replica: number; pick: number; field: 'name' | 'company'; value: string }
  | { kind: 'deleteMember'; replica: number; pick: number }
  | { kind: 'book'; replica: number; resource: number; slot: number }
  | { kind: 'cancelBooking'; replica: number; pick: number }
  | { kind: 'checkIn'; replica: number; pick: number; direction: 'in' | 'out' }
  | { kind: 'presence'; replica: number; pick: number; shown: boolean }
  | { kind: 'activate'; replica: number; pick: number; active: boolean }
  | { kind: 'push'; replica: number; count: number; loseAnswer: boolean }
  | { kind: 'pull'; replica: number; limit: number }
  | { kind: 'clock'; replica: number; deltaMs: number };

const word = fc.constantFrom('Søren', 'Anja', 'Jürgen', 'Åse', 'Lars', 'Maja');
const replicaIndex = fc.integer({ min: 0, max: 3 });
// Weighted so that check-ins, consent changes and deactivations meet pulls often enough to
// catch a row left behind when it leaves or enters a role's view.
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('createMember' as const), replica: replicaIndex, name: word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('editMember' as const), replica: replicaIndex, pick: fc.nat(), field: fc.constantFrom('name' as const, 'company' as const), value: word }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deleteMember' as const), replica: replicaIndex, pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('book' as const), replica: replicaIndex, resource: fc.integer({ min: 0, max: 2 }), slot: fc.integer({ min: 0, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cancelBooking' as const), replica: replicaIndex, pick: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('checkIn' as const), replica: replicaIndex, pick: fc.nat(), direction: fc.constantFrom('in' as const, 'out' as const) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('presence' as const), replica: replicaIndex, pick: fc.nat(), shown: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('activate' as const), replica: replicaIndex, pick: fc.nat(), active: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('push' as const), replica: replicaIndex, count: fc.integer({ min: 1, max: 6 }), loseAnswer: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('pull' as const), replica: replicaIndex, limit: fc.integer({ min: 1, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clock' as const), replica: replicaIndex, deltaMs: fc.integer({ min: -240_000, max: 400_000 }) }) },
);

let ids = 0;
const newId = (prefix: string) => `${prefix}${String(++ids).padStart(6, '0')}`;
const memberFields = (name: string) => ({
  name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '',
  plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: `card-token-${String(++ids).padStart(8, '0')}`, pinHash: null, deleted: false,
});
// Slots 0-3 on one day; 0 and 1 overlap, so do 2 and 3.
const slots = [[8, 12], [10, 14], [13, 16], [15, 18]] as const;

async function run(replica: Replica, store: HubStore, hubClock: HybridClock, current: Step): Promise<void> {
  const members = replica.known('members').filter((row) => !row.deleted);
  const pickMember = (pick: number) => members[pick % Math.max(1, members.length)];
  switch (current.kind) {
    case 'createMember':
      replica.write('members', newId('m'), memberFields(current.name));
      return;
    case 'editMember': {
      const target = members[current.pick % Math.max(1, members.length)];
      if (target) replica.write('members', target.id, { [current.field]: current.value });
      return;
    }
    case 'deleteMember': {
      const target = members[current.pick % Math.max(1, members.length)];
      if (target) replica.write('members', target.id, { deleted: true });
      return;
    }
    case 'book': {
      const [from, to] = slots[current.slot] ?? [8, 9];
      // Two desks and the meeting room the room display stands beside.
      const [resourceKind, resourceId] = current.resource < 2 ? ['desk', `desk${current.resource}`] : ['room', 'room0'];
      replica.write('bookings', newId('b'), {
        resourceKind, resourceId, memberId: null, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
        startsAt: new Date(Date.UTC(2026, 11, 1, from)).toISOString(), endsAt: new Date(Date.UTC(2026, 11, 1, to)).toISOString(), deleted: false,
      });
      return;
    }
    case 'cancelBooking': {
      const bookings = replica.known('bookings').filter((row) => row.status === 'confirmed');
      const target = bookings[current.pick % Math.max(1, bookings.length)];
      if (target) replica.write('bookings', target.id, { status: 'cancelled' });
      return;
    }
    case 'checkIn': {
      const target = pickMember(current.pick);
      if (target) replica.write('checkIns', newId('c'), { memberId: target.id, kind: current.direction, at: new Date(hubTime).toISOString(), method: 'name', bookingId: null, deleted: false });
      return;
    }
    case 'presence': {
      const target = pickMember(current.pick);
      if (target) replica.write('members', target.id, { consent: current.shown ? { presence: { public: true, consentedAt: new Date(hubTime).toISOString() } } : {} });
      return;
    }
    case 'activate': {
      const target = pickMember(current.pick);
      if (target) replica.write('members', target.id, { active: current.active });
      return;
    }
    case 'push':
      await replica.push(store, hubClock, current.count, current.loseAnswer);
      return;
    case 'pull':
      await replica.pull(store, current.limit);
      return;
    case 'clock':
      // Wall clocks drift and jump back; the hub's stays put.
      replica.wall = Math.max(BASE_TIME - 3_600_000, replica.wall + current.deltaMs);
  }
}

/** What per-field last-writer-wins must give for members, whatever the delivery order. */
function expectedMembers(refused: ReadonlySet<string>): Map<string, Record<string, unknown>> {
  const winners = new Map<string, Map<string, RecordChange>>();
  for (const change of history) {
    if (refused.has(change.hlc)) continue;
    if (change.table !== 'members') continue;
    const fields = winners.get(change.recordId) ?? new Map<string, RecordChange>();
    for (const field of Object.keys(change.fields)) {
      const best = fields.get(field);
      if (!best || change.hlc > best.hlc) fields.set(field, change);
    }
    winners.set(change.recordId, fields);
  }
  return new Map([...winners].map(([id, fields]) => [id, Object.fromEntries([...fields].map(([field, change]) => [field, change.fields[field]]))]));
}

function hubRows(store: HubStore): Map<string, SyncedRow> {
  return new Map(pullChanges(store, 0, 1_000_000, { role: 'host', roomId: null }).records.map(({ table, row }) => [key(table, row.id), row]));
}

/** The hub's rows as a machine sees them, projected here from the host's view, not pulled. */
function hubAsSeenBy(store: HubStore, hub: ReadonlyMap<string, SyncedRow>, viewer: Replica): Map<string, SyncedRow> {
  const { role } = viewer;
  const context = projectionContext(store, viewer);
  return new Map([...hub].map(([id, row]) => {
    const table = id.split('/', 1)[0] as TableName;
    const link = parentLinkOf(table);
    const parentId = parentIdOf(table, row);
    const parent = link && parentId ? hub.get(key(link.table, parentId)) : undefined;
    return [id, projectRow(table, row, role, context, parent)];
  }));
}

describe('replicas and the hub converge', () => {
  it('whatever the order, duplication and loss of messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 30, maxLength: 100 }), async (steps) => {
        history = [];
        refusedStamps = new Set();
        hubTime = BASE_TIME;
        const store = openSqliteHubStore(':memory:');
        const hubClock = new HybridClock(HUB_NODE, () => hubTime);
        const replicas = [new Replica('deviceA', 'host'), new Replica('deviceB', 'kiosk'), new Replica('deviceC', 'wall'), new Replica('deviceD', 'room', 'room0')];
        const deletedSeen = new Set<string>();
        for (const current of steps) {
          hubTime += 1000;
          await run(replicas[current.replica] ?? replicas[0]!, store, hubClock, current);
          for (const [id, row] of hubRows(store)) if (row.deleted) deletedSeen.add(id);
        }
        // Everyone reconnects: all answers arrive, and everything is pulled.
        for (let round = 0; round < 2; round++) {
          for (const replica of replicas) {
            while (replica.store.outbox.length > 0) await replica.push(store, hubClock, 50, false);
          }
          for (const replica of replicas) await replica.pull(store, 7);
        }

        const hub = hubRows(store);
        for (const replica of replicas) {
          const seen = hubAsSeenBy(store, hub, replica);
          expect(replica.store.outbox).toEqual([]);
          expect(new Set(replica.store.rows.keys())).toEqual(new Set(seen.keys()));
          for (const [id, entry] of replica.store.rows) expect(sameRecord(entry.row, seen.get(id)), `${replica.role} ${id}`).toBe(true);
        }
        for (const [id, fields] of expectedMembers(refusedStamps)) expect(hub.get(key('members', id)), id).toMatchObject(fields);
        for (const id of deletedSeen) expect(hub.get(id)?.deleted, `${id} came back`).toBe(true);
        const confirmed = [...hub.entries()].filter(([id, row]) => id.startsWith('bookings/') && !row.deleted && row.status === 'confirmed').map(([, row]) => row);
        for (const a of confirmed) {
          for (const b of confirmed) {
            if (a.id < b.id && a.resourceId === b.resourceId) {
              expect(slotsOverlap({ startsAt: String(a.startsAt), endsAt: String(a.endsAt) }, { startsAt: String(b.startsAt), endsAt: String(b.endsAt) })).toBe(false);
            }
          }
        }
        store.close();
      }),
      {
        numRuns: 300,
        examples: [[[
          // A host desk running 6 minutes ahead: its create is refused while an edit of it waits.
          // The hub has no copy and the edit alone is half a record: the desk must hold nothing.
          { kind: 'clock', replica: 0, deltaMs: 360_000 },
          { kind: 'createMember', replica: 0, name: 'Maja' },
          { kind: 'editMember', replica: 0, pick: 0, field: 'company', value: 'Lars' },
          { kind: 'push', replica: 0, count: 1, loseAnswer: false },
          { kind: 'pull', replica: 0, limit: 5 },
        ]], [[
          // The same desk deletes the member before its refused create is answered: the hub
          // stores the delete alone, and so may the desk (a tombstone is shown nowhere).
          { kind: 'clock', replica: 0, deltaMs: 360_000 },
          { kind: 'createMember', replica: 0, name: 'Søren' },
          { kind: 'deleteMember', replica: 0, pick: 0 },
          { kind: 'push', replica: 0, count: 1, loseAnswer: false },
          { kind: 'pull', replica: 0, limit: 5 },
        ]]],
      },
    );
  });
});
