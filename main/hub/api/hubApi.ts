import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { deviceRoleSchema } from '@core/deviceRole';
import { idSchema } from '@core/schemas';
import type { DeviceRegistry, PairedDevice } from '../devices/deviceRegistry';
import { ApiError, readJson, sendJson } from './jsonBody';
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
  /** The hub's current copy of a record (store.getRecord): PIN checks read the verifiers there. */
  getRecord: PinCheckContext['getRecord'];
}

const pairSchema = z.strictObject({
  code: z.string().regex(/^\d{8}$/, 'A pairing code has 8 digits'),
  name: z.string().trim().min(1).max(80),
  deviceId: idSchema,
});
const codeRequestSchema = z
  .strictObject({ role: deviceRoleSchema, roomId: idSchema.nullable().optional() })
  .refine((request) => request.role !== 'room' || Boolean(request.roomId), 'A room display needs the meeting room it stands beside');
const PAIR_ATTEMPTS_PER_MINUTE = 10;

export function createHubApi(context: ApiContext) {
  const attempts = new Map<string, number[]>();
  const checkPin = createPinCheckRoute({ authenticate: (token) => context.devices.authenticate(token), getRecord: context.getRecord, now: context.now });

  const hostOnly = (req: IncomingMessage): PairedDevice => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const device = token ? context.devices.authenticate(token) : null;
    if (!device) throw new ApiError(401, 'This machine is not paired with the hub, or it was removed.');
    if (device.role !== 'host') throw new ApiError(403, 'Only a host desk can do this.');
    return device;
  };

  const limitPairing = (req: IncomingMessage) => {
    const address = req.socket.remoteAddress ?? 'unknown';
    const now = context.now().getTime();
    const recent = (attempts.get(address) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= PAIR_ATTEMPTS_PER_MINUTE) throw new ApiError(429, 'Too many tries. Wait a minute and try again.');
    attempts.set(address, [...recent, now]);
  };

  const routes: Record<string, (req: IncomingMessage, res: ServerResponse, rest: string) => Promise<void>> = {
    'POST /api/pins/check': checkPin,
    'POST /api/pair': async (req, res) => {
      limitPairing(req);
      const { code, name, deviceId } = await readJson(req, pairSchema);
      const result = context.devices.redeemPairingCode(code, name, deviceId, context.now());
      if (!result.ok) throw new ApiError(403, result.reason);
      sendJson(res, 200, { deviceId: result.device.id, role: result.device.role, token: result.token });
    },
    'POST /api/pairing-codes': async (req, res) => {
      hostOnly(req);
      const { role, roomId } = await readJson(req, codeRequestSchema);
      sendJson(res, 200, context.devices.createPairingCode(role, context.now(), undefined, roomId ?? null));
    },
    'GET /api/devices': (req, res) => {
      hostOnly(req);
      sendJson(res, 200, { devices: context.devices.list() });
      return Promise.resolve();
    },
    'POST /api/devices/revoke': (req, res, id) => {
      hostOnly(req);
      if (!context.devices.revoke(id, context.now())) throw new ApiError(404, 'There is no such machine, or it was already removed.');
      context.disconnect(id);
      sendJson(res, 200, { revoked: true });
      return Promise.resolve();
    },
  };

  return async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const revoke = /^\/api\/devices\/([0-9a-zA-Z-]{1,64})\/revoke$/.exec(path);
    const key = `${req.method ?? 'GET'} ${revoke ? '/api/devices/revoke' : path}`;
    const route = routes[key];
    try {
      if (!route) throw new ApiError(404, 'Not found.');
      await route(req, res, revoke?.[1] ?? '');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      sendJson(res, error.status, { error: error.message });
    }
  };
}
