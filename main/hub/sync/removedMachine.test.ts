/**
 * A removed machine learns that it was removed, through a real hub and real WebSockets: at
 * once while connected, and at every later connection attempt, distinct from a token the hub
 * never knew (which stays a 401 at the upgrade).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeCodes } from '@core/sync/closeCodes';
import { setHubLogSink } from '../hubLog';
import type { RunningHub } from '../hubService';
import { REMOVED_MESSAGE } from './removedMachine';
import { pair, pairingCode, startTestHub, SyncConnection } from './syncTestClient';

let hub: RunningHub;
let stop: () => Promise<void>;
let host: { deviceId: string; token: string };
let log: string[];

beforeEach(async () => {
  log = [];
  setHubLogSink((line) => log.push(line));
  ({ hub, stop } = await startTestHub());
  host = await pair(hub, hub.firstHostCode?.code ?? '', 'Host desk');
});
afterEach(async () => {
  setHubLogSink(null);
  await stop();
});

async function revoke(deviceId: string): Promise<void> {
  const response = await fetch(`${hub.url}/api/devices/${deviceId}/revoke`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` } });
  expect(response.status).toBe(200);
}

describe('a machine a host removed', () => {
  it('is told at once while connected: an error frame with code removed, then the close code removed', async () => {
    const kiosk = await pair(hub, await pairingCode(hub, host.token, 'kiosk'), 'Reception');
    const connection = await SyncConnection.open(hub, kiosk.token);
    connection.send({ type: 'hello', protocol: 1, lastSeq: 0 });
    await connection.next('welcome');
    await revoke(kiosk.deviceId);
    expect(await connection.next('error')).toEqual({ type: 'error', code: 'removed', message: REMOVED_MESSAGE });
    expect((await connection.waitClosed()).code).toBe(closeCodes.removed);
    expect(log.some((line) => line.includes(` device.removed deviceId=${kiosk.deviceId} by=${host.deviceId}`))).toBe(true);
  });

  it('is told again at every later attempt (the upgrade is accepted to say so), and each attempt is logged without the token', async () => {
    const wall = await pair(hub, await pairingCode(hub, host.token, 'wall'), 'Wall');
    await revoke(wall.deviceId);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const connection = await SyncConnection.open(hub, wall.token);
      connection.send({ type: 'hello', protocol: 1, lastSeq: 0 });
      expect((await connection.waitClosed()).code).toBe(closeCodes.removed);
      expect(connection.messages).toEqual([{ type: 'error', code: 'removed', message: REMOVED_MESSAGE }]);
    }
    const attempts = log.filter((line) => line.includes(` device.removedConnect deviceId=${wall.deviceId}`));
    // Rate-limited per machine: a machine retrying in a loop cannot flood the log.
    expect(attempts.length).toBeGreaterThan(0);
    expect(attempts.length).toBeLessThan(5);
    expect(log.join('\n')).not.toContain(wall.token);
  });

  it('answers a token it never issued with 401 at the upgrade, not with removed', async () => {
    await expect(SyncConnection.open(hub, 'a'.repeat(43))).rejects.toThrow(/401/);
    // A paired machine is unaffected.
    const connection = await SyncConnection.open(hub, host.token);
    connection.send({ type: 'hello', protocol: 1, lastSeq: 0 });
    expect(await connection.next('welcome')).toMatchObject({ role: 'host' });
    connection.close();
  });
});
