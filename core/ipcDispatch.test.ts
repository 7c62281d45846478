import { describe, expect, it, vi } from 'vitest';
import type { IpcChannel } from './ipcContract';
import { checkedBridge, dispatchIpc, type IpcRunner } from './ipcDispatch';

const config = { deviceId: 'd1', role: 'kiosk', language: 'da', runsHub: false };

describe('the one IPC dispatch', () => {
  it('runs a request whose arguments and answer keep the contract', async () => {
    const run = vi.fn<IpcRunner>(() => Promise.resolve(config));
    await expect(checkedBridge(run).invoke('device:setRole', 'kiosk')).resolves.toEqual(config);
    expect(run).toHaveBeenCalledWith('device:setRole', ['kiosk']);
  });

  it('refuses arguments the contract does not allow before anything runs', async () => {
    const run = vi.fn<IpcRunner>(() => Promise.resolve(config));
    await expect(dispatchIpc('device:setRole', ['admin'], run)).rejects.toThrow('the request did not have the expected values');
    await expect(dispatchIpc('device:getConfig', ['extra'], run)).rejects.toThrow('the request did not have the expected values');
    await expect(dispatchIpc('__proto__', [], run)).rejects.toThrow('Landhub has no request called');
    await expect(checkedBridge(run).invoke('ipc:anything' as IpcChannel)).rejects.toThrow('Landhub has no request called');
    expect(run).not.toHaveBeenCalled();
  });

  it('refuses an answer the contract does not allow', async () => {
    const leaky = checkedBridge(() => Promise.resolve({ ...config, secret: 'x' }));
    await expect(leaky.invoke('device:getConfig')).rejects.toThrow('the answer was not in the expected form');
    await expect(checkedBridge(() => 'yes').invoke('app:notify', { title: 'Hi', body: '' })).rejects.toThrow('the answer was not in the expected form');
  });
});
