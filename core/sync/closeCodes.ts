/**
 * WebSocket close codes of the sync connection, shared by the hub and every machine
 * (docs/sync-protocol.md). 4000-4999 are ours; the others are the standard meanings.
 */
export const closeCodes = {
  /** The hub is shutting down or restarting; connect again later. */
  goingAway: 1001,
  /** A frame that is not part of the protocol (not JSON, wrong shape, too deep). */
  invalidMessage: 1003,
  /** Too many frames: the device is closed, it reconnects with back-off. */
  flooding: 1008,
  /** A frame larger than the hub accepts (ws closes with this itself). */
  tooLarge: 1009,
  /** The hub failed while handling this connection (a storage error); the device retries. */
  hubError: 1011,
  /** A host removed this machine: it must not retry, it must be paired again. */
  removed: 4001,
  /** The first frame was not `hello`, or `hello` did not come in time. */
  helloRequired: 4002,
  /** The connection stayed silent (no pong, no frame) and was reaped. */
  idle: 4003,
} as const;
export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes];
