import { describe, expect, it, vi } from 'vitest';
import type { IpcChannel } from '@core/ipcContract';
import { createBridge, type InvokeFn } from './bridge';

const config = { deviceId: 'device-1', role: 'kiosk', language: 'da', runsHub: false } as const;

describe('createBridge', () => {
  it('forwards contract channels with their arguments and returns the checked answer', async () => {
    const invoke = vi.fn<InvokeFn>(() => Promise.resolve(config));
    const bridge = createBridge(invoke);
    await expect(bridge.invoke('device:setRole', 'kiosk')).resolves.toEqual(config);
    expect(invoke).toHaveBeenCalledWith('device:setRole', 'kiosk');
  });

  it('refuses channels outside the contract without calling the main process', async () => {
    const invoke = vi.fn<InvokeFn>(() => Promise.resolve(null));
    const bridge = createBridge(invoke);
    // What a compromised page could try: the types forbid it, the runtime check stops it.
    for (const channel of ['shell:exec', '__proto__', 'toString', '']) {
      await expect(bridge.invoke(channel as IpcChannel)).rejects.toThrow('Landhub has no request called');
    }
    expect(invoke).not.toHaveBeenCalled();
  });

  it('rejects an answer that breaks the contract', async () => {
    const bridge = createBridge(() => Promise.resolve({ version: 1 }));
    await expect(bridge.invoke('app:getInfo')).rejects.toThrow();
  });

  it('passes main-process errors on', async () => {
    const bridge = createBridge(() => Promise.reject(new Error('Landhub refused "device:setRole"')));
    await expect(bridge.invoke('device:setRole', 'wall')).rejects.toThrow('Landhub refused');
  });

  it('exposes exactly one frozen method', () => {
    const bridge = createBridge(() => Promise.resolve(null));
    expect(Object.keys(bridge)).toEqual(['invoke']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });
});
