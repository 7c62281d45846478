import { EventEmitter } from 'node:events';
import { isIPv4, isIPv6 } from 'node:net';
import { Bonjour, type BrowserConfig, type ServiceConfig } from 'bonjour-service';

/**
 * The hub on the local network over mDNS/DNS-SD (`_landhub._tcp`): the machine that runs the
 * hub announces itself, and a new machine lists what it hears so nobody has to type an address.
 * Plain Node (the headless hub may use it too). Everything that decides is a pure function here;
 * the multicast socket only exists behind `createMdns`, which tests replace.
 */

export const HUB_SERVICE_TYPE = 'landhub';
export const DEFAULT_HUB_NAME = 'Landhub hub';
const MAX_INSTANCE_NAME_BYTES = 63;
const MAX_LISTED_NAME_CHARS = 100;
const DEFAULT_DISCOVERY_MS = 3_000;
const REQUERY_MS = 1_000;

export interface FoundHub {
  name: string;
  url: string;
  version: string | null;
}

/** The few members of a bonjour-service Service the mapping reads. */
export interface ServiceLike {
  name?: string;
  fqdn?: string;
  port?: number;
  addresses?: string[];
  referer?: { address: string };
  txt?: unknown;
}

export interface PublishedLike {
  stop?: CallableFunction;
}

export interface BrowserLike {
  readonly services: ServiceLike[];
  on(event: 'up' | 'down' | 'txt-update' | 'srv-update', listener: () => void): unknown;
  update(): void;
  stop(): void;
}

/** The part of a Bonjour instance used here. */
export interface MdnsLike {
  publish(config: ServiceConfig): PublishedLike;
  find(config: BrowserConfig): BrowserLike;
  unpublishAll(callback: () => void): void;
  destroy(callback?: () => void): void;
}

export type CreateMdns = (onError: (error: unknown) => void) => MdnsLike;

/**
 * The real thing. bonjour-service's own default for socket errors (port 5353 taken, no
 * permission) is to throw from an event handler, which would bring the whole app down, so both
 * its error callback and the multicast socket's 'error' event are routed to `onError`.
 */
export const createBonjourMdns: CreateMdns = (onError) => {
  const bonjour = new Bonjour({}, onError);
  // The socket is not public API; if a later version moves it, this guard simply finds nothing.
  const server: unknown = bonjour['server'];
  const socket = typeof server === 'object' && server !== null && 'mdns' in server ? server.mdns : null;
  if (socket instanceof EventEmitter) socket.on('error', onError);
  return bonjour;
};

/** A DNS-SD instance name: one label of at most 63 bytes, no dots (the browser splits on them). */
export function hubInstanceName(name: string | null | undefined): string {
  const cleaned = (name ?? '').replace(/[\p{Cc}.]+/gu, ' ').replace(/\s+/g, ' ').trim();
  let result = '';
  for (const char of cleaned) {
    if (Buffer.byteLength(result + char, 'utf8') > MAX_INSTANCE_NAME_BYTES) break;
    result += char;
  }
  return result.trim() === '' ? DEFAULT_HUB_NAME : result.trim();
}

export function hubTxtRecord(version: string): Record<string, string> {
  return { version, path: '/' };
}

function txtVersion(txt: unknown): string | null {
  if (typeof txt !== 'object' || txt === null || !('version' in txt)) return null;
  const version = txt.version;
  if (typeof version !== 'string') return null;
  const trimmed = version.trim();
  return /^[0-9A-Za-z.+-]{1,40}$/.test(trimmed) ? trimmed : null;
}

/** Link-local IPv6 needs a zone id, which a URL cannot carry in a browser. */
function isUsableIPv6(address: string): boolean {
  return isIPv6(address) && !/^fe[89ab]/i.test(address);
}

/**
 * Which address to reach a hub at. IPv4 first (every LAN has it; v6 addresses change and are
 * awkward to read aloud), and among those the one the answer came from, which we know routes.
 */
export function preferredAddress(addresses: readonly string[], refererAddress: string | undefined): string | null {
  const candidates = refererAddress === undefined ? [...addresses] : [refererAddress, ...addresses];
  return candidates.find((address) => isIPv4(address))
    ?? candidates.find(isUsableIPv6)
    ?? null;
}

export function hubFromService(service: ServiceLike): FoundHub | null {
  const port = service.port;
  if (port === undefined || !Number.isInteger(port) || port < 1 || port > 65_535) return null;
  const address = preferredAddress(service.addresses ?? [], service.referer?.address);
  if (address === null) return null;
  const host = isIPv6(address) ? `[${address}]` : address;
  const name = hubInstanceName(service.name).slice(0, MAX_LISTED_NAME_CHARS);
  return { name, url: `http://${host}:${port}`, version: txtVersion(service.txt) };
}

/** One entry per address: a hub answering on two network cards, or seen twice, is listed once. */
export function hubsFromServices(services: readonly ServiceLike[]): FoundHub[] {
  const byUrl = new Map<string, FoundHub>();
  for (const service of services) {
    const hub = hubFromService(service);
    if (hub !== null && !byUrl.has(hub.url)) byUrl.set(hub.url, hub);
  }
  return [...byUrl.values()].sort((a, b) => a.name.localeCompare(b.name) || a.url.localeCompare(b.url));
}

export interface AdvertiseOptions {
  port: number;
  name?: string | null;
  version: string;
}

export interface AdvertiserDeps {
  createMdns?: CreateMdns;
  onError?: (error: unknown) => void;
}

const logError = (error: unknown): void => {
  console.error('Landhub could not use the local network to announce or find hubs', error);
};

export function advertiseHub(options: AdvertiseOptions, deps: AdvertiserDeps = {}): { stop(): Promise<void> } {
  const mdns = (deps.createMdns ?? createBonjourMdns)(deps.onError ?? logError);
  mdns.publish({
    name: hubInstanceName(options.name),
    type: HUB_SERVICE_TYPE,
    protocol: 'tcp',
    port: options.port,
    txt: hubTxtRecord(options.version),
  });
  let stopped: Promise<void> | undefined;
  return {
    // Goodbye packets first, so other machines drop the hub at once instead of after the TTL.
    stop: () => (stopped ??= new Promise<void>((resolve) => {
      mdns.unpublishAll(() => {
        mdns.destroy(() => {
          resolve();
        });
      });
    })),
  };
}

export function browseHubs(onChange: (hubs: FoundHub[]) => void, durationMs?: number, deps: AdvertiserDeps = {}): { stop(): void } {
  const mdns = (deps.createMdns ?? createBonjourMdns)(deps.onError ?? logError);
  const browser = mdns.find({ type: HUB_SERVICE_TYPE, protocol: 'tcp' });
  let last = '';
  const report = (): void => {
    const hubs = hubsFromServices(browser.services);
    const key = JSON.stringify(hubs);
    if (key === last) return;
    last = key;
    onChange(hubs);
  };
  for (const event of ['up', 'down', 'txt-update', 'srv-update'] as const) browser.on(event, report);
  // A single multicast query is easily lost on a busy Wi-Fi; asking again costs nothing.
  const requery = setInterval(() => { browser.update(); }, REQUERY_MS);
  const timer = durationMs === undefined ? undefined : setTimeout(() => { stop(); }, durationMs);
  let stopped = false;
  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearInterval(requery);
    clearTimeout(timer);
    browser.stop();
    mdns.destroy();
  }
  return { stop };
}

/** Listens for `durationMs` and answers with every hub heard in that time. */
export function discoverHubs(durationMs = DEFAULT_DISCOVERY_MS, deps: AdvertiserDeps = {}): Promise<FoundHub[]> {
  return new Promise((resolve) => {
    let found: FoundHub[] = [];
    const browsing = browseHubs((hubs) => { found = hubs; }, undefined, deps);
    setTimeout(() => {
      browsing.stop();
      resolve(found);
    }, durationMs);
  });
}
