import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import { epochVerdict, hubMessageSchema, MAX_PULL_LIMIT, type HubMessage } from '@core/sync/messages';
import { hubSocketUrl, SYNC_PROTOCOL_VERSION, SYNC_SUBPROTOCOL } from '@core/sync/protocol';
import { killHubProcesses, runHub, TEST_TIMEOUT_MS, waitForListening } from '../hubProcessSupport';
import { makeTempDir } from '../testSupport';
import { startPairedHubProcess, type PairedHubProcess } from './pairedHubProcess';
import { SyncConnection } from './syncTestClient';

/**
 * Backup and restore through the real hub process and the real CLI (`--backup-now` while the hub
 * runs, `--restore` once it is stopped), with a machine on a real WebSocket: after the restore
 * the hub's seqs count from an older start, the machine notices the new epoch, pulls everything
 * from seq 0 and holds what the hub holds; its unsent change is pushed and applied as usual.
 */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let hub: PairedHubProcess;

beforeEach(async () => {
  temp = await makeTempDir('restore');
  hub = await startPairedHubProcess(temp.dir);
});
afterEach(async () => {
  killHubProcesses();
  await temp.remove();
});

const member = (name: string) => ({
  name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
});

let mutation = 0;
let counter = 0;
function pushOf(deviceId: string, recordId: string, fields: Record<string, unknown>) {
  mutation += 1;
  counter += 1;
  const hlc = formatHlc({ wallMs: Date.now(), counter, node: hlcNodeFromDeviceId(deviceId) });
  return { type: 'push', mutations: [{ mutation, change: { table: 'members', recordId, fields, hlc, deviceId } }] };
}

/** This machine's view: every record by table and id, as pulled from `sinceSeq` on. */
async function pullAll(connection: SyncConnection, sinceSeq = 0): Promise<{ view: Map<string, unknown>; checkpoint: number }> {
  const view = new Map<string, unknown>();
  let checkpoint = sinceSeq;
  for (;;) {
    connection.send({ type: 'pull', sinceSeq: checkpoint, limit: MAX_PULL_LIMIT });
    const page = await connection.next('changes');
    for (const record of page.records) view.set(`${record.table}/${record.row.id}`, record.row);
    checkpoint = page.records.at(-1)?.seq ?? checkpoint;
    if (!page.more) return { view, checkpoint };
  }
}

async function welcomed(token: string, lastSeq: number): Promise<{ connection: SyncConnection; welcome: Extract<HubMessage, { type: 'welcome' }> }> {
  const connection = await SyncConnection.open(hub, token);
  connection.send({ type: 'hello', protocol: SYNC_PROTOCOL_VERSION, lastSeq });
  return { connection, welcome: await connection.next('welcome') };
}

/** A machine from before epochs: it offers no feature.epoch and parses welcome with a strict schema that has no `epoch`. */
async function oldMachineWelcome(url: string, token: string): Promise<Record<string, unknown>> {
  const socket = new WebSocket(hubSocketUrl(url), [SYNC_SUBPROTOCOL, `token.${token}`]);
  await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
  const frame = new Promise<Record<string, unknown>>((resolve) => { socket.once('message', (data: Buffer) => { resolve(JSON.parse(data.toString('utf8')) as Record<string, unknown>); }); });
  socket.send(JSON.stringify({ type: 'hello', protocol: SYNC_PROTOCOL_VERSION, lastSeq: 0 }));
  const welcome = await frame;
  socket.close();
  return welcome;
}

describe('restoring a hub from a backup', () => {
  it('gives the store a new epoch; a machine pulls from scratch, keeps its unsent change, and holds what the hub holds', async () => {
    const { token, deviceId } = hub.host;
    const before = await welcomed(token, 0);
    const epochBefore = before.welcome.epoch ?? null;
    expect(epochBefore).toMatch(/^[0-9a-f]{32}$/);
    const machine = before.connection;

    const anna = newId();
    const bo = newId();
    machine.send(pushOf(deviceId, anna, member('Anna Berg')));
    await machine.next('pushResult');
    machine.send(pushOf(deviceId, bo, member('Bo Nielsen')));
    await machine.next('pushResult');

    // Online: the hub keeps serving while the CLI backs its database up.
    const backup = runHub(['--data', hub.dataDir, '--backup-now']);
    expect((await backup.exited).code).toBe(0);
    const written = /^Backup written and checked: (\S+\.sqlite) \(.+ in \d+ ms\)\.$/m.exec(backup.stdout());
    expect(written?.[1], backup.stdout() + backup.stderr()).toContain(join(hub.dataDir, 'backups', 'hub-'));
    const backupFile = written?.[1] ?? '';

    const cem = newId();
    machine.send(pushOf(deviceId, cem, member('Cem Yilmaz')));
    await machine.next('pushResult');
    machine.send(pushOf(deviceId, anna, { name: 'Anna Berg-Holm' }));
    await machine.next('pushResult');
    const { view: viewBefore, checkpoint } = await pullAll(machine);
    expect(viewBefore.size).toBe(3);
    expect(checkpoint).toBe(4);
    machine.close();

    // A restore refuses while the hub runs on the folder.
    const refused = runHub(['--data', hub.dataDir, '--restore', backupFile]);
    expect((await refused.exited).code).toBe(1);
    expect(refused.stderr()).toMatch(/^A hub is running on .* \(process \d+, since .+\)\. Stop it first, then restore\./);

    hub.process.child.kill('SIGTERM');
    expect((await hub.process.exited).code).toBe(0);
    const restore = runHub(['--data', hub.dataDir, '--restore', backupFile]);
    expect((await restore.exited).code, restore.stderr()).toBe(0);
    expect(restore.stdout()).toMatch(/The state before the restore was backed up to .*-before-restore\.sqlite\./);

    const again = runHub(['--host', '127.0.0.1', '--port', String(hub.port), '--data', hub.dataDir, '--renderer', join(temp.dir, 'renderer')]);
    hub = { ...hub, process: again, ...(await waitForListening(again)) };

    // The machine comes back with its checkpoint and its outbox: one change made while the hub was down.
    const after = await welcomed(token, checkpoint);
    expect(after.welcome.epoch).toMatch(/^[0-9a-f]{32}$/);
    expect(epochVerdict(epochBefore, after.welcome.epoch)).toBe('startOver');
    const dana = newId();
    after.connection.send(pushOf(deviceId, dana, member('Dana Olsen')));
    expect((await after.connection.next('pushResult')).results).toEqual([expect.objectContaining({ status: 'applied' })]);
    const { view } = await pullAll(after.connection, 0);

    // The hub's own view, pulled in full by a second connection.
    const { view: hubView } = await pullAll(await SyncConnection.greeted(hub, token));
    expect(view).toEqual(hubView);
    const names = [...view.values()].map((row) => (row as { name: string }).name).sort();
    expect(names).toEqual(['Anna Berg', 'Bo Nielsen', 'Dana Olsen']);
    // Seqs went on above every seq handed out before: even a machine that ignores the epoch pulls them all again.
    const { view: sinceOldCheckpoint } = await pullAll(await SyncConnection.greeted(hub, token), checkpoint);
    expect(sinceOldCheckpoint.size).toBe(3);

    // A machine from before epochs is never sent the field its strict schema would close on.
    const old = await oldMachineWelcome(hub.url, token);
    expect(old).not.toHaveProperty('epoch');
    expect(hubMessageSchema.safeParse(old).success).toBe(true);

    const health = (await (await fetch(`${hub.url}/healthz`)).json()) as { backup?: { lastFile: string | null; failure: unknown } };
    expect(health.backup?.failure).toBeNull();
  }, TEST_TIMEOUT_MS * 2);
});
