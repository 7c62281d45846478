import { createServer } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  choosePort,
  countDevicesOverHttp,
  createEmbeddedHub,
  describeStartFailure,
  HUB_HOST,
  HUB_PORT,
  isPortFree,
  lanAddressesOf,
  stopHubBeforeQuit,
  type EmbeddedHubDeps,
} from './embeddedHub';
import { startHub } from './hub/hubService';
import { HubStartupError } from './hub/hubStartupError';
import { makeTempDir, writeFakeRenderer } from './hub/testSupport';

const now = () => new Date('2025-06-02T08:00:00.000Z');

function fakeDeps(overrides: Partial<EmbeddedHubDeps> = {}) {
  const close = vi.fn(() => Promise.resolve());
  const countDevices = vi.fn((_url: string) => Promise.resolve<number | null>(0));
  const advertStop = vi.fn(() => Promise.resolve());
  const deps = {
    startHub: vi.fn((options: { port: number }) => Promise.resolve({
      url: `http://127.0.0.1:${options.port}`,
      port: options.port,
      firstHostCode: { code: '12345678', expiresAt: '2025-06-03T08:00:00.000Z' },
      close,
    })),
    advertise: vi.fn(() => ({ stop: advertStop })),
    dataDir: '/data/hub',
    rendererDir: '/app/dist/renderer',
    version: '0.1.0',
    isPortFree: vi.fn((port: number) => Promise.resolve(port !== HUB_PORT)),
    lanAddresses: () => ['192.168.1.20'],
    countDevices,
    now,
    log: vi.fn(),
    ...overrides,
  } satisfies EmbeddedHubDeps;
  return { deps, close, advertStop, countDevices, hub: createEmbeddedHub(deps) };
}

describe('createEmbeddedHub', () => {
  it('starts on every network card, next to a busy 4870, and announces itself', async () => {
    const { deps, hub } = fakeDeps();
    const status = await hub.apply(true);
    expect(deps.startHub).toHaveBeenCalledWith({ port: HUB_PORT + 1, host: HUB_HOST, dataDir: '/data/hub', rendererDir: '/app/dist/renderer', now });
    expect(deps.advertise).toHaveBeenCalledWith({ port: HUB_PORT + 1, name: null, version: '0.1.0' });
    expect(status).toEqual({
      running: true,
      url: 'http://127.0.0.1:4871',
      lanUrls: ['http://192.168.1.20:4871'],
      firstHostCode: '12345678',
      problem: null,
    });
  });

  it('starts once however often it is asked, and stops once', async () => {
    const { deps, hub, close, advertStop } = fakeDeps();
    await Promise.all([hub.apply(true), hub.apply(true)]);
    expect(deps.startHub).toHaveBeenCalledOnce();
    const stopped = await hub.apply(false);
    expect(stopped).toEqual({ running: false, url: null, lanUrls: [], firstHostCode: null, problem: null });
    await hub.apply(false);
    await hub.stop();
    expect(close).toHaveBeenCalledOnce();
    expect(advertStop).toHaveBeenCalledOnce();
  });

  it('starts again after a stop, as when the host switches it off and on', async () => {
    const { deps, hub } = fakeDeps();
    await hub.apply(true);
    await hub.apply(false);
    expect((await hub.apply(true)).running).toBe(true);
    expect(deps.startHub).toHaveBeenCalledTimes(2);
  });

  it('reports a failed start in plain words, and tries again when asked', async () => {
    const startHubMock = vi.fn()
      .mockRejectedValueOnce(new HubStartupError('The hub\'s database at /data/hub/hub.sqlite cannot be opened.'))
      .mockResolvedValue({ url: 'http://127.0.0.1:4871', port: 4871, firstHostCode: null, close: () => Promise.resolve() });
    const { deps, hub } = fakeDeps({ startHub: startHubMock });
    const failed = await hub.apply(true);
    expect(failed).toMatchObject({ running: false, problem: 'The hub could not start on this machine. The hub\'s database at /data/hub/hub.sqlite cannot be opened.' });
    expect(await hub.status()).toMatchObject({ problem: failed.problem });
    expect(deps.log).toHaveBeenCalledWith(failed.problem, expect.any(HubStartupError));
    expect(await hub.apply(true)).toMatchObject({ running: true, problem: null });
  });

  it('keeps the hub running when the network announcement fails', async () => {
    const { deps, hub } = fakeDeps({ advertise: () => { throw new Error('EACCES'); } });
    expect((await hub.apply(true)).running).toBe(true);
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('could not announce'), expect.any(Error));
    await hub.stop();
  });

  it('hides the first-host code once a machine is paired or the code expired', async () => {
    const paired = fakeDeps();
    await paired.hub.apply(true);
    paired.countDevices.mockResolvedValue(1);
    expect((await paired.hub.status()).firstHostCode).toBeNull();
    paired.countDevices.mockResolvedValue(0);
    expect((await paired.hub.status()).firstHostCode).toBeNull();

    const expired = fakeDeps({ now: () => new Date('2025-06-04T00:00:00.000Z') });
    expect((await expired.hub.apply(true)).firstHostCode).toBeNull();
  });

  it('closes the hub even when the announcement cannot be withdrawn', async () => {
    const { deps, hub, close } = fakeDeps({ advertise: () => ({ stop: () => Promise.reject(new Error('socket gone')) }) });
    await hub.apply(true);
    await hub.stop();
    expect(close).toHaveBeenCalledOnce();
    expect(deps.log).toHaveBeenCalledWith(expect.stringContaining('announcement'), expect.any(Error));
  });
});

describe('describeStartFailure', () => {
  it('keeps an operator sentence and wraps anything else', () => {
    expect(describeStartFailure(new HubStartupError('Port 4870 is already in use.'))).toBe('The hub could not start on this machine. Port 4870 is already in use.');
    expect(describeStartFailure(new Error('boom'))).toBe('The hub could not start on this machine. Something went wrong (boom).');
  });
});

describe('choosePort', () => {
  it('takes 4870, else a neighbour, else any free port', async () => {
    expect(await choosePort(() => Promise.resolve(true))).toBe(HUB_PORT);
    expect(await choosePort((port) => Promise.resolve(port > HUB_PORT + 2))).toBe(HUB_PORT + 3);
    expect(await choosePort(() => Promise.resolve(false))).toBe(0);
  });
});

describe('stopHubBeforeQuit', () => {
  it('holds the quit until the hub is closed, then quits once', async () => {
    const listeners: ((event: { preventDefault(): void }) => void)[] = [];
    let finishStop: () => void = () => undefined;
    const stop = vi.fn(() => new Promise<void>((resolve) => { finishStop = resolve; }));
    const app = {
      on: (_event: 'before-quit', listener: (event: { preventDefault(): void }) => void) => listeners.push(listener),
      quit: vi.fn(() => {
        const event = { preventDefault: vi.fn() };
        for (const listener of listeners) listener(event);
        expect(event.preventDefault).not.toHaveBeenCalled();
      }),
    };
    stopHubBeforeQuit(app, { stop }, vi.fn());
    const first = { preventDefault: vi.fn() };
    listeners[0]!(first);
    listeners[0]!({ preventDefault: vi.fn() });
    expect(first.preventDefault).toHaveBeenCalled();
    expect(stop).toHaveBeenCalledOnce();
    expect(app.quit).not.toHaveBeenCalled();
    finishStop();
    await vi.waitFor(() => { expect(app.quit).toHaveBeenCalledOnce(); });
  });
});

describe('lanAddressesOf', () => {
  it('lists reachable IPv4 addresses once', () => {
    const info = (address: string, internal = false) => ({ address, family: 'IPv4' as const, internal, netmask: '', mac: '', cidr: null });
    const v6 = { address: 'fe80::1', family: 'IPv6' as const, internal: false, netmask: '', mac: '', cidr: null, scopeid: 2 };
    expect(lanAddressesOf({
      lo: [info('127.0.0.1', true)],
      eth0: [info('192.168.1.20'), v6],
      wlan0: [info('169.254.3.4'), info('192.168.1.20'), info('10.0.0.7')],
      none: undefined,
    })).toEqual(['192.168.1.20', '10.0.0.7']);
  });
});

describe('with the real hub, on loopback', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('isPortFree tells a taken port from a free one', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => { taken.listen(0, '127.0.0.1', resolve); });
    cleanups.push(() => new Promise((resolve) => { taken.close(() => { resolve(); }); }));
    const address = taken.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    expect(await isPortFree(address.port, '127.0.0.1')).toBe(false);
  });

  it('runs the hub, shows its first-host code until a host pairs, and stops it', async () => {
    const temp = await makeTempDir('embedded');
    cleanups.push(temp.remove);
    await writeFakeRenderer(temp.dir);
    const advertise = vi.fn(() => ({ stop: () => Promise.resolve() }));
    const hub = createEmbeddedHub({
      startHub,
      advertise,
      dataDir: `${temp.dir}/hub`,
      rendererDir: temp.dir,
      version: '0.1.0',
      // Any free port: the test must not take 4870 from a hub someone is running.
      isPortFree: () => Promise.resolve(false),
      lanAddresses: () => [],
      countDevices: countDevicesOverHttp,
      log: vi.fn(),
    });
    cleanups.push(() => hub.stop());
    const status = await hub.apply(true);
    expect(status.running).toBe(true);
    expect(status.firstHostCode).toMatch(/^\d{8}$/);
    const response = await fetch(`${status.url ?? ''}/api/pair`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: status.firstHostCode, name: 'Host desk', deviceId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }),
    });
    expect(response.status).toBe(200);
    expect((await hub.status()).firstHostCode).toBeNull();
    await hub.apply(false);
    await expect(fetch(`${status.url ?? ''}/healthz`)).rejects.toThrow();
  });
});
