import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';
import { closeCodes } from '@core/sync/closeCodes';
import type { HubMessage } from '@core/sync/messages';
import { rateLimitedHubLog } from '../hubLog';

/**
 * Telling a removed machine that it was removed. A browser cannot read the HTTP status of a
 * refused WebSocket upgrade, so a token a host revoked gets its upgrade accepted, one `error`
 * frame with code `removed`, and the close code `removed`: the machine stops retrying and
 * wipes itself. An unknown token (never issued, or issued after the backup this hub was
 * restored from) stays a plain 401, so a machine never wipes itself for a hub's lost memory.
 */
export const REMOVED_MESSAGE = 'A host removed this machine from the hub. Pair it again to use it.';

const removedMessage: HubMessage = { type: 'error', code: 'removed', message: REMOVED_MESSAGE };
// A removed machine of an older version may retry every few seconds: a few lines a minute say enough.
const logRemovedAttempt = rateLimitedHubLog(3);

/** Closes one open connection of a machine that was just removed. */
export function closeAsRemoved(ws: WebSocket, reason = 'Removed from the hub'): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(removedMessage));
  // A close reason has at most 123 bytes.
  ws.close(closeCodes.removed, Buffer.from(reason).subarray(0, 123).toString());
}

/** Accepts the upgrade of a removed machine only to say so, then closes it. */
export function answerRemovedMachine(wss: WebSocketServer, request: IncomingMessage, socket: Duplex, head: Buffer, deviceId: string): void {
  logRemovedAttempt(deviceId, 'device.removedConnect', { deviceId, address: request.socket.remoteAddress });
  wss.handleUpgrade(request, socket, head, (ws) => {
    ws.on('error', () => undefined);
    // Anything it sends is ignored; the close follows the one frame.
    closeAsRemoved(ws);
  });
}
