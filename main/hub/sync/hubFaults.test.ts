import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { formatHlc } from '@core/hlc';
import { newId } from '@core/ids';
import type { HubMessage } from '@core/sync/messages';
import { HUB_DATABASE_FILE } from '../hubService';
import { killHubProcesses, runHub, TEST_TIMEOUT_MS, waitForListening, type HubProcess } from '../hubProcessSupport';
import { makeTempDir, writeFakeRenderer } from '../testSupport';
import { hubSocketUrl, syncProtocols } from '@core/sync/protocol';

/** The real hub process, killed with SIGKILL in the middle of a large push and started again. */

const BATCHES = 40;
const PER_BATCH = 250;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
const args = () => ['--host', '127.0.0.1', '--port', '0', '--data', join(temp.dir, 'data'), '--renderer', join(temp.dir, 'renderer')];

beforeEach(async () => {
  temp = await makeTempDir('faults');
  await writeFakeRenderer(join(temp.dir, 'renderer'));
});
afterEach(async () => {
  killHubProcesses();
  await temp.remove();
});

async function startAndPair(): Promise<{ process: HubProcess; url: string; token: string; deviceId: string }> {
  const process = runHub(args());
  const { url } = await waitForListening(process);
  const code = /one-time code: (\d{4}) (\d{4})/.exec(process.stdout());
  const response = await fetch(`${url}/api/pair`, { method: 'POST', body: JSON.stringify({ code: `${code?.[1] ?? ''}${code?.[2] ?? ''}`, name: 'Host', deviceId: newId() }) });
  const paired = (await response.json()) as { token: string; deviceId: string };
  return { process, url, ...paired };
}

function connect(url: string, token: string): Promise<WebSocket> {
  const socket = new WebSocket(hubSocketUrl(url), syncProtocols(token));
  return new Promise((resolve, reject) => {
    socket.once('open', () => {
      socket.send(JSON.stringify({ type: 'hello', protocol: 1, lastSeq: 0 }));
      resolve(socket);
    });
    socket.once('error', reject);
  });
}

function batch(deviceId: string, index: number) {
  const node = deviceId.replace(/-/g, '');
  return {
    type: 'push',
    mutations: Array.from({ length: PER_BATCH }, (_, offset) => {
      const mutation = index * PER_BATCH + offset + 1;
      return {
        mutation,
        change: {
          table: 'checkIns', recordId: `checkin-${String(mutation).padStart(6, '0')}`, deviceId,
          hlc: formatHlc({ wallMs: Date.now(), counter: mutation, node }),
          fields: { memberId: 'member-1', kind: 'in', at: new Date().toISOString(), method: 'scanner', bookingId: null },
        },
      };
    }),
  };
}

describe('the hub process under faults', () => {
  it('loses nothing it acknowledged and applies nothing twice when killed mid-push', async () => {
    const first = await startAndPair();
    const socket = await connect(first.url, first.token);
    const acknowledged = new Set<number>();
    const killed = new Promise<void>((resolve) => {
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as HubMessage;
        if (message.type !== 'pushResult') return;
        for (const result of message.results) if (result.status === 'applied') acknowledged.add(result.mutation);
        // Pull the plug once a few batches are in, while more are still arriving.
        if (acknowledged.size >= 3 * PER_BATCH && first.process.child.pid !== undefined) {
          process.kill(-first.process.child.pid, 'SIGKILL');
          resolve();
        }
      });
    });
    for (let index = 0; index < BATCHES; index++) socket.send(JSON.stringify(batch(first.deviceId, index)));
    await killed;
    await first.process.exited;
    socket.terminate();
    expect(acknowledged.size).toBeLessThan(BATCHES * PER_BATCH);

    // Restart on the same data: the pairing survives; every acknowledged change is there.
    const second = runHub(args());
    const { url } = await waitForListening(second);
    const again = await connect(url, first.token);
    const answers: HubMessage[] = [];
    again.on('message', (data: Buffer) => answers.push(JSON.parse(data.toString('utf8')) as HubMessage));
    const until = async <T extends HubMessage['type']>(type: T) => {
      for (;;) {
        const index = answers.findIndex((message) => message.type === type);
        if (index >= 0) return answers.splice(index, 1)[0] as Extract<HubMessage, { type: T }>;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const stored = new Set<string>();
    for (let since = 0, more = true; more;) {
      again.send(JSON.stringify({ type: 'pull', sinceSeq: since, limit: 1000 }));
      const page = await until('changes');
      for (const record of page.records) stored.add(record.row.id);
      since = page.records.at(-1)?.seq ?? since;
      more = page.more;
    }
    for (const mutation of acknowledged) expect(stored.has(`checkin-${String(mutation).padStart(6, '0')}`)).toBe(true);

    // The device retries everything: what the hub already had is a duplicate, the rest applies once.
    let applied = 0;
    let duplicates = 0;
    for (let index = 0; index < BATCHES; index++) {
      again.send(JSON.stringify(batch(first.deviceId, index)));
      for (const result of (await until('pushResult')).results) {
        if (result.status === 'applied') applied++;
        if (result.status === 'duplicate') duplicates++;
      }
    }
    expect(duplicates).toBe(stored.size);
    expect(applied + duplicates).toBe(BATCHES * PER_BATCH);
    const health = (await (await fetch(`${url}/healthz`)).json()) as { latestSeq: number };
    expect(health.latestSeq).toBe(BATCHES * PER_BATCH);
    again.close();
  }, TEST_TIMEOUT_MS * 3);

  it('refuses to start on a damaged database, in plain words', async () => {
    const first = await startAndPair();
    first.process.child.kill('SIGTERM');
    expect((await first.process.exited).code).toBe(0);
    await writeFile(join(temp.dir, 'data', HUB_DATABASE_FILE), 'this is not a database, it is a shopping list');
    const broken = runHub(args());
    const exit = await broken.exited;
    expect(exit.code).toBe(1);
    expect(broken.stderr()).toMatch(/database .* cannot be opened/);
  }, TEST_TIMEOUT_MS);
});
