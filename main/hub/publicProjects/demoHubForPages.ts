/**
 * For the public pages' tests: a real hub on loopback (real HTTP and WebSockets) whose store
 * holds the seeded demo hub, a paired host desk, requests from any loopback address (each its
 * own client for the rate limits), and a hub clock a test can move on.
 */
import { request } from 'node:http';
import { join } from 'node:path';
import { generateDemoHub } from '@core/demo/demoHub';
import type { DemoHub } from '@core/demo/context';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import { seedDemoDataDir } from '../demoDataDir';
import { startHub, type RunningHub } from '../hubService';
import { makeTempDir, writeFakeRenderer } from '../testSupport';
import { pair, pairingCode, SyncConnection } from '../sync/syncTestClient';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface PairedMachine {
  deviceId: string;
  connection: SyncConnection;
  mutation: number;
}

export interface DemoHubForPages {
  hub: RunningHub;
  demo: DemoHub;
  host: PairedMachine;
  /** Moves the hub's clock on (rate limits refill). */
  later(ms: number): void;
  get(path: string, options?: { from?: string; headers?: Record<string, string> }): Promise<Answer>;
  post(path: string, body: string | Buffer, options?: { from?: string; contentType?: string; headers?: Record<string, string> }): Promise<Answer>;
  /** A machine of `role`, paired through the host's code and greeted on /sync. */
  machine(role: 'kiosk' | 'wall' | 'room', roomId?: string | null): Promise<PairedMachine>;
  push(from: PairedMachine, table: string, recordId: string, fields: Record<string, unknown>): Promise<{ status: string; refusal?: { code: string } } | undefined>;
  /** Every record the machine pulls from seq 0, page by page, as its role gets them. */
  pulled(from: PairedMachine): Promise<{ table: string; row: Record<string, unknown> }[]>;
  /** A new public project, pushed by the host, with `fields` over plain defaults. */
  project(fields?: Record<string, unknown>): Promise<string>;
  stop(): Promise<void>;
}

function send(port: number, method: string, path: string, from: string, headers: Record<string, string>, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, localAddress: from, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }); });
      res.on('error', reject);
    });
    // A hub that answers before the whole body arrived (too large) may close while we still write.
    req.on('error', (error: NodeJS.ErrnoException) => { if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error); });
    req.end(body);
  });
}

export async function startDemoHubForPages(): Promise<DemoHubForPages> {
  const temp = await makeTempDir('pages');
  const dataDir = join(temp.dir, 'data');
  const demo = generateDemoHub({ members: 48, seed: 1 });
  await seedDemoDataDir(dataDir, demo);
  await writeFakeRenderer(join(temp.dir, 'renderer'));
  let offsetMs = 0;
  const now = () => new Date(Date.now() + offsetMs);
  const hub = await startHub({ port: 0, host: '127.0.0.1', dataDir, rendererDir: join(temp.dir, 'renderer'), now });
  const code = hub.firstHostCode?.code;
  if (!code) throw new Error('a demo hub has no host yet, so it must offer a first host code');
  const paired = await pair(hub, code, 'Host desk');
  const machines: PairedMachine[] = [];
  const connect = async (deviceId: string, token: string) => {
    const machine = { deviceId, connection: await SyncConnection.greeted(hub, token), mutation: 0 };
    machines.push(machine);
    return machine;
  };
  const host = await connect(paired.deviceId, paired.token);

  const push: DemoHubForPages['push'] = async (from, table, recordId, fields) => {
    from.mutation += 1;
    const hlc = formatHlc({ wallMs: now().getTime(), counter: from.mutation, node: hlcNodeFromDeviceId(from.deviceId) });
    from.connection.send({ type: 'push', mutations: [{ mutation: from.mutation, change: { table, recordId, fields, hlc, deviceId: from.deviceId } }] });
    return (await from.connection.next('pushResult')).results[0];
  };

  return {
    hub,
    demo,
    host,
    later: (ms) => { offsetMs += ms; },
    get: (path, options = {}) => send(hub.port, 'GET', path, options.from ?? '127.0.0.1', options.headers ?? {}),
    post: (path, body, options = {}) => send(hub.port, 'POST', path, options.from ?? '127.0.0.1', {
      'Content-Type': options.contentType ?? 'application/x-www-form-urlencoded',
      'Content-Length': String(Buffer.byteLength(body)),
      ...options.headers,
    }, body),
    machine: async (role, roomId = null) => {
      const device = await pair(hub, await pairingCode(hub, paired.token, role, roomId), `A ${role}`);
      return connect(device.deviceId, device.token);
    },
    push,
    pulled: async (from) => {
      const records: { table: string; row: Record<string, unknown> }[] = [];
      for (let sinceSeq = 0, more = true; more;) {
        from.connection.send({ type: 'pull', sinceSeq, limit: 5000 });
        const page = await from.connection.next('changes');
        records.push(...page.records.map(({ table, row }) => ({ table, row })));
        sinceSeq = page.records.at(-1)?.seq ?? sinceSeq;
        more = page.more && page.records.length > 0;
      }
      return records;
    },
    project: async (fields = {}) => {
      const id = newId();
      const result = await push(host, 'projects', id, {
        title: 'Shelter by the lake', summary: '', status: 'gathering', ownerMemberId: null, wantedSkills: [], public: true, startsOn: null,
        createdAt: now().toISOString(), ...fields,
      });
      if (result?.status !== 'applied') throw new Error(`the host's project was not applied: ${JSON.stringify(result)}`);
      return id;
    },
    stop: async () => {
      for (const machine of machines) machine.connection.close();
      await hub.close();
      await temp.remove();
    },
  };
}
