import { readFile } from 'node:fs/promises';
import { Agent, get, Server } from 'node:http';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { HubStartupError } from './hubStartupError';
import { startHubServer, type RunningHubServer } from './server';
import { makeTempDir, occupyPort, rawRequest, writeFakeRenderer } from './testSupport';

const packageVersion = (JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

describe('startHubServer', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const started: RunningHubServer[] = [];
  const start = async (port = 0): Promise<RunningHubServer> => {
    const hub = await startHubServer({ host: '127.0.0.1', port, rendererDir: temp.dir });
    started.push(hub);
    return hub;
  };

  beforeAll(async () => {
    temp = await makeTempDir('server');
    await writeFakeRenderer(temp.dir);
  });
  afterEach(async () => {
    await Promise.all(started.splice(0).map((hub) => hub.close()));
  });
  afterAll(async () => {
    await temp.remove();
  });

  it('binds a free port for 0 and reports it in the URL', async () => {
    const hub = await start();
    expect(hub.port).toBeGreaterThan(0);
    expect(hub.url).toBe(`http://127.0.0.1:${hub.port}`);
    expect(hub.server).toBeInstanceOf(Server);
    expect(hub.server.listening).toBe(true);
  });

  it('answers /healthz with ok, the package version and the start time', async () => {
    const before = Date.now();
    const hub = await start();
    const response = await fetch(`${hub.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const body = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['ok', 'startedAt', 'version']);
    expect(body.ok).toBe(true);
    expect(body.version).toBe(packageVersion);
    const startedAt = Date.parse(String(body.startedAt));
    expect(new Date(startedAt).toISOString()).toBe(body.startedAt);
    expect(startedAt).toBeGreaterThanOrEqual(before - 1000);
  });

  it('answers /healthz with a query string too, and refuses POST', async () => {
    const hub = await start();
    expect((await rawRequest(hub.port, '/healthz?probe=1')).status).toBe(200);
    expect((await rawRequest(hub.port, '/healthz', 'POST')).status).toBe(405);
  });

  it('turns a busy port into a plain sentence', async () => {
    const blocker = await occupyPort();
    try {
      const failure = start(blocker.port);
      await expect(failure).rejects.toBeInstanceOf(HubStartupError);
      await expect(failure).rejects.toThrow(
        `Port ${blocker.port} is already in use. Stop the other program or choose another port with --port.`,
      );
    } finally {
      await new Promise((resolve) => blocker.server.close(resolve));
    }
  });

  it('closes promptly despite an idle keep-alive connection, and only once', async () => {
    const hub = await start();
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      get(`${hub.url}/healthz`, { agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      }).on('error', reject);
    });
    const begin = Date.now();
    const first = hub.close();
    expect(hub.close()).toBe(first);
    await first;
    expect(Date.now() - begin).toBeLessThan(1000);
    expect(hub.server.listening).toBe(false);
    await expect(fetch(`${hub.url}/healthz`)).rejects.toThrow();
    agent.destroy();
  });
});
