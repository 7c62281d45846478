import { z } from 'zod';
import { deviceRoleSchema } from '../deviceRole';

export { closeCodes } from './closeCodes';
export { SYNC_PROTOCOL_VERSION } from './messages';

/**
 * How a machine reaches the hub's sync endpoint (docs/sync-protocol.md, "Connection"): one
 * WebSocket at this path, offering the subprotocol and its token as a second protocol entry,
 * because browsers cannot set an Authorization header on a WebSocket.
 */
export const SYNC_PATH = '/sync';
export const SYNC_SUBPROTOCOL = 'landhub-sync.v1';
const TOKEN_PREFIX = 'token.';
/**
 * Offered beside the subprotocol and the token by machines that read `epoch` in `welcome`.
 * A machine from before it parses `welcome` strictly and would close on an unknown key, so the
 * hub sends the epoch only to machines that offer this (docs/sync-protocol.md, "Restores"); a
 * hub from before it ignores the entry.
 */
export const EPOCH_FEATURE = 'feature.epoch';

/** The sync socket of the hub at `hubUrl` (an http(s) origin): ws for http, wss for https. */
export function hubSocketUrl(hubUrl: string): string {
  const url = new URL(SYNC_PATH, hubUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/** What a machine offers as `Sec-WebSocket-Protocol`: the subprotocol, its token and the features it reads. */
export function syncProtocols(token: string): [string, string, string] {
  return [SYNC_SUBPROTOCOL, `${TOKEN_PREFIX}${token}`, EPOCH_FEATURE];
}

/** Whether an offered `Sec-WebSocket-Protocol` header names `feature` (EPOCH_FEATURE). */
export function offersFeature(header: string | undefined, feature: string): boolean {
  return (header ?? '').split(',').some((part) => part.trim() === feature);
}

/** The token from an offered `Sec-WebSocket-Protocol` header, or null when it is not a sync offer. */
export function tokenFromProtocols(header: string | undefined): string | null {
  const offered = (header ?? '').split(',').map((part) => part.trim());
  if (!offered.includes(SYNC_SUBPROTOCOL)) return null;
  const token = offered.find((part) => part.startsWith(TOKEN_PREFIX));
  return token ? token.slice(TOKEN_PREFIX.length) : null;
}

/**
 * Who a machine is to the hub: its id (the one it stamps changes with), the role it was paired
 * with, and the meeting room of a room display (null for every other machine). What the hub may
 * accept from a machine and what it sends it depend on this and nothing else.
 */
export const deviceIdentitySchema = z.object({
  // Not deviceIdSchema: a list must still show a machine paired before the rule was this strict.
  id: z.string(),
  role: deviceRoleSchema,
  roomId: z.string().nullable(),
});
export type DeviceIdentity = z.infer<typeof deviceIdentitySchema>;
