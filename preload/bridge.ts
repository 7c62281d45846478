import type { z } from 'zod';
import { ipcContract, isIpcChannel, type IpcArgs, type IpcChannel, type IpcResult, type LandhubBridge } from '@core/ipcContract';

/** ipcRenderer.invoke, narrowed to what the bridge needs (and what tests can fake). */
export type InvokeFn = (channel: IpcChannel, ...args: unknown[]) => Promise<unknown>;

/** The contract seen per channel, so TypeScript can follow one channel's result type. */
type ResultContract = { [C in IpcChannel]: { result: z.ZodType<IpcResult<C>> } };
const resultContract: ResultContract = ipcContract;

/**
 * The whole surface the renderer gets. It forwards only the contract's channels (a preload
 * that forwards any channel hands the page every handler in the main process), and checks
 * the answer against the contract so the page can trust the types it is given.
 */
export function createBridge(invoke: InvokeFn): LandhubBridge {
  return Object.freeze({
    async invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
      if (!isIpcChannel(channel)) {
        throw new Error(`Landhub has no request called "${String(channel)}".`);
      }
      return resultContract[channel].result.parse(await invoke(channel, ...args));
    },
  });
}
