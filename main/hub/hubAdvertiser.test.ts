import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServiceConfig } from 'bonjour-service';
import {
  advertiseHub,
  browseHubs,
  discoverHubs,
  hubFromService,
  hubInstanceName,
  hubsFromServices,
  hubTxtRecord,
  preferredAddress,
  type BrowserLike,
  type CreateMdns,
  type ServiceLike,
} from './hubAdvertiser';

/** Stands in for bonjour-service: records what would go on the network, sends nothing. */
class FakeBrowser extends EventEmitter implements BrowserLike {
  services: ServiceLike[] = [];
  update = vi.fn();
  stop = vi.fn();
  announce(services: ServiceLike[]): void {
    this.services = services;
    this.emit('up');
  }
}

function fakeMdns() {
  const browser = new FakeBrowser();
  const published: ServiceConfig[] = [];
  const calls: string[] = [];
  const mdns = {
    publish: (config: ServiceConfig) => {
      published.push(config);
      return {};
    },
    find: vi.fn(() => browser),
    unpublishAll: (callback: () => void) => {
      calls.push('unpublishAll');
      callback();
    },
    destroy: (callback?: () => void) => {
      calls.push('destroy');
      callback?.();
    },
  };
  const createMdns: CreateMdns = vi.fn(() => mdns);
  return { createMdns, browser, published, calls, mdns };
}

const hub = (overrides: Partial<ServiceLike> = {}): ServiceLike => ({
  name: 'Landhub hub',
  port: 4870,
  addresses: ['192.168.1.20'],
  txt: { version: '0.1.0', path: '/' },
  ...overrides,
});

describe('hubInstanceName', () => {
  it('uses the hub name, or "Landhub hub" without one', () => {
    expect(hubInstanceName('Coworking Ærø')).toBe('Coworking Ærø');
    expect(hubInstanceName(null)).toBe('Landhub hub');
    expect(hubInstanceName('  \n ')).toBe('Landhub hub');
  });

  it('keeps a name one DNS label: no dots or control characters, at most 63 bytes', () => {
    expect(hubInstanceName('hub.example\u0000 x')).toBe('hub example x');
    const long = hubInstanceName('Grünhöfe '.repeat(20));
    expect(Buffer.byteLength(long, 'utf8')).toBeLessThanOrEqual(63);
    expect(long.startsWith('Grünhöfe Grünhöfe')).toBe(true);
    expect(long).not.toMatch(/\s$/);
  });
});

describe('hubTxtRecord', () => {
  it('carries the version and the path', () => {
    expect(hubTxtRecord('1.2.3')).toEqual({ version: '1.2.3', path: '/' });
  });
});

describe('preferredAddress', () => {
  it('prefers IPv4, and the address the answer came from', () => {
    expect(preferredAddress(['fd00::20', '192.168.1.20'], undefined)).toBe('192.168.1.20');
    expect(preferredAddress(['10.0.0.5', '192.168.1.20'], '192.168.1.20')).toBe('192.168.1.20');
    expect(preferredAddress(['10.0.0.5'], 'fe80::1')).toBe('10.0.0.5');
  });

  it('falls back to routable IPv6, never link-local or garbage', () => {
    expect(preferredAddress(['fe80::1', 'fd00::20'], undefined)).toBe('fd00::20');
    expect(preferredAddress(['fe80::1', 'not-an-ip'], undefined)).toBeNull();
  });
});

describe('hubFromService', () => {
  it('turns an announcement into a hub to pair with', () => {
    expect(hubFromService(hub())).toEqual({ name: 'Landhub hub', url: 'http://192.168.1.20:4870', version: '0.1.0' });
    expect(hubFromService(hub({ addresses: ['fd00::20'] }))?.url).toBe('http://[fd00::20]:4870');
  });

  it('drops announcements without a usable address or port, and odd versions', () => {
    expect(hubFromService(hub({ addresses: [] }))).toBeNull();
    expect(hubFromService(hub({ port: 0 }))).toBeNull();
    expect(hubFromService(hub({ port: undefined }))).toBeNull();
    expect(hubFromService(hub({ txt: { version: '<script>' } }))?.version).toBeNull();
    expect(hubFromService(hub({ txt: { version: 'a b' } }))?.version).toBeNull();
    expect(hubFromService(hub({ txt: undefined }))?.version).toBeNull();
    expect(hubFromService(hub({ txt: { version: 3 } }))?.version).toBeNull();
  });
});

describe('hubsFromServices', () => {
  it('lists a hub heard twice or on two addresses once, sorted by name', () => {
    const hubs = hubsFromServices([
      hub({ name: 'Zebra hub', addresses: ['192.168.1.30'] }),
      hub({ addresses: ['192.168.1.20', 'fd00::20'] }),
      hub({ addresses: ['fd00::20', '192.168.1.20'], referer: { address: '192.168.1.20' } }),
      hub({ addresses: [] }),
    ]);
    expect(hubs.map((found) => found.url)).toEqual(['http://192.168.1.20:4870', 'http://192.168.1.30:4870']);
  });
});

describe('advertiseHub', () => {
  it('publishes _landhub._tcp with name, port and TXT, and says goodbye once on stop', async () => {
    const fake = fakeMdns();
    const advert = advertiseHub({ port: 4871, name: 'Hub Nord', version: '0.1.0' }, { createMdns: fake.createMdns });
    expect(fake.published).toEqual([{ name: 'Hub Nord', type: 'landhub', protocol: 'tcp', port: 4871, txt: { version: '0.1.0', path: '/' } }]);
    await Promise.all([advert.stop(), advert.stop()]);
    expect(fake.calls).toEqual(['unpublishAll', 'destroy']);
  });

  it('passes socket errors to the handler instead of crashing', () => {
    const fake = fakeMdns();
    const onError = vi.fn();
    advertiseHub({ port: 4870, version: '0.1.0' }, { createMdns: fake.createMdns, onError });
    expect(fake.createMdns).toHaveBeenCalledWith(onError);
    expect(fake.published[0]?.name).toBe('Landhub hub');
  });
});

describe('browseHubs and discoverHubs', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports changes only, asks again every second, and stops after the duration', () => {
    const fake = fakeMdns();
    const onChange = vi.fn();
    browseHubs(onChange, 3_000, { createMdns: fake.createMdns });
    expect(fake.mdns.find).toHaveBeenCalledWith({ type: 'landhub', protocol: 'tcp' });
    fake.browser.announce([hub()]);
    fake.browser.announce([hub()]);
    expect(onChange).toHaveBeenCalledTimes(1);
    fake.browser.services = [];
    fake.browser.emit('down');
    expect(onChange).toHaveBeenLastCalledWith([]);
    vi.advanceTimersByTime(2_500);
    expect(fake.browser.update).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1_000);
    expect(fake.browser.stop).toHaveBeenCalledOnce();
    expect(fake.calls).toEqual(['destroy']);
    const asked = fake.browser.update.mock.calls.length;
    vi.advanceTimersByTime(5_000);
    expect(fake.browser.update).toHaveBeenCalledTimes(asked);
  });

  it('discovers what was heard within the time', async () => {
    const fake = fakeMdns();
    const found = discoverHubs(3_000, { createMdns: fake.createMdns });
    fake.browser.announce([hub(), hub({ name: 'Second', addresses: ['192.168.1.21'] })]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect((await found).map((entry) => entry.name)).toEqual(['Landhub hub', 'Second']);
    expect(fake.browser.stop).toHaveBeenCalledOnce();
  });
});
