import { createServer } from 'node:net';
import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';
import type { HubStatus } from '@core/ipcContract';
import type { HubOptions, RunningHub } from './hub/hubService';
import { HubStartupError } from './hub/hubStartupError';

/**
 * "This machine runs the hub": the hub service inside the desktop app's main process. It follows
 * the saved setting (started at app start, started or stopped when a host flips the switch,
 * stopped before the app quits) and announces itself on the network so other machines find it.
 * Everything it touches is injected, so the whole life cycle is tested without sockets.
 */

/** The hub's usual port, then a few neighbours: a fixed address lets paired machines find it again. */
export const HUB_PORT = 4870;
const PORT_ATTEMPTS = 10;
/** Every network card, so tablets and TVs on the LAN can reach it. */
export const HUB_HOST = '0.0.0.0';

export interface EmbeddedHubDeps {
  startHub(options: HubOptions): Promise<Pick<RunningHub, 'url' | 'port' | 'firstHostCode' | 'close'>>;
  advertise(options: { port: number; name: string | null; version: string }): { stop(): Promise<void> };
  dataDir: string;
  rendererDir: string;
  version: string;
  /** The hub's name as the host set it, when known; the announcement falls back to "Landhub hub". */
  hubName?: () => string | null;
  isPortFree(port: number, host: string): Promise<boolean>;
  /** This machine's IPv4 addresses on the local network. */
  lanAddresses(): string[];
  /** Paired machines, from the hub's /healthz; null when it does not answer. */
  countDevices(url: string): Promise<number | null>;
  now?: () => Date;
  log(message: string, error?: unknown): void;
}

export interface EmbeddedHub {
  /** Starts or stops the hub to match the setting. Never throws: a failure is in `problem`. */
  apply(shouldRun: boolean): Promise<HubStatus>;
  status(): Promise<HubStatus>;
  stop(): Promise<void>;
}

interface Running {
  hub: Awaited<ReturnType<EmbeddedHubDeps['startHub']>>;
  advert: { stop(): Promise<void> } | null;
  firstHostCode: { code: string; expiresAt: string } | null;
}

export function describeStartFailure(error: unknown): string {
  const detail = error instanceof HubStartupError ? error.message : `Something went wrong (${error instanceof Error ? error.message : String(error)}).`;
  return `The hub could not start on this machine. ${detail}`;
}

export async function choosePort(isPortFree: (port: number) => Promise<boolean>): Promise<number> {
  for (let port = HUB_PORT; port < HUB_PORT + PORT_ATTEMPTS; port += 1) {
    if (await isPortFree(port)) return port;
  }
  return 0;
}

export function createEmbeddedHub(deps: EmbeddedHubDeps): EmbeddedHub {
  const now = deps.now ?? (() => new Date());
  let running: Running | null = null;
  let problem: string | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work, work);
    queue = result.catch(() => undefined);
    return result;
  };

  async function start(): Promise<void> {
    const port = await choosePort((candidate) => deps.isPortFree(candidate, HUB_HOST));
    const hub = await deps.startHub({ port, host: HUB_HOST, dataDir: deps.dataDir, rendererDir: deps.rendererDir, now });
    let advert: Running['advert'] = null;
    try {
      advert = deps.advertise({ port: hub.port, name: deps.hubName?.() ?? null, version: deps.version });
    } catch (error) {
      // Without the announcement the hub still works; addresses can be typed in by hand.
      deps.log('The hub runs, but could not announce itself on the local network.', error);
    }
    running = { hub, advert, firstHostCode: hub.firstHostCode };
  }

  async function stop(): Promise<void> {
    const current = running;
    if (current === null) return;
    running = null;
    await current.advert?.stop().catch((error: unknown) => { deps.log('Could not withdraw the hub announcement.', error); });
    await current.hub.close().catch((error: unknown) => { deps.log('The hub did not close cleanly.', error); });
  }

  async function firstHostCode(current: Running): Promise<string | null> {
    const code = current.firstHostCode;
    if (code === null) return null;
    const used = Date.parse(code.expiresAt) <= now().getTime() || ((await deps.countDevices(current.hub.url)) ?? 0) > 0;
    if (!used) return code.code;
    current.firstHostCode = null;
    return null;
  }

  async function status(): Promise<HubStatus> {
    const current = running;
    if (current === null) return { running: false, url: null, lanUrls: [], firstHostCode: null, problem };
    return {
      running: true,
      url: current.hub.url,
      lanUrls: deps.lanAddresses().map((address) => `http://${address}:${current.hub.port}`).slice(0, 16),
      firstHostCode: await firstHostCode(current),
      problem: null,
    };
  }

  return {
    apply: (shouldRun) => serially(async () => {
      problem = null;
      if (!shouldRun) await stop();
      else if (running === null) {
        try {
          await start();
        } catch (error) {
          problem = describeStartFailure(error);
          deps.log(problem, error);
        }
      }
      return status();
    }),
    status: () => serially(status),
    stop: () => serially(stop),
  };
}

/** Quitting waits for the hub to finish its transaction and close its sockets. */
export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  quit(): void;
}

export function stopHubBeforeQuit(app: QuittingApp, hub: Pick<EmbeddedHub, 'stop'>, log: (message: string, error: unknown) => void): void {
  let phase: 'running' | 'stopping' | 'stopped' = 'running';
  app.on('before-quit', (event) => {
    if (phase === 'stopped') return;
    event.preventDefault();
    if (phase === 'stopping') return;
    phase = 'stopping';
    hub.stop()
      .catch((error: unknown) => { log('The hub did not stop cleanly.', error); })
      .finally(() => {
        phase = 'stopped';
        app.quit();
      });
  });
}

/** IPv4 addresses other machines can reach: not loopback, not link-local (169.254.x.x). */
export function lanAddressesOf(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  const addresses = Object.values(interfaces).flatMap((list) => list ?? [])
    .filter((info) => info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.'))
    .map((info) => info.address);
  return [...new Set(addresses)];
}

export function isPortFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => { resolve(false); });
    probe.listen({ port, host, exclusive: true }, () => {
      probe.close(() => { resolve(true); });
    });
  });
}

export async function countDevicesOverHttp(url: string): Promise<number | null> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null || !('deviceCount' in body)) return null;
    return typeof body.deviceCount === 'number' ? body.deviceCount : null;
  } catch {
    return null;
  }
}

/** The real system calls, for main.ts. */
export const nodeHubSystem = {
  isPortFree,
  lanAddresses: () => lanAddressesOf(networkInterfaces()),
  countDevices: countDevicesOverHttp,
} satisfies Pick<EmbeddedHubDeps, 'isPortFree' | 'lanAddresses' | 'countDevices'>;
