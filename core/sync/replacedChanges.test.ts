import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, formatHlc, hlcNodeFromDeviceId, HybridClock } from '../hlc';
import { fieldStamp, mergeChange, type SyncedRow } from './merge';
import type { PushMutation, PushResult } from './messages';
import { sortPulledRecords } from './pulledRecords';
import { awaitEchoes, type AwaitingEcho, type ReplacedField } from './replacedChanges';
import { applyPulledPage, settlePushResults } from './replica';
import { clockLimitMs } from './replicaClock';
import { MemoryReplicaStore } from './replicaMemoryStore';

/**
 * Which of a machine's changes a later one from another machine replaced, on the shipped replica
 * logic over its in-memory store, against a small hub that merges and numbers like the real one
 * (the real one runs in main/hub/sync/convergence.test.ts and the sync client tests).
 */

const NOW = Date.UTC(2026, 11, 2, 9);
const bound = { clockLimitMs: clockLimitMs(NOW + 3_600_000, 0) };
const member = (stamp: string): SyncedRow => ({
  id: 'm1', hlc: { '*': stamp }, deviceId: 'seed', deleted: false,
  name: 'Anna Berg', photo: null, company: 'Old', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '',
  plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
});

/** The hub's merge and seqs, as main/hub/sync/syncEngine.ts applies them; `lose` drops the answer. */
class TinyHub {
  rows = new Map<string, { row: SyncedRow; seq: number }>();
  seq = 1;
  lastMutation = new Map<string, number>();
  /** Per pushed change's stamp: whether its company lost at the hub's merge. */
  lostAtMerge = new Map<string, boolean>();
  constructor() { this.rows.set('m1', { row: member(formatHlc({ wallMs: NOW - 60_000, counter: 0, node: 'seed' })), seq: 1 }); }

  push(deviceId: string, batch: readonly PushMutation[]): PushResult[] {
    return batch.map(({ mutation, change }) => {
      const current = this.rows.get(change.recordId);
      if (mutation <= (this.lastMutation.get(deviceId) ?? 0)) return { mutation, status: 'duplicate', row: current?.row ?? null };
      this.lastMutation.set(deviceId, mutation);
      const merged = mergeChange(current?.row, change);
      if (current) this.lostAtMerge.set(change.hlc, compareHlc(change.hlc, fieldStamp(current.row, 'company')) < 0);
      if (merged === current?.row) return { mutation, status: 'applied' };
      this.seq += 1;
      this.rows.set(change.recordId, { row: merged, seq: this.seq });
      return { mutation, status: 'applied', seq: this.seq };
    });
  }

  /** A change another party made, straight on the hub. */
  change(fields: Record<string, unknown>, node: string, afterMs: number): void {
    const current = this.rows.get('m1')?.row;
    const hlc = formatHlc({ wallMs: NOW + afterMs, counter: 0, node });
    this.seq += 1;
    this.rows.set('m1', { row: mergeChange(current, { table: 'members', recordId: 'm1', fields, hlc, deviceId: node }), seq: this.seq });
  }

  pull(since: number) {
    const records = [...this.rows.values()].filter((entry) => entry.seq > since).map((entry) => ({ seq: entry.seq, table: 'members', row: entry.row }));
    return sortPulledRecords(records, since);
  }
}

/** A machine as the sync client drives the replica: the awaited changes kept between answers and pages. */
class Desk {
  readonly store: MemoryReplicaStore;
  awaiting: AwaitingEcho[] = [];
  told: ReplacedField[] = [];
  wall = NOW;

  constructor(readonly id: string, private readonly hub: TinyHub) {
    this.store = new MemoryReplicaStore(id, new HybridClock(hlcNodeFromDeviceId(id), () => this.wall));
  }

  written: { value: string; hlc: string }[] = [];

  write(company: string) {
    const change = this.store.write('members', 'm1', { company });
    this.written.push({ value: company, hlc: change.hlc });
    return change;
  }

  async push(loseAnswer = false): Promise<void> {
    if (this.store.outbox.length === 0) return;
    const results = this.hub.push(this.id, [...this.store.outbox]);
    if (loseAnswer) return;
    const { replaced, applied } = await settlePushResults(this.store, results, bound);
    this.awaiting = awaitEchoes(this.awaiting, applied);
    this.told.push(...replaced);
  }

  async pull(): Promise<void> {
    const { replaced, awaiting } = await applyPulledPage(this.store, this.hub.pull(this.store.checkpoint), bound, this.awaiting);
    this.awaiting = awaiting;
    this.told.push(...replaced);
  }
}

async function twoDesks() {
  const hub = new TinyHub();
  const offline = new Desk('desk-1', hub);
  const online = new Desk('desk-2', hub);
  await offline.pull();
  await online.pull();
  return { hub, offline, online };
}

describe('changes a later one replaced', () => {
  it('tells the machine whose offline edit lost once it reconnects (push first, then pull)', async () => {
    const { offline, online } = await twoDesks();
    offline.write('Offline Ltd');
    online.wall += 1000;
    online.write('Online GmbH');
    await online.push();
    await offline.push();
    await offline.pull();
    expect(offline.told).toEqual([{ table: 'members', recordId: 'm1', field: 'company', myValue: 'Offline Ltd', winnerNode: 'desk2' }]);
    expect(offline.store.get('members', 'm1')?.company).toBe('Online GmbH');
    expect(offline.awaiting).toEqual([]);
    await online.pull();
    expect(online.told).toEqual([]);
  });

  it('tells it when the winner arrives while the change still waits, and not again once it is pushed', async () => {
    const { offline, online } = await twoDesks();
    offline.write('Offline Ltd');
    online.wall += 1000;
    online.write('Online GmbH');
    await online.push();
    await offline.pull();
    expect(offline.told.map((told) => told.myValue)).toEqual(['Offline Ltd']);
    await offline.push();
    await offline.pull();
    online.wall += 1000;
    online.store.write('members', 'm1', { phone: '+45 1234' });
    await online.push();
    await offline.pull();
    expect(offline.told).toHaveLength(1);
  });

  it('tells only the fields that lost when the same change won others', async () => {
    const { offline, online } = await twoDesks();
    offline.store.write('members', 'm1', { company: 'Offline Ltd', phone: '+45 1111' });
    online.wall += 1000;
    online.write('Online GmbH');
    await online.push();
    await offline.push();
    await offline.pull();
    expect(offline.told.map((told) => told.field)).toEqual(['company']);
    expect(offline.store.get('members', 'm1')).toMatchObject({ company: 'Online GmbH', phone: '+45 1111' });
  });

  it('does not tell an ordinary later edit of a change that had landed', async () => {
    const { offline: first, online: second } = await twoDesks();
    first.write('First AS');
    await first.push();
    await second.pull();
    second.wall += 1000;
    second.write('Second AS');
    await second.push();
    await first.pull();
    expect(first.told).toEqual([]);
    expect(first.store.get('members', 'm1')?.company).toBe('Second AS');
  });

  it('does not tell a change its own later change overwrote', async () => {
    const { offline, online } = await twoDesks();
    offline.write('Offline Ltd');
    online.wall += 1000;
    online.write('Online GmbH');
    await online.push();
    offline.wall += 2000;
    offline.write('Offline again');
    await offline.pull();
    await offline.push();
    await offline.pull();
    expect(offline.told).toEqual([]);
    expect(offline.store.get('members', 'm1')?.company).toBe('Offline again');
  });

  it('tells it from the hub copy of a retried push whose first answer was lost', async () => {
    const { offline, online } = await twoDesks();
    offline.write('Offline Ltd');
    online.wall += 1000;
    online.write('Online GmbH');
    await online.push();
    await offline.push(true);
    await offline.push();
    expect(offline.told.map((told) => told.myValue)).toEqual(['Offline Ltd']);
    await offline.pull();
    expect(offline.told).toHaveLength(1);
  });

  it('tells nothing when the hub made the later change itself', async () => {
    const { hub, offline } = await twoDesks();
    offline.write('Offline Ltd');
    hub.change({ company: 'Hub' }, 'hub', 5000);
    await offline.pull();
    expect(offline.store.get('members', 'm1')?.company).toBe('Hub');
    expect(offline.told).toEqual([]);
  });

  it('tells nothing when another machine deleted the record', async () => {
    const { hub, offline } = await twoDesks();
    offline.write('Offline Ltd');
    hub.change({ deleted: true, company: 'Later' }, 'desk2', 5000);
    await offline.pull();
    expect(offline.told).toEqual([]);
  });
});

type Step = { kind: 'write'; desk: number } | { kind: 'push'; desk: number; lose: boolean } | { kind: 'pull'; desk: number } | { kind: 'tick'; desk: number; ms: number };

const deskArb = fc.integer({ min: 0, max: 2 });
const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('write' as const), desk: deskArb }),
  fc.record({ kind: fc.constant('push' as const), desk: deskArb, lose: fc.boolean() }),
  fc.record({ kind: fc.constant('pull' as const), desk: deskArb }),
  fc.record({ kind: fc.constant('tick' as const), desk: deskArb, ms: fc.integer({ min: 0, max: 5000 }) }),
);

async function run(steps: readonly Step[]): Promise<{ hub: TinyHub; desks: Desk[] }> {
  const hub = new TinyHub();
  const desks = ['desk-1', 'desk-2', 'desk-3'].map((id) => new Desk(id, hub));
  for (const desk of desks) await desk.pull();
  for (const [index, step] of steps.entries()) {
    const desk = desks[step.desk];
    if (!desk) continue;
    // Every value written is unique, so a notice names exactly one change.
    if (step.kind === 'write') desk.write(`${desk.id} #${String(index)}`);
    else if (step.kind === 'tick') desk.wall += step.ms;
    else if (step.kind === 'pull') await desk.pull();
    else await desk.push(step.lose);
  }
  for (let round = 0; round < 2; round += 1) for (const desk of desks) { await desk.push(); await desk.pull(); }
  return { hub, desks };
}

describe('the replaced-changes decision over random histories', () => {
  it('tells each machine its own changes that lost to another machine, each once, and always the last one that lost at the hub', async () => {
    await fc.assert(fc.asyncProperty(fc.array(stepArb, { maxLength: 40 }), async (steps) => {
      const { hub, desks } = await run(steps);
      const final = hub.rows.get('m1')?.row;
      for (const desk of desks) {
        expect(desk.store.get('members', 'm1')?.company).toBe(final?.company);
        const told = desk.told.map((entry) => entry.myValue);
        expect(new Set(told).size).toBe(told.length);
        const own = new Map(desk.written.map((entry) => [entry.value, entry.hlc]));
        for (const entry of desk.told) {
          expect(own.has(String(entry.myValue))).toBe(true);
          expect(entry.myValue).not.toBe(final?.company);
          expect(entry.winnerNode).not.toBe(hlcNodeFromDeviceId(desk.id));
        }
        const last = desk.written.at(-1);
        if (last && hub.lostAtMerge.get(last.hlc) === true) expect(told).toContain(last.value);
      }
    }), { numRuns: 200 });
  });
});
