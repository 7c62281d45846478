import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { deviceRoleSchema } from '@core/deviceRole';
import { idSchema } from '@core/schemas';
import { deviceIdSchema, pairRequestSchema, type PairAnswer, type PairFailureCode } from '@core/sync/hubDevice';
import type { HubDevice } from '@core/sync/hubDevice';
import { clientKey } from '../addressLimiter';
import type { DeviceRegistry } from '../devices/deviceRegistry';
import { hubLog, rateLimitedHubLog } from '../hubLog';
import { feedPath } from '../calendars/calendarFeeds';
import type { FeedKeys } from '../calendars/feedKeys';
import { ApiError, readJson, sendJson } from './jsonBody';
import { createPairingGuard } from './pairingGuard';
import { createPinCheckRoute, type PinCheckContext } from './pinCheckApi';

/**
 * The hub's small HTTP API: pairing a new machine with a one-time code, and, for hosts,
 * creating codes, listing machines and revoking one. Host calls carry the host machine's
 * token as `Authorization: Bearer`.
 */
export interface ApiContext {
  devices: DeviceRegistry;
  now: () => Date;
  /** Closes the sockets of a revoked machine. */
  disconnect: (deviceId: string) => void;
  /** The last mutation number the hub applied from a device id (store.lastMutation). */
  lastMutation: (deviceId: string) => number;
  /** The hub's current copy of a record (store.getRecord): PIN checks read the verifiers there. */
  getRecord: PinCheckContext['getRecord'];
  feedKeys: FeedKeys;
}

const feedRequestSchema = z.strictObject({ kind: z.enum(['rooms', 'members']), subjectId: idSchema, rotate: z.boolean().optional() });

const codeRequestSchema = z
  .strictObject({ role: deviceRoleSchema, roomId: idSchema.nullable().optional() })
  .refine((request) => request.role !== 'room' || Boolean(request.roomId), 'A room display needs the meeting room it stands beside');

/** One answer per failure: a wrong, used or expired code read exactly alike (status and text). */
const pairFailures: Record<Exclude<PairFailureCode, 'invalidRequest'>, { status: number; message: string }> = {
  codeInvalid: { status: 403, message: 'This pairing code does not work: it is wrong, has already been used, or has expired. Ask the host for a new code.' },
  tooManyTries: { status: 429, message: 'Too many tries. Wait a minute and try again.' },
  alreadyPaired: { status: 409, message: 'This machine is already paired with this hub. Ask a host to remove it first, or reset the machine.' },
};
const failPairing = (code: keyof typeof pairFailures): ApiError => new ApiError(pairFailures[code].status, pairFailures[code].message, code);
/** A machine's id in a route: the same rule as at pairing, so every id that pairs can be removed. */
const DEVICE_ROUTE = /^\/api\/devices\/([^/]{1,200})\/revoke$/;

export function createHubApi(context: ApiContext) {
  const guard = createPairingGuard();
  const logFailure = rateLimitedHubLog(10);
  const checkPin = createPinCheckRoute({ authenticate: (token) => context.devices.authenticate(token), getRecord: context.getRecord, now: context.now });

  const hostOnly = (req: IncomingMessage): HubDevice => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const identity = token ? context.devices.identify(token) : { status: 'unknown' as const };
    if (identity.status === 'removed') throw new ApiError(401, 'A host removed this machine from the hub. Pair it again to use it.', 'removed');
    if (identity.status === 'unknown') throw new ApiError(401, 'This machine is not paired with the hub.', 'unknownToken');
    const { device } = identity;
    if (device.role !== 'host') throw new ApiError(403, 'Only a host desk can do this.');
    return device;
  };

  const pairingFailed = (address: string, code: 'codeInvalid' | 'tooManyTries'): ApiError => {
    // One key for all addresses: a flood spread over many addresses must not flood the log either.
    logFailure('pairing.failed', 'pairing.failed', { address, reason: code });
    if (code === 'codeInvalid' && guard.recordFailure(context.now().getTime())) {
      hubLog('pairing.codesExpired', { reason: 'failedPairingBudget', expired: context.devices.expireLiveCodes(context.now()) }, context.now());
    }
    return failPairing(code);
  };

  const pairMachine = async (req: IncomingMessage): Promise<PairAnswer> => {
    const address = clientKey(req.socket.remoteAddress);
    if (!guard.allowAttempt(address, context.now().getTime())) throw pairingFailed(address, 'tooManyTries');
    const { code, name, deviceId } = await readJson(req, pairRequestSchema);
    const result = context.devices.redeemPairingCode(code, name, deviceId, context.now());
    if (!result.ok && result.code === 'codeInvalid') throw pairingFailed(address, 'codeInvalid');
    if (!result.ok) {
      hubLog('pairing.refused', { deviceId, reason: result.code }, context.now());
      throw failPairing(result.code);
    }
    const { device } = result;
    hubLog('pairing.paired', { deviceId: device.id, role: device.role, room: device.roomId ?? undefined, again: result.pairedAgain, address }, context.now());
    return { deviceId: device.id, role: device.role, roomId: device.roomId, token: result.token, lastMutation: context.lastMutation(device.id) };
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, rest: string) => Promise<void>> = {
    'POST /api/pins/check': checkPin,
    'POST /api/pair': async (req, res) => {
      sendJson(res, 200, await pairMachine(req));
    },
    'POST /api/pairing-codes': async (req, res) => {
      hostOnly(req);
      const { role, roomId } = await readJson(req, codeRequestSchema);
      sendJson(res, 200, context.devices.createPairingCode(role, context.now(), undefined, roomId ?? null));
    },
    // A calendar feed's address for a host to hand out; `rotate` makes a new one, and every
    // address given out before stops working.
    'POST /api/calendar-feeds': async (req, res) => {
      hostOnly(req);
      const { kind, subjectId, rotate } = await readJson(req, feedRequestSchema);
      const table = kind === 'rooms' ? 'rooms' : 'members';
      const subject = context.getRecord(table, subjectId);
      if (!subject || subject.deleted) throw new ApiError(404, kind === 'rooms' ? 'There is no such meeting room.' : 'There is no such member.');
      const key = rotate ? context.feedKeys.rotate(kind, subjectId) : context.feedKeys.keyOf(kind, subjectId);
      sendJson(res, 200, { path: feedPath(kind, subjectId, key) });
    },
    'GET /api/devices': (req, res) => {
      hostOnly(req);
      sendJson(res, 200, { devices: context.devices.list() });
      return Promise.resolve();
    },
    'POST /api/devices/revoke': (req, res, segment) => {
      const host = hostOnly(req);
      const id = routeDeviceId(segment);
      if (!context.devices.revoke(id, context.now())) throw new ApiError(404, 'There is no such machine, or it was already removed.');
      hubLog('device.removed', { deviceId: id, by: host.id }, context.now());
      context.disconnect(id);
      sendJson(res, 200, { revoked: true });
      return Promise.resolve();
    },
  };

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const revoke = DEVICE_ROUTE.exec(path);
    const key = `${req.method ?? 'GET'} ${revoke ? '/api/devices/revoke' : path}`;
    const route = routes[key];
    try {
      if (!route) throw new ApiError(404, 'Not found.');
      await route(req, res, revoke?.[1] ?? '');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      sendJson(res, error.status, { error: error.message, ...(error.code ? { code: error.code } : {}) });
    }
  };
}

function routeDeviceId(segment: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    throw new ApiError(400, 'This is not a machine id.');
  }
  const parsed = deviceIdSchema.safeParse(decoded);
  if (!parsed.success) throw new ApiError(400, 'This is not a machine id.');
  return parsed.data;
}
