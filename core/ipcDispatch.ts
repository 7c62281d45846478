import type { z } from 'zod';
import { ipcContract, isIpcChannel, type IpcArgs, type IpcChannel, type IpcResult, type LandhubBridge } from './ipcContract';

/**
 * The one way a request crosses a bridge (Electron's main, the preload, browser mode): a known
 * channel, arguments as the contract says, an answer as the contract says. Each side runs the
 * request its own way; none can skip a check, and all refuse in the same plain words.
 */
export type IpcHandlers = {
  [C in IpcChannel]: (...args: IpcArgs<C>) => Promise<IpcResult<C>> | IpcResult<C>;
};

/** How one side carries out a request whose arguments have passed the contract. */
export type IpcRunner = <C extends IpcChannel>(channel: C, args: IpcArgs<C>) => unknown;

/** The contract seen per channel, so TypeScript can follow one channel's types through a call. */
type CheckedContract = {
  [C in IpcChannel]: { args: z.ZodType<IpcArgs<C>>; result: z.ZodType<IpcResult<C>> };
};
const checkedContract: CheckedContract = ipcContract;

export function unknownChannelError(channel: unknown): Error {
  return new Error(`Landhub has no request called "${String(channel)}".`);
}

/** Runs a request with the handler its channel has. */
export function runHandlers(handlers: IpcHandlers): IpcRunner {
  return (channel, args) => handlers[channel](...args);
}

/** One request on a known channel: arguments checked, then the answer. */
export async function callChecked<C extends IpcChannel>(channel: C, rawArgs: readonly unknown[], run: IpcRunner): Promise<IpcResult<C>> {
  const contract = checkedContract[channel];
  const args = contract.args.safeParse(rawArgs);
  if (!args.success) {
    throw new Error(`Landhub refused "${channel}": the request did not have the expected values.`);
  }
  const result = contract.result.safeParse(await run(channel, args.data));
  if (!result.success) {
    throw new Error(`Landhub could not answer "${channel}": the answer was not in the expected form.`);
  }
  return result.data;
}

/** A request named by whatever arrived; an unknown channel is refused before anything runs. */
export async function dispatchIpc(channel: unknown, rawArgs: readonly unknown[], run: IpcRunner): Promise<unknown> {
  if (!isIpcChannel(channel)) throw unknownChannelError(channel);
  return callChecked(channel, rawArgs, run);
}

/** The bridge the renderer gets (`window.landhub`, or browser mode's own), with every check. */
export function checkedBridge(run: IpcRunner): LandhubBridge {
  return Object.freeze({
    async invoke<C extends IpcChannel>(channel: C, ...args: IpcArgs<C>): Promise<IpcResult<C>> {
      // Types say C is a channel; a page's script may still send anything.
      if (!isIpcChannel(channel)) throw unknownChannelError(channel);
      return callChecked(channel, args, run);
    },
  });
}
