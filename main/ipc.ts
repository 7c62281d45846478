import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { ipcChannels, isIpcChannel } from '@core/ipcContract';
import { dispatchIpc, runHandlers, unknownChannelError, type IpcHandlers } from '@core/ipcDispatch';
import { validateSender } from './security';

/**
 * The only door from the renderer into the main process. IpcHandlers (core/ipcDispatch.ts)
 * makes every channel of the contract need a handler, and every call is checked three ways:
 * who is asking (here), what they sent and what we answer (core's one dispatch).
 */
export async function dispatchFromRenderer(
  handlers: IpcHandlers,
  channel: string,
  senderUrl: string | null | undefined,
  rawArgs: readonly unknown[],
): Promise<unknown> {
  if (!isIpcChannel(channel)) throw unknownChannelError(channel);
  if (!validateSender(senderUrl)) {
    throw new Error(`Landhub refused "${channel}": it did not come from the Landhub app.`);
  }
  return dispatchIpc(channel, rawArgs, runHandlers(handlers));
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
    ipcMain.handle(channel, (event, ...args: unknown[]) => dispatchFromRenderer(handlers, channel, senderUrlOf(event), args));
  }
  return () => {
    for (const channel of ipcChannels) ipcMain.removeHandler(channel);
  };
}
