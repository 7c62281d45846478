import type { IpcChannel, LandhubBridge } from '@core/ipcContract';
import { checkedBridge } from '@core/ipcDispatch';

/** ipcRenderer.invoke, narrowed to what the bridge needs (and what tests can fake). */
export type InvokeFn = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

/**
 * The whole surface the renderer gets. It forwards only the contract's channels (a preload
 * that forwards any channel hands the page every handler in the main process), checks what it
 * forwards, and checks the answer so the page can trust the types it is given.
 */
export function createBridge(invoke: InvokeFn): LandhubBridge {
  return checkedBridge((channel, args) => invoke(channel, ...args));
}
