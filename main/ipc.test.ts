import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels, type DeviceConfig } from '@core/ipcContract';
import type { DeviceRole } from '@core/deviceRole';
import type { IpcHandlers } from '@core/ipcDispatch';
import { dispatchFromRenderer, registerIpc, senderUrlOf } from './ipc';
import { createIpcHandlers } from './ipcHandlers';
import type { DeviceConfigChange, DeviceConfigStore } from './deviceConfigStore';
import type { EmbeddedHub } from './embeddedHub';
import type { HubTokenStore } from './hubTokenStore';

const electron = vi.hoisted(() => ({
  ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
}));
vi.mock('electron', () => electron);

const appUrl = 'app://landhub/index.html';
const config: DeviceConfig = { deviceId: 'device-1', role: 'host', language: 'da', runsHub: false };
const stopped = { running: false, url: null, lanUrls: [], firstHostCode: null, problem: null };
const hubToken = 'Zm9vYmFyYmF6cXV4cXV1eC10b2tlbi0xMjM0NTY3ODkw';

function fakeHandlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  return {
    'device:getConfig': () => config,
    'device:setRole': (role) => ({ ...config, role }),
    'device:setLanguage': (language) => Promise.resolve({ ...config, language }),
    'app:getInfo': () => ({ version: '0.1.0', shell: 'electron', platform: 'linux' }),
    'app:notify': () => true,
    'hub:discover': () => [],
    'secrets:setHubToken': () => ({ stored: true }),
    'secrets:getHubToken': () => null,
    'hub:runHere': () => stopped,
    'hub:status': () => stopped,
    ...overrides,
  };
}

describe('dispatchFromRenderer', () => {
  it('runs the handler for a good call from the app', async () => {
    await expect(dispatchFromRenderer(fakeHandlers(), 'device:getConfig', appUrl, [])).resolves.toEqual(config);
    await expect(dispatchFromRenderer(fakeHandlers(), 'device:setRole', appUrl, ['kiosk'])).resolves.toEqual({ ...config, role: 'kiosk' });
    await expect(dispatchFromRenderer(fakeHandlers(), 'device:setLanguage', appUrl, ['en'])).resolves.toEqual({ ...config, language: 'en' });
  });

  it.each(['device:deleteEverything', '', '__proto__', 'constructor', 'toString'])('refuses the unknown channel %j', async (channel) => {
    await expect(dispatchFromRenderer(fakeHandlers(), channel, appUrl, [])).rejects.toThrow('Landhub has no request called');
  });

  it.each([null, undefined, 'https://evil.example/', 'app://landhub.evil/', 'file:///index.html', 'http://localhost:5173/'])(
    'refuses calls from %s',
    async (senderUrl) => {
      const handler = vi.fn(() => config);
      await expect(dispatchFromRenderer(fakeHandlers({ 'device:getConfig': handler }), 'device:getConfig', senderUrl, []))
        .rejects.toThrow('did not come from the Landhub app');
      expect(handler).not.toHaveBeenCalled();
    },
  );

  it.each([
    ['device:setRole', ['admin']],
    ['device:setRole', []],
    ['device:setRole', ['kiosk', 'extra']],
    ['device:setRole', [{ toString: (): string => 'kiosk' }]],
    ['device:setLanguage', ['fr']],
    ['device:getConfig', ['unexpected']],
    ['hub:runHere', ['yes']],
    ['hub:runHere', []],
    ['secrets:setHubToken', ['short']],
    ['secrets:setHubToken', [`${hubToken}\n`]],
    ['secrets:setHubToken', [42]],
    ['hub:discover', [3000]],
  ] as const)('refuses %s with arguments %j', async (channel, args) => {
    const setRole = vi.fn((role: DeviceRole) => ({ ...config, role }));
    await expect(dispatchFromRenderer(fakeHandlers({ 'device:setRole': setRole }), channel, appUrl, args))
      .rejects.toThrow('the request did not have the expected values');
    expect(setRole).not.toHaveBeenCalled();
  });

  it('refuses to pass on an answer that breaks the contract', async () => {
    const leaky = fakeHandlers({ 'device:getConfig': () => ({ ...config, secret: 'token' }) });
    await expect(dispatchFromRenderer(leaky, 'device:getConfig', appUrl, [])).rejects.toThrow('the answer was not in the expected form');
  });

  it('lets only well-formed hubs and statuses out', async () => {
    const odd = fakeHandlers({
      'hub:discover': () => [{ name: 'Hub', url: 'file:///etc/passwd', version: null }],
      'hub:status': () => ({ ...stopped, firstHostCode: '12 34' }),
    });
    await expect(dispatchFromRenderer(odd, 'hub:discover', appUrl, [])).rejects.toThrow('the answer was not in the expected form');
    await expect(dispatchFromRenderer(odd, 'hub:status', appUrl, [])).rejects.toThrow('the answer was not in the expected form');
    const good = fakeHandlers({ 'hub:discover': () => [{ name: 'Hub', url: 'http://192.168.1.20:4870', version: '0.1.0' }] });
    await expect(dispatchFromRenderer(good, 'hub:discover', appUrl, [])).resolves.toHaveLength(1);
    await expect(dispatchFromRenderer(good, 'secrets:setHubToken', appUrl, [hubToken])).resolves.toEqual({ stored: true });
    await expect(dispatchFromRenderer(good, 'secrets:setHubToken', appUrl, [null])).resolves.toEqual({ stored: true });
  });

  it('passes handler failures on', async () => {
    const failing = fakeHandlers({ 'device:setLanguage': () => Promise.reject(new Error('Disk full')) });
    await expect(dispatchFromRenderer(failing, 'device:setLanguage', appUrl, ['de'])).rejects.toThrow('Disk full');
  });
});

describe('senderUrlOf', () => {
  it('reads the frame URL', () => {
    expect(senderUrlOf({ senderFrame: null })).toBeNull();
  });

  it('treats a disposed frame as no sender', () => {
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed');
      },
    };
    expect(senderUrlOf(disposed)).toBeNull();
  });
});

describe('registerIpc', () => {
  beforeEach(() => {
    electron.ipcMain.handle.mockReset();
    electron.ipcMain.removeHandler.mockReset();
  });

  it('registers one handler per channel and removes them again', async () => {
    const unregister = registerIpc(fakeHandlers());
    const registered = electron.ipcMain.handle.mock.calls.map((call: unknown[]) => call[0]);
    expect(registered).toEqual(ipcChannels);

    const listener = electron.ipcMain.handle.mock.calls[0]![1] as (event: unknown, ...args: unknown[]) => Promise<unknown>;
    await expect(listener({ senderFrame: { url: appUrl } })).resolves.toEqual(config);
    await expect(listener({ senderFrame: { url: 'https://evil.example/' } })).rejects.toThrow();

    unregister();
    expect(electron.ipcMain.removeHandler.mock.calls.map((call: unknown[]) => call[0])).toEqual(ipcChannels);
  });
});

describe('createIpcHandlers', () => {
  function fakeStore(initial: DeviceConfig): DeviceConfigStore {
    let current = initial;
    return {
      current: () => current,
      update: (change: DeviceConfigChange) => {
        current = { ...current, ...change };
        return Promise.resolve(current);
      },
    };
  }

  function setup(initial: DeviceConfig = { deviceId: 'device-1', role: null, language: null, runsHub: false }) {
    const roleChanged = vi.fn();
    const showNotification = vi.fn(() => true);
    const store = fakeStore(initial);
    const setToken = vi.fn((_token: string | null) => Promise.resolve({ stored: true }));
    const hubTokens: HubTokenStore = { set: setToken, get: () => Promise.resolve(hubToken) };
    const running = { ...stopped, running: true, url: 'http://127.0.0.1:4870' };
    const applyHub = vi.fn((runs: boolean) => Promise.resolve(runs ? running : stopped));
    const embeddedHub: Pick<EmbeddedHub, 'apply' | 'status'> = { apply: applyHub, status: () => Promise.resolve(stopped) };
    const discoverHubs = vi.fn(() => Promise.resolve([{ name: 'Landhub hub', url: 'http://192.168.1.20:4870', version: '0.1.0' }]));
    const handlers = createIpcHandlers({
      store,
      roleChanged,
      showNotification,
      appInfo: () => ({ version: '1.2.3', shell: 'electron', platform: 'win32' }),
      discoverHubs,
      hubTokens,
      embeddedHub,
    });
    return { handlers, roleChanged, showNotification, store, setToken, applyHub, discoverHubs, running };
  }

  it('returns the current config', async () => {
    const { handlers } = setup();
    expect(await handlers['device:getConfig']()).toEqual({ deviceId: 'device-1', role: null, language: null, runsHub: false });
  });

  it('saves a new role and reopens the window for it', async () => {
    const { handlers, roleChanged, store } = setup();
    expect(await handlers['device:setRole']('kiosk')).toEqual({ deviceId: 'device-1', role: 'kiosk', language: null, runsHub: false });
    expect(store.current().role).toBe('kiosk');
    expect(roleChanged).toHaveBeenCalledWith('kiosk');
  });

  it('does not reopen the window when the role stays the same', async () => {
    const { handlers, roleChanged } = setup({ deviceId: 'device-1', role: 'wall', language: null, runsHub: false });
    await handlers['device:setRole']('wall');
    expect(roleChanged).not.toHaveBeenCalled();
  });

  it('saves the language', async () => {
    const { handlers, store } = setup();
    expect(await handlers['device:setLanguage']('de')).toMatchObject({ language: 'de' });
    expect(store.current().language).toBe('de');
  });

  it('describes the app', async () => {
    const { handlers } = setup();
    expect(await handlers['app:getInfo']()).toEqual({ version: '1.2.3', shell: 'electron', platform: 'win32' });
  });

  it('passes notifications to the system', async () => {
    const { handlers, showNotification } = setup();
    expect(await handlers['app:notify']({ title: 'Guest', body: 'Anna is here' })).toBe(true);
    expect(showNotification).toHaveBeenCalledWith({ title: 'Guest', body: 'Anna is here' });
  });

  it('saves "this machine runs the hub" before starting or stopping it', async () => {
    const { handlers, store, applyHub, running } = setup();
    expect(await handlers['hub:runHere'](true)).toEqual(running);
    expect(store.current().runsHub).toBe(true);
    expect(applyHub).toHaveBeenLastCalledWith(true);
    expect(await handlers['hub:runHere'](false)).toEqual(stopped);
    expect(store.current().runsHub).toBe(false);
    expect(await handlers['hub:status']()).toEqual(stopped);
  });

  it('hands token storage and discovery to their services', async () => {
    const { handlers, setToken, discoverHubs } = setup();
    expect(await handlers['secrets:setHubToken'](hubToken)).toEqual({ stored: true });
    expect(setToken).toHaveBeenCalledWith(hubToken);
    expect(await handlers['secrets:getHubToken']()).toBe(hubToken);
    expect(await handlers['hub:discover']()).toHaveLength(1);
    expect(discoverHubs).toHaveBeenCalledOnce();
  });
});
