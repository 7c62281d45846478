import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { pinCheckRequestSchema, type PinCheckAnswer, type PinCheckRequest } from '@core/pinCheck';
import { HOST_PIN_SUBJECT, memberPinSubject, pinOpens, verifierCanOpen, type PinSubject } from '@core/pinVerifier';
import { HUB_SETTINGS_ID, type TableName } from '@core/schemas';
import type { SyncedRow } from '@core/sync/merge';
import type { DeviceIdentity } from '@core/sync/protocol';
import { hubLog, rateLimitedHubLog } from '../hubLog';
import { ApiError, readJson, sendJson } from './jsonBody';
import { createPinLockout } from './pinLockout';

/**
 * `POST /api/pins/check` (docs/sync-protocol.md): a machine asks whether a PIN is right. The hub checks it against its own copy of the verifier, with a lock-out across every
 * machine, so a kiosk never needs its local verifiers while the hub is reachable.
 */
export interface PinCheckContext {
  authenticate: (token: string) => DeviceIdentity | null;
  getRecord: (table: TableName, id: string) => SyncedRow | undefined;
  now: () => Date;
}

/** Each check costs the hub a slow hash: a machine that asks more often than this is flooding. */
const CHECKS_PER_DEVICE_PER_MINUTE = 30;

const memberRowSchema = z.object({ pinHash: z.string().nullable().optional(), active: z.boolean().optional(), deleted: z.boolean().optional() });
const settingsRowSchema = z.object({ hostPinHash: z.string().nullable().optional(), pinSalt: z.string().nullable().optional(), deleted: z.boolean().optional() });

function subjectOf(request: PinCheckRequest): { key: string; subject: PinSubject } {
  return request.target === 'host' ? { key: 'host', subject: HOST_PIN_SUBJECT } : { key: `member:${request.memberId}`, subject: memberPinSubject(request.memberId) };
}

export function createPinCheckRoute(context: PinCheckContext) {
  const lockout = createPinLockout();
  const perDevice = new Map<string, number[]>();
  const logWrong = rateLimitedHubLog(10);

  const machine = (req: IncomingMessage): DeviceIdentity => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const device = token ? context.authenticate(token) : null;
    if (!device) throw new ApiError(401, 'This machine is not paired with the hub, or it was removed.');
    return device;
  };

  /**
   * Kiosks and host desks check every PIN. A wall or room display holds no verifier at all, but
   * changing its role needs the host PIN, so it may ask about that one (the same lock-out applies).
   */
  const mayAsk = (device: DeviceIdentity, request: PinCheckRequest): void => {
    if (device.role === 'kiosk' || device.role === 'host' || request.target === 'host') return;
    throw new ApiError(403, 'Only a kiosk or a host desk checks members\' PINs.');
  };

  const limitDevice = (device: DeviceIdentity, now: number) => {
    const recent = (perDevice.get(device.id) ?? []).filter((at) => now - at < 60_000);
    if (recent.length >= CHECKS_PER_DEVICE_PER_MINUTE) {
      logWrong(`flood:${device.id}`, 'pin.flooding', { device: device.id, role: device.role });
      throw new ApiError(429, 'Too many PIN checks from this machine. Wait a minute.');
    }
    perDevice.set(device.id, [...recent, now]);
  };

  /** The verifier and salt the hub holds for this subject; a removed or inactive member has none. */
  const verifierOf = (request: PinCheckRequest): { verifier: string | null; salt: string | null } => {
    const settings = settingsRowSchema.safeParse(context.getRecord('hubSettings', HUB_SETTINGS_ID));
    const salt = settings.success && !settings.data.deleted ? settings.data.pinSalt ?? null : null;
    if (request.target === 'host') return { verifier: settings.success && !settings.data.deleted ? settings.data.hostPinHash ?? null : null, salt };
    const member = memberRowSchema.safeParse(context.getRecord('members', request.memberId));
    const usable = member.success && !member.data.deleted && member.data.active !== false;
    return { verifier: usable ? member.data.pinHash ?? null : null, salt };
  };

  const answer = async (device: DeviceIdentity, request: PinCheckRequest): Promise<PinCheckAnswer> => {
    const now = context.now().getTime();
    const { key, subject } = subjectOf(request);
    const lockedUntil = lockout.lockedUntil(key, now);
    if (lockedUntil !== null) return { result: 'lockedOut', retryAt: new Date(lockedUntil).toISOString() };
    const { verifier, salt } = verifierOf(request);
    // An old 4-digit host PIN opens nothing: to the machine it is "not set" and must be set again.
    if (!verifierCanOpen(verifier, subject)) return { result: 'notSet' };
    limitDevice(device, now);
    lockout.begin(key, now);
    if (await pinOpens(request.pin, verifier, salt, subject)) {
      lockout.succeeded(key);
      return { result: 'right' };
    }
    const after = context.now().getTime();
    const member = request.target === 'member' ? request.memberId : undefined;
    logWrong(`${device.id}:${key}`, 'pin.wrong', { device: device.id, role: device.role, subject: subject.kind, member });
    const locked = lockout.lockedUntil(key, after);
    if (locked !== null) hubLog('pin.locked', { device: device.id, subject: subject.kind, member, until: new Date(locked).toISOString() });
    return { result: 'wrong', triesLeft: lockout.triesLeft(key, after) };
  };

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const device = machine(req);
    const request = await readJson(req, pinCheckRequestSchema);
    mayAsk(device, request);
    sendJson(res, 200, await answer(device, request));
  };
}
