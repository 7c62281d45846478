import type { WebSocket } from 'ws';
import { closeCodes, type CloseCode } from '@core/sync/closeCodes';
import type { HubMessage } from '@core/sync/messages';
import type { DeviceIdentity } from '@core/sync/protocol';
import { rateLimitedHubLog } from '../hubLog';
import type { StoreHealth } from '../storeHealth';

/**
 * One connection's fault boundary. Every handler of a sync socket runs through `run`: whatever
 * it throws (a store that cannot write, a bug) closes that connection with a reason and a log
 * line, and never reaches the process, so other machines keep syncing.
 */
export interface ConnectionGuard {
  run<A extends unknown[]>(handler: (...args: A) => void): (...args: A) => void;
  /** Says why in an `error` frame, then closes with `code`. */
  close(code: CloseCode, reason: string, message: string): void;
  log(event: string, code: string): void;
}

// A misbehaving machine reconnecting with back-off still cannot fill the log.
const logConnection = rateLimitedHubLog(10);
const MAX_CLOSE_REASON_BYTES = 123;

export function createConnectionGuard(ws: WebSocket, device: DeviceIdentity, storeHealth: StoreHealth): ConnectionGuard {
  const log = (event: string, code: string, extra: Record<string, string | undefined> = {}) => {
    logConnection(`${device.id}:${event}`, event, { device: device.id, role: device.role, code, ...extra });
  };

  const close = (code: CloseCode, reason: string, message: string) => {
    if (ws.readyState !== ws.OPEN && ws.readyState !== ws.CONNECTING) return;
    log('sync.closed', reason, { closeCode: String(code) });
    try {
      ws.send(JSON.stringify({ type: 'error', code: reason, message: message.slice(0, 500) } satisfies HubMessage));
      ws.close(code, Buffer.from(message).subarray(0, MAX_CLOSE_REASON_BYTES).toString());
    } catch {
      ws.terminate();
    }
  };

  const fail = (error: unknown) => {
    const storageCode = storeHealth.failed(error);
    log('sync.hubError', storageCode ?? (error instanceof Error ? error.name : 'thrown'), { at: storageCode ? undefined : whereThrown(error) });
    close(closeCodes.hubError, 'hubError', 'The hub could not handle this message. It will be retried.');
  };

  return {
    run: (handler) => (...args) => {
      try {
        handler(...args);
      } catch (error) {
        try {
          fail(error);
        } catch {
          ws.terminate();
        }
      }
    },
    close,
    log: (event, code) => { log(event, code); },
  };
}

/** The file and line an unexpected error came from: enough to find the bug, no data from the message. */
function whereThrown(error: unknown): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const frame = error.stack?.split('\n').find((line) => line.trim().startsWith('at '));
  const location = frame ? /([\w.-]+\.[cm]?[jt]s:\d+:\d+)/.exec(frame) : null;
  return location?.[1];
}
