import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { formatHlc, hlcNodeFromDeviceId, MAX_CLOCK_AHEAD_MS, parseHlc } from '@core/hlc';
import { newId } from '@core/ids';
import { HUB_DATABASE_FILE, startHub, type RunningHub } from '../../../../main/hub/hubService';
import { makeTempDir, writeFakeRenderer } from '../../../../main/hub/testSupport';
import type { DataContext } from '../dataContext';
import { addMember } from '../memberRepo';
import { openTestContext } from '../testContext';
import { createPairingCode } from './hubDevices';
import { pairThisMachine } from './pairing';
import { SyncClient } from './syncClient';
import { readCheckpoint } from './syncSettings';
import { testSyncServices } from './testSyncServices';
import type { SyncStatus } from './syncTypes';
import { eventually, memberProfile } from '../testSupport';

/**
 * A machine that meets a bad record on the hub skips it, reports it and keeps syncing: a real
 * hub on loopback whose store holds records written behind its back (an older hub's data, a
 * damaged file), and a real Dexie on fake-indexeddb.
 */

const memberRow = (id: string, stamp: string, fields: Record<string, unknown>) => ({
  id, hlc: { '*': stamp }, deviceId: 'old-hub-device', deleted: false,
  ...memberProfile('Placeholder'), active: true, cardToken: null, pinHash: null, ...fields,
});

let hub: RunningHub;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
const clients: SyncClient[] = [];
const contexts: DataContext[] = [];
const services = testSyncServices();

/** Writes a row straight into the hub's store with the next seq, as no sync engine would. */
function writeBehindTheHub(table: string, row: Record<string, unknown>): number {
  const db = new Database(`${temp.dir}/data/${HUB_DATABASE_FILE}`);
  try {
    return db.transaction(() => {
      db.prepare("UPDATE counters SET value = value + 1 WHERE name = 'seq'").run();
      const { value } = db.prepare<[], { value: number }>("SELECT value FROM counters WHERE name = 'seq'").get() ?? { value: 0 };
      db.prepare('INSERT INTO records (table_name, id, seq, deleted, row_json) VALUES (?, ?, ?, 0, ?)').run(table, String(row.id), value, JSON.stringify(row));
      return value;
    })();
  } finally {
    db.close();
  }
}

beforeEach(async () => {
  vi.stubGlobal('WebSocket', NodeWebSocket);
  temp = await makeTempDir('bad-records');
  await writeFakeRenderer(`${temp.dir}/renderer`);
  hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, rendererDir: `${temp.dir}/renderer` });
});
afterEach(async () => {
  services.stopAll();
  for (const client of clients.splice(0)) client.stop();
  for (const context of contexts.splice(0)) context.db.close();
  await hub.close();
  await temp.remove();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('a machine meeting bad records from the hub', () => {
  it('skips each bad record, stores the rest, moves its checkpoint past them and says so', async () => {
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = await openTestContext({ deviceId: crypto.randomUUID() });
    contexts.push(host);
    const hostSync = services.of(host);
    await pairThisMachine(hostSync, { hubUrl: hub.url, code: hub.firstHostCode!.code, deviceName: 'Host desk' });
    await addMember(host, memberProfile('Before'));
    await eventually(() => host.db.outbox.count(), (count) => count === 0);

    const stamp = formatHlc({ wallMs: Date.now(), counter: 0, node: 'oldhub' });
    const farFuture = formatHlc({ wallMs: Date.now() + 365 * 24 * 3_600_000, counter: 0, node: 'oldhub' });
    writeBehindTheHub('guests', { id: newId(), hlc: { '*': stamp }, deviceId: 'old-hub-device', deleted: 'poison' });
    writeBehindTheHub('members', memberRow(newId(), stamp, { email: 42 }));
    writeBehindTheHub('members', memberRow(newId(), stamp, { nickname: 'x'.repeat(1000) }));
    writeBehindTheHub('checkIns', { id: newId(), hlc: { '*': 'yesterday' }, deviceId: 'old-hub-device', deleted: false });
    const futureId = newId();
    writeBehindTheHub('members', memberRow(futureId, farFuture, { name: 'From the future' }));
    await addMember(host, memberProfile('After'));
    await eventually(() => host.db.outbox.count(), (count) => count === 0);

    // A second machine downloads everything, page by page, through the bad records.
    const response = await fetch(`${hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code: (await createPairingCode(hostSync, 'host')).code, name: 'Second desk', deviceId: crypto.randomUUID() }) });
    const { token, deviceId } = (await response.json()) as { token: string; deviceId: string };
    const second = await openTestContext({ deviceId });
    contexts.push(second);
    const status: Partial<SyncStatus>[] = [];
    const client = new SyncClient({ context: second, settings: { hubUrl: hub.url, token, role: 'host', deviceName: 'Second desk', pairedAt: new Date().toISOString() }, onStatus: (change) => status.push(change) });
    clients.push(client);
    client.start();

    const names = await eventually(async () => (await second.db.members.toArray()).map((member) => member.name).sort(), (list) => list.includes('After'));
    expect(names).toEqual(['After', 'Before', 'From the future']);
    expect(await second.db.guests.count()).toBe(0);
    expect(await second.db.checkIns.count()).toBe(0);
    const latest = (await (await fetch(`${hub.url}/healthz`)).json()) as { latestSeq: number };
    expect(await readCheckpoint(second)).toBe(latest.latestSeq);

    const reported = status.flatMap((change) => (change.skippedRecords ? [change.skippedRecords] : [])).at(-1);
    expect(reported?.count).toBe(4);
    expect(warnings).toHaveBeenCalled();

    // Its clock did not follow the stamp a year ahead, so the hub still takes its changes.
    expect(parseHlc(second.clock.current()).wallMs).toBeLessThan(Date.now() + MAX_CLOCK_AHEAD_MS);
    await addMember(second, memberProfile('Written after'));
    await eventually(() => second.db.outbox.count(), (count) => count === 0);
    expect(status.some((change) => change.lastRefusal)).toBe(false);
    await eventually(async () => (await host.db.members.toArray()).some((member) => member.name === 'Written after'), Boolean);
    expect(hlcNodeFromDeviceId(deviceId)).toBe(parseHlc(second.clock.current()).node);
  });
});
