import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotsOverlap } from '@core/bookingRules';
import type { DeviceRole } from '@core/deviceRole';
import { HybridClock } from '@core/hlc';
import type { TableName } from '@core/schemas';
import { mergeChange, sameRecord, type RecordChange, type SyncedRow } from '@core/sync/merge';
import { rebasePulled } from '@core/sync/rebase';
import { parentIdOf, parentLinkOf, projectRow } from '@core/sync/roleProjection';
import { openSqliteHubStore } from './sqliteHubStore';
import { applyPush, pullChanges, HUB_NODE, type Mutation } from './syncEngine';
import type { HubStore } from './hubStore';
import { projectionContext } from './roleView';

/**
 * Several simulated machines of every role and a real hub engine on SQLite: random edits of the
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

class Replica {
  readonly rows = new Map<string, { table: TableName; row: SyncedRow }>();
  outbox: Mutation[] = [];
  private nextMutation = 1;
  checkpoint = 0;
  wall = BASE_TIME;
  readonly clock: HybridClock;

  constructor(readonly id: string, readonly role: DeviceRole) {
    this.clock = new HybridClock(id, () => this.wall);
  }

  write(table: TableName, recordId: string, fields: Record<string, unknown>): void {
    const change: RecordChange = { table, recordId, fields, hlc: this.clock.now(), deviceId: this.id };
    const current = this.rows.get(key(table, recordId))?.row;
    this.rows.set(key(table, recordId), { table, row: mergeChange(current, change) });
    this.outbox.push({ mutation: this.nextMutation++, change });
    history.push(change);
  }

  known(table: TableName): SyncedRow[] {
    return [...this.rows.values()].filter((entry) => entry.table === table).map((entry) => entry.row);
  }

  push(store: HubStore, hubClock: HybridClock, count: number, loseAnswer: boolean): void {
    const batch = this.outbox.slice(0, Math.max(1, count));
    if (batch.length === 0) return;
    const results = applyPush(store, { id: this.id, role: this.role, roomId: null }, batch, hubClock, new Date(hubTime));
    for (const result of results) {
      const entry = batch.find((candidate) => candidate.mutation === result.mutation);
      if (result.status === 'refused' && entry) refusedStamps.add(entry.change.hlc);
    }
    if (loseAnswer) return;
    const done = new Set(results.map((result) => result.mutation));
    this.outbox = this.outbox.filter((entry) => !done.has(entry.mutation));
    for (const result of results) {
      const refused = batch.find((entry) => entry.mutation === result.mutation);
      if (result.status !== 'applied' && refused && result.row !== undefined) this.restore(refused.change, result.row);
    }
  }

  /** A refused change is undone locally: back to the hub's copy plus what is still pending. */
  private restore(change: RecordChange, hubRow: SyncedRow | null): void {
    const pending = this.outbox.map((entry) => entry.change).filter((other) => other.recordId === change.recordId);
    const id = key(change.table, change.recordId);
    if (hubRow) this.rows.set(id, { table: change.table, row: rebasePulled(hubRow, pending) });
    else if (pending.length === 0) this.rows.delete(id);
    else this.rows.set(id, { table: change.table, row: pending.reduce<SyncedRow | undefined>((row, next) => mergeChange(row, next), undefined)! });
  }

  pull(store: HubStore, limit: number): void {
    for (;;) {
      const page = pullChanges(store, this.checkpoint, limit, this.role);
      const pending = this.outbox.map((entry) => entry.change);
      for (const { table, row } of page.records) {
        for (const change of pending) if (change.recordId === row.id) this.clock.receive(change.hlc);
        this.clock.receive(row.hlc['*'] ?? '0000000000000-000000-0');
        this.rows.set(key(table, row.id), { table, row: rebasePulled(row, pending) });
      }
      this.checkpoint = page.records.at(-1)?.seq ?? this.checkpoint;
      if (!page.more) break;
    }
    this.expectPendingVisible();
  }

  /** A change not yet acknowledged must stay visible locally: a pull may not undo it. */
  private expectPendingVisible(): void {
    for (const { change } of this.outbox) {
      const row = this.rows.get(key(change.table, change.recordId))?.row;
      for (const field of Object.keys(change.fields)) {
        const stamp = row?.hlc[field] ?? row?.hlc['*'] ?? '';
        expect(stamp >= change.hlc, `${this.id} lost its pending ${field}`).toBe(true);
      }
    }
  }
}

type Step =
  | { kind: 'createMember'; replica: number; name: string }
  | { kind: 'editMember'; replica: number; pick: number; field: 'name' | 'company'; value: string }
  | { kind: 'deleteMember'; replica: number; pick: number }
  | { kind: 'book'; replica: number; desk: number; slot: number }
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
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('book' as const), replica: replicaIndex, desk: fc.integer({ min: 0, max: 1 }), slot: fc.integer({ min: 0, max: 3 }) }) },
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

function run(replica: Replica, store: HubStore, hubClock: HybridClock, current: Step): void {
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
      replica.write('bookings', newId('b'), {
        resourceKind: 'desk', resourceId: `desk${current.desk}`, memberId: null, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
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
      replica.push(store, hubClock, current.count, current.loseAnswer);
      return;
    case 'pull':
      replica.pull(store, current.limit);
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
  return new Map(pullChanges(store, 0, 1_000_000, 'host').records.map(({ table, row }) => [key(table, row.id), row]));
}

/** The hub's rows as `role` sees them, projected here from the host's view, not pulled. */
function hubAsSeenBy(store: HubStore, hub: ReadonlyMap<string, SyncedRow>, role: DeviceRole): Map<string, SyncedRow> {
  const context = projectionContext(store);
  return new Map([...hub].map(([id, row]) => {
    const table = id.split('/', 1)[0] as TableName;
    const link = parentLinkOf(table);
    const parentId = parentIdOf(table, row);
    const parent = link && parentId ? hub.get(key(link.table, parentId)) : undefined;
    return [id, projectRow(table, row, role, context, parent)];
  }));
}

describe('replicas and the hub converge', () => {
  it('whatever the order, duplication and loss of messages', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 30, maxLength: 100 }), (steps) => {
        history = [];
        refusedStamps = new Set();
        hubTime = BASE_TIME;
        const store = openSqliteHubStore(':memory:');
        const hubClock = new HybridClock(HUB_NODE, () => hubTime);
        const replicas = [new Replica('deviceA', 'host'), new Replica('deviceB', 'kiosk'), new Replica('deviceC', 'wall'), new Replica('deviceD', 'room')];
        const deletedSeen = new Set<string>();
        for (const current of steps) {
          hubTime += 1000;
          run(replicas[current.replica] ?? replicas[0]!, store, hubClock, current);
          for (const [id, row] of hubRows(store)) if (row.deleted) deletedSeen.add(id);
        }
        // Everyone reconnects: all answers arrive, and everything is pulled.
        for (let round = 0; round < 2; round++) {
          for (const replica of replicas) {
            while (replica.outbox.length > 0) replica.push(store, hubClock, 50, false);
          }
          for (const replica of replicas) replica.pull(store, 7);
        }

        const hub = hubRows(store);
        for (const replica of replicas) {
          const seen = hubAsSeenBy(store, hub, replica.role);
          expect(replica.outbox).toEqual([]);
          expect(new Set(replica.rows.keys())).toEqual(new Set(seen.keys()));
          for (const [id, entry] of replica.rows) expect(sameRecord(entry.row, seen.get(id)), `${replica.role} ${id}`).toBe(true);
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
      { numRuns: 300 },
    );
  });
});
