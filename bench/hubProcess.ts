import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { generateDemoHub, type DemoHub, type DemoHubOptions } from '@core/demo/demoHub';
import { HybridClock } from '@core/hlc';
import { newId } from '@core/ids';
import type { TableName } from '@core/schemas';
import { hubDeviceSchema, pairAnswerSchema } from '@core/sync/hubDevice';
import { HUB_DATABASE_FILE } from '../main/hub/hubService';
import { createSqliteHubStore, openHubSqlite } from '../main/hub/sync/sqliteHubStore';
import { seedHubStore } from '../main/hub/sync/seedStore';
import { HUB_NODE } from '../main/hub/sync/syncEngine';
import { ROOT } from './benchSite';

/**
 * A real hub for the sync bench: the `npm run hub` CLI in a process of its own (as on a real
 * hub machine, so its JSON work does not share the orchestrator's event loop), on a data folder
 * filled beforehand.
 */
const LISTENING = /Landhub hub listening on (http:\/\/\S+)/;
const FIRST_HOST_CODE = /one-time code: (\d{4}) (\d{4})/;
const START_TIMEOUT_MS = 60_000;

export interface HubFill {
  records: number;
  latestSeq: number;
  perTable: Partial<Record<TableName, number>>;
  generateMs: number;
  writeMs: number;
}

export interface BenchHub {
  url: string;
  firstHostCode: string;
  stop(): Promise<void>;
}

/**
 * Fills a new hub store with a generated hub, as `npm run demo` does (main/hub/sync/seedStore.ts);
 * `extend` may add records to it first (say, hundreds of projects for the wall).
 */
export function fillHubStore(dataDir: string, options: DemoHubOptions, extend: (demo: DemoHub) => DemoHub = (demo) => demo): HubFill {
  const started = performance.now();
  const demo = extend(generateDemoHub(options));
  const generateMs = performance.now() - started;
  const db = openHubSqlite(join(dataDir, HUB_DATABASE_FILE));
  try {
    const store = createSqliteHubStore(db);
    const writeStarted = performance.now();
    const perTable: HubFill['perTable'] = seedHubStore(store, demo, new HybridClock(HUB_NODE));
    const records = Object.values(perTable).reduce((sum, count) => sum + count, 0);
    return { records, latestSeq: store.latestSeq(), perTable, generateMs, writeMs: performance.now() - writeStarted };
  } finally {
    db.close();
  }
}

export async function newDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'landhub-bench-hub-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts the hub CLI on a free port; `stop()` sends SIGTERM to its process group and waits.
 * `clockOffsetMs`: the hub's wall clock runs shifted, through the e2e tests' harness
 * (tests/e2e/support/hubAtShiftedClock.ts), so no hub code knows of it.
 */
export async function startHubProcess(dataDir: string, rendererDir: string, options: { clockOffsetMs?: number } = {}): Promise<BenchHub> {
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const entry = options.clockOffsetMs === undefined ? 'main/hub/cli.ts' : 'tests/e2e/support/hubAtShiftedClock.ts';
  const args = [entry, '--port', '0', '--host', '127.0.0.1', '--data', dataDir, '--renderer', rendererDir];
  const env = { ...process.env, LANDHUB_E2E_CLOCK_OFFSET_MS: String(options.clockOffsetMs ?? 0) };
  const child = spawn(tsx, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  const exited = new Promise<void>((resolve) => { child.once('exit', () => { resolve(); }); });
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
    await exited;
  };
  let output = '';
  try {
    const found = await new Promise<{ url: string; code: string }>((resolve, reject) => {
      const timer = setTimeout(() => { reject(new Error(`The hub did not start within ${START_TIMEOUT_MS} ms:\n${output}`)); }, START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const url = LISTENING.exec(output)?.[1];
        const code = FIRST_HOST_CODE.exec(output);
        if (url && code?.[1] && code[2]) {
          clearTimeout(timer);
          resolve({ url: url.replace(/\/$/, ''), code: code[1] + code[2] });
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (status) => {
        clearTimeout(timer);
        reject(new Error(`The hub exited (${String(status)}) before listening:\n${output}`));
      });
    });
    return { url: found.url, firstHostCode: found.code, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function api<T>(url: string, path: string, answer: z.ZodType<T>, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await fetch(`${url}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return answer.parse(await response.json());
}

/** A host desk the bench itself plays (never connects to /sync), to create pairing codes. */
export async function pairBenchHost(url: string, firstHostCode: string): Promise<string> {
  const paired = await api(url, '/api/pair', pairAnswerSchema, { method: 'POST', body: { code: firstHostCode, name: 'Bench host desk', deviceId: newId() } });
  return paired.token;
}

export async function createPairingCode(url: string, hostToken: string, role: 'host' | 'kiosk' | 'wall'): Promise<string> {
  return (await api(url, '/api/pairing-codes', z.object({ code: z.string() }), { method: 'POST', token: hostToken, body: { role } })).code;
}

export async function ackedSeqOf(url: string, hostToken: string, deviceName: string): Promise<number | null> {
  const { devices } = await api(url, '/api/devices', z.object({ devices: z.array(hubDeviceSchema) }), { token: hostToken });
  return devices.find((device) => device.name === deviceName)?.ackedSeq ?? null;
}
