import { describe, expect, it } from 'vitest';
import type { IpcChannel } from '@core/ipcContract';
import { createWebBridge, setupFromAddress } from './webBridge';

/** The browser's Storage interface over a Map, as Node has no localStorage. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, value); }
}

const health = () => Promise.resolve({ ok: true, version: '1.2.3' });

describe('the browser-mode bridge', () => {
  it('gives a new machine an id and no role, and keeps what it is told', async () => {
    const storage = new MemoryStorage();
    const bridge = createWebBridge(storage, health);
    const fresh = await bridge.invoke('device:getConfig');
    expect(fresh).toMatchObject({ role: null, language: null });
    expect(fresh.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    await bridge.invoke('device:setRole', 'kiosk');
    await bridge.invoke('device:setLanguage', 'de');
    const again = await createWebBridge(storage, health).invoke('device:getConfig');
    expect(again).toEqual({ deviceId: fresh.deviceId, role: 'kiosk', language: 'de', runsHub: false });
  });

  it('refuses unknown channels and invalid arguments like Electron main does', async () => {
    const bridge = createWebBridge(new MemoryStorage(), health);
    const unknown = 'device:format' as IpcChannel;
    await expect(bridge.invoke(unknown)).rejects.toThrow('Landhub has no request called');
    // A caller outside TypeScript (devtools, a compromised page) can send anything.
    const loose = bridge.invoke.bind(bridge) as (channel: string, ...args: unknown[]) => Promise<unknown>;
    await expect(loose('device:setRole', 'admin')).rejects.toThrow('the request did not have the expected values');
    await expect(loose('device:setLanguage', 'fr')).rejects.toThrow('the request did not have the expected values');
  });

  it('reads an entry saved before "runs the hub" existed', async () => {
    const storage = new MemoryStorage();
    storage.setItem('landhub.device', JSON.stringify({ deviceId: 'kept', role: 'wall', language: 'da' }));
    expect(await createWebBridge(storage, health).invoke('device:getConfig')).toEqual({ deviceId: 'kept', role: 'wall', language: 'da', runsHub: false });
  });

  it('leaves hub finding, token keeping and running a hub to the desktop app', async () => {
    const bridge = createWebBridge(new MemoryStorage(), health);
    expect(await bridge.invoke('hub:discover')).toEqual([]);
    expect(await bridge.invoke('secrets:setHubToken', 'q2B7v1bM0yq9O6y1r0c2kC6m8mPz4m3r7bS7W2cZ1xY')).toEqual({ stored: false });
    expect(await bridge.invoke('secrets:setHubToken', null)).toEqual({ stored: false });
    expect(await bridge.invoke('secrets:getHubToken')).toBeNull();
    await expect(bridge.invoke('hub:runHere', true)).rejects.toThrow('Only the desktop app can run the hub.');
    expect(await bridge.invoke('hub:status')).toEqual({ running: false, url: null, lanUrls: [], firstHostCode: null, problem: null });
    const loose = bridge.invoke.bind(bridge) as (channel: string, ...args: unknown[]) => Promise<unknown>;
    await expect(loose('hub:runHere', 'yes')).rejects.toThrow('the request did not have the expected values');
  });

  it('replaces a damaged stored entry instead of failing to start', async () => {
    const storage = new MemoryStorage();
    storage.setItem('landhub.device', '{"deviceId": 5, "role": "boss"');
    const config = await createWebBridge(storage, health).invoke('device:getConfig');
    expect(config.role).toBeNull();
    expect(typeof config.deviceId).toBe('string');
  });

  it('reports the hub version, or "dev" when the hub does not answer', async () => {
    expect(await createWebBridge(new MemoryStorage(), health).invoke('app:getInfo')).toMatchObject({ version: '1.2.3', shell: 'browser' });
    const offline = createWebBridge(new MemoryStorage(), () => Promise.reject(new Error('offline')));
    expect((await offline.invoke('app:getInfo')).version).toBe('dev');
  });
});

describe('setupFromAddress', () => {
  it('reads a role and a language from the address, ignoring anything else', () => {
    expect(setupFromAddress('?role=wall&lang=da')).toEqual({ role: 'wall', language: 'da' });
    expect(setupFromAddress('?role=root&lang=xx')).toEqual({ role: null, language: null });
    expect(setupFromAddress('')).toEqual({ role: null, language: null });
  });
});
