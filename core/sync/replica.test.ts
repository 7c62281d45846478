import { describe, expect, it } from 'vitest';
import { formatHlc, HybridClock, parseHlc } from '../hlc';
import type { SyncedRow } from './merge';
import { pushResultSchema } from './messages';
import { settlePushResults } from './replica';
import { clockLimitMs } from './replicaClock';
import { MemoryReplicaStore } from './replicaMemoryStore';

/**
 * Push answers the random property test (main/hub/sync/convergence.test.ts) rarely builds, on
 * the shipped replica logic over its in-memory store; each answer parsed with the message schema.
 */

const NOW = Date.UTC(2026, 11, 1, 9);
const hubStamp = (offsetMs: number) => formatHlc({ wallMs: NOW + offsetMs, counter: 0, node: 'hub' });
const member = (name: string, stamp: string): SyncedRow => ({
  id: 'm1', hlc: { '*': stamp }, deviceId: 'other', deleted: false,
  name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '',
  plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
});
const answer = (results: unknown[]) => results.map((result) => pushResultSchema.parse(result));
const bound = { clockLimitMs: clockLimitMs(NOW, 0) };

function machine(): MemoryReplicaStore {
  const store = new MemoryReplicaStore('deviceA', new HybridClock('deviceA', () => NOW));
  store.rows.set('members/m1', { table: 'members', row: member('Old', hubStamp(-60_000)) });
  return store;
}

describe('settling a push answer', () => {
  it('keeps a change the hub applied after refusing an earlier one of the same record', async () => {
    const store = machine();
    store.write('members', 'm1', { memberSince: 'not a date' });
    store.write('members', 'm1', { company: 'Fabrik' });
    const copy = member('Old', hubStamp(-60_000));
    await settlePushResults(store, answer([{ mutation: 1, status: 'refused', refusal: { code: 'invalidRecord', params: { field: 'memberSince' } }, row: copy }, { mutation: 2, status: 'applied', seq: 7 }]), bound);
    expect(store.outbox).toEqual([]);
    expect(store.get('members', 'm1')).toMatchObject({ memberSince: '2024-01-01', company: 'Fabrik' });
  });

  it('leaves the local row when the hub copy cannot be read, and still settles the change', async () => {
    const store = machine();
    store.write('members', 'm1', { name: 'Local' });
    const outcome = await settlePushResults(store, answer([{ mutation: 1, status: 'refused', refusal: { code: 'kioskOnlyGuests', params: {} }, row: { ...member('Hub', hubStamp(0)), email: 42 } }]), bound);
    expect(outcome.invalidCopies).toEqual([{ table: 'members', field: 'email' }]);
    expect(store.outbox).toEqual([]);
    expect(store.get('members', 'm1')?.name).toBe('Local');
  });

  it('follows the hub copy’s stamp, but not one further ahead than the hub accepts', async () => {
    const near = machine();
    near.write('members', 'm1', { name: 'Mine' });
    await settlePushResults(near, answer([{ mutation: 1, status: 'refused', refusal: { code: 'kioskOnlyGuests', params: {} }, row: member('Hub', hubStamp(120_000)) }]), bound);
    expect(near.get('members', 'm1')?.name).toBe('Hub');
    expect(parseHlc(near.clock.now()).wallMs).toBe(NOW + 120_000);

    const far = machine();
    far.write('members', 'm1', { name: 'Mine' });
    const outcome = await settlePushResults(far, answer([{ mutation: 1, status: 'duplicate', row: member('Hub', hubStamp(3_600_000)) }]), bound);
    expect(outcome.clockHeldBack).toBe(1);
    expect(parseHlc(far.clock.now()).wallMs).toBe(NOW);
  });
});
