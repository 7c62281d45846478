import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCodes } from '@core/sync/closeCodes';
import { HUB_DATABASE_FILE } from '../hubService';
import { killHubProcesses, TEST_TIMEOUT_MS } from '../hubProcessSupport';
import { makeTempDir } from '../testSupport';
import { healthOf, startPairedHubProcess, type PairedHubProcess } from './pairedHubProcess';
import { pair, pairingCode, SyncConnection } from './syncTestClient';
import { checkInChange, checkInPush } from './testPushes';

/**
 * One connection's fault stays that connection's: the real hub process, a frame that used to
 * overflow the stack and end the process, and a store another program holds locked.
 */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let hub: PairedHubProcess;

beforeEach(async () => {
  temp = await makeTempDir('connfaults');
  hub = await startPairedHubProcess(temp.dir);
});
afterEach(async () => {
  killHubProcesses();
  await temp.remove();
});

const stillRunning = () => hub.process.child.exitCode === null && hub.process.child.signalCode === null;

async function hostPushesAndPulls(mutation: number): Promise<void> {
  const host = await SyncConnection.greeted(hub, hub.host.token);
  const recordId = checkInChange(hub.host.deviceId, 0).recordId;
  host.send(checkInPush(hub.host.deviceId, mutation, recordId));
  const [result] = (await host.next('pushResult')).results;
  expect(result).toMatchObject({ status: 'applied' });
  host.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
  expect((await host.next('changes')).records.map((record) => record.row.id)).toContain(recordId);
  host.close();
}

describe('the hub process with one faulty connection', () => {
  it('closes a wall display that sends a deeply nested frame, and keeps serving the others', async () => {
    const wall = await pair(hub, await pairingCode(hub, hub.host.token, 'wall'), 'Wall in the café');
    const deep = `{"type":"push","mutations":[{"mutation":1,"change":{"table":"members","recordId":"m1","fields":{"bio":${'['.repeat(2000)}${']'.repeat(2000)}},"hlc":"0001700000000-000000-a","deviceId":"${wall.deviceId}"}}]}`;
    expect(deep.length).toBeGreaterThan(4000);
    for (const greet of [true, false]) {
      const connection = greet ? await SyncConnection.greeted(hub, wall.token) : await SyncConnection.open(hub, wall.token);
      connection.send(deep);
      expect((await connection.waitClosed()).code).toBe(closeCodes.invalidMessage);
      expect(connection.messages.find((message) => message.type === 'error')).toMatchObject({ code: 'invalidMessage', message: expect.stringMatching(/nested deeper/) as unknown });
    }
    expect(stillRunning()).toBe(true);
    expect(await healthOf(hub.url)).toMatchObject({ status: 200, body: { ok: true, latestSeq: 0 } });
    await hostPushesAndPulls(1);
    expect(hub.process.stderr()).toMatch(/sync\.closed device=\S+ role=wall code=invalidMessage closeCode=1003/);
  }, TEST_TIMEOUT_MS);

  it('closes connections that cannot write while another program locks the store, says so in /healthz, and recovers', async () => {
    const listener = await SyncConnection.greeted(hub, hub.host.token);
    const intruder = new Database(join(hub.dataDir, HUB_DATABASE_FILE));
    intruder.exec('BEGIN EXCLUSIVE');
    try {
      // An API request that writes (a pairing code) fails alone, and /healthz says why.
      const code = await fetch(`${hub.url}/api/pairing-codes`, { method: 'POST', body: JSON.stringify({ role: 'kiosk' }), headers: { Authorization: `Bearer ${hub.host.token}` } });
      expect(code.status).toBe(500);
      expect((await healthOf(hub.url)).status).toBe(503);

      // Connection set-up writes (last seen): this one is closed, the process is not.
      const blocked = await SyncConnection.open(hub, hub.host.token);
      expect((await blocked.waitClosed(10_000)).code).toBe(closeCodes.hubError);
      expect(blocked.messages).toContainEqual(expect.objectContaining({ type: 'error', code: 'hubError' }));

      const failing = await healthOf(hub.url);
      expect(failing.status).toBe(503);
      expect(failing.body.ok).toBe(false);
      expect(failing.body.reason).toMatch(/cannot write its database .*another program holds a lock on it \(SQLITE_BUSY\)/);

      // What needs no write is still served to the machine already connected.
      listener.send({ type: 'pull', sinceSeq: 0, limit: 10 });
      expect(await listener.next('changes')).toMatchObject({ records: [], latestSeq: 0 });
      listener.send(checkInPush(hub.host.deviceId, 1));
      expect((await listener.waitClosed(10_000)).code).toBe(closeCodes.hubError);
      expect(stillRunning()).toBe(true);
    } finally {
      intruder.exec('ROLLBACK');
      intruder.close();
    }

    // The next successful write (a machine connecting again) clears the failure.
    await hostPushesAndPulls(2);
    expect(await healthOf(hub.url)).toMatchObject({ status: 200, body: { ok: true, latestSeq: 1 } });
    expect(hub.process.stderr()).toMatch(/store\.failing code=SQLITE_BUSY/);
    expect(hub.process.stderr()).toMatch(/sync\.hubError device=\S+ role=host code=SQLITE_BUSY/);
    expect(hub.process.stderr()).toMatch(/store\.recovered code=SQLITE_BUSY/);
  }, TEST_TIMEOUT_MS);
});
