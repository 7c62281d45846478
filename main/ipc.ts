import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { ipcChannels, ipcContract, isIpcChannel, type IpcArgs, type IpcChannel, type IpcResult } from '@core/ipcContract';
import { validateSender } from './security';

/**
 * The only door from the renderer into the main process. A mapped type makes every channel
 * of the contract need a handler, and every call is checked three ways: who is asking, what
 * they sent, and what we answer.
 */
export type IpcHandlers = {
  [C in IpcChannel]: (...args: IpcArgs<C>) => Promise<IpcResult<C>> | IpcResult<C>;
};

/** The contract seen per channel, so TypeScript can follow one channel's types through a call. */
type CheckedContract = {
  [C in IpcChannel]: { args: z.ZodType<IpcArgs<C>>; result: z.ZodType<IpcResult<C>> };
};
const checkedContract: CheckedContract = ipcContract;

async function runChecked<C extends IpcChannel>(handlers: IpcHandlers, channel: C, rawArgs: readonly unknown[]): Promise<IpcResult<C>> {
  const contract = checkedContract[channel];
  const args = contract.args.safeParse(rawArgs);
  if (!args.success) {
    throw new Error(`Landhub refused "${channel}": the request did not have the expected values.`);
  }
  const result = contract.result.safeParse(await handlers[channel](...args.data));
  if (!result.success) {
    throw new Error(`Landhub could not answer "${channel}": the answer was not in the expected form.`);
  }
  return result.data;
}

export async function dispatchIpc(
  handlers: IpcHandlers,
  channel: string,
  senderUrl: string | null | undefined,
  rawArgs: readonly unknown[],
): Promise<unknown> {
  if (!isIpcChannel(channel)) {
    throw new Error(`Landhub has no request called "${channel}".`);
  }
  if (!validateSender(senderUrl)) {
    throw new Error(`Landhub refused "${channel}": it did not come from the Landhub app.`);
  }
  return runChecked(handlers, channel, rawArgs);
}

/** A frame that navigated away or closed throws when asked for its URL. */
export function senderUrlOf(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | null {
  try {
    return event.senderFrame?.url ?? null;
  } catch {
    return null;
  }
}

/** Registers every channel; the returned function removes them again. */
export function registerIpc(handlers: IpcHandlers): () => void {
  for (const channel of ipcChannels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => dispatchIpc(handlers, channel, senderUrlOf(event), args));
  }
  return () => {
    for (const channel of ipcChannels) ipcMain.removeHandler(channel);
  };
}
