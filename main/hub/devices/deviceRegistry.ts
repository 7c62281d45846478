import { createHash, randomBytes, randomInt } from 'node:crypto';
import type Database from 'better-sqlite3';
import { deviceRoleSchema, type DeviceRole } from '@core/deviceRole';
import { hlcNodeFromDeviceId } from '@core/hlc';
import type { HubDevice, PairFailureCode } from '@core/sync/hubDevice';

/**
 * The machines paired with this hub, and the one-time codes that pair them. Tokens and codes
 * are stored only as SHA-256 hashes: a copy of the hub's database lets nobody connect.
 */
export const PAIRING_CODE_TTL_MS = 10 * 60_000;

export type Redemption =
  | { ok: true; device: HubDevice; token: string; pairedAgain: boolean }
  /** `codeInvalid` for a wrong, used or expired code alike (see pairFailureCodes). */
  | { ok: false; code: Extract<PairFailureCode, 'codeInvalid' | 'alreadyPaired'> };

/** What a token says about the machine presenting it. */
export type TokenIdentity =
  | { status: 'paired'; device: HubDevice }
  /** A host removed this machine: its token hash is kept, so the hub can tell it so. */
  | { status: 'removed'; deviceId: string }
  /** Never issued here (or by a hub restored from a backup older than the pairing). */
  | { status: 'unknown' };

interface DeviceRow {
  id: string;
  name: string;
  role: string;
  paired_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
  acked_seq: number;
  pending_changes: number;
  room_id: string | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64url');

function toDevice(row: DeviceRow): HubDevice {
  return {
    id: row.id,
    name: row.name,
    role: deviceRoleSchema.parse(row.role),
    pairedAt: row.paired_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
    ackedSeq: row.acked_seq,
    pendingChanges: row.pending_changes,
    roomId: row.room_id,
  };
}

export function createDeviceRegistry(db: Database.Database) {
  const byToken = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ?');
  const byId = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?');
  const pairedIds = db.prepare<[], { id: string }>('SELECT id FROM devices WHERE revoked_at IS NULL');
  const sharesClockNode = (deviceId: string): boolean => {
    const node = hlcNodeFromDeviceId(deviceId);
    return pairedIds.all().some(({ id }) => id !== deviceId && hlcNodeFromDeviceId(id) === node);
  };
  const identify = (token: string): TokenIdentity => {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { status: 'unknown' };
    const row = byToken.get(sha256(token));
    if (!row) return { status: 'unknown' };
    return row.revoked_at === null ? { status: 'paired', device: toDevice(row) } : { status: 'removed', deviceId: row.id };
  };

  return {
    /** A fresh 8-digit code for one new machine of `role`, valid for ten minutes, usable once. */
    createPairingCode(role: DeviceRole, now: Date, ttlMs = PAIRING_CODE_TTL_MS, roomId: string | null = null): { code: string; expiresAt: string } {
      const code = String(randomInt(0, 100_000_000)).padStart(8, '0');
      const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
      db.prepare('INSERT INTO pairing_codes (code_hash, role, expires_at, room_id) VALUES (?, ?, ?, ?)').run(sha256(code), role, expiresAt, role === 'room' ? roomId : null);
      return { code, expiresAt };
    },

    /**
     * Pairs a machine under the id it already stamps its changes with, so changes it made
     * before it was paired (offline since day one) sync as its own. A machine a host removed
     * may pair again under its id: it gets a new token and the new code's role and room.
     */
    redeemPairingCode(code: string, name: string, deviceId: string, now: Date): Redemption {
      const codeHash = sha256(code.replace(/\s+/g, ''));
      return db.transaction((): Redemption => {
        const found = db.prepare<[string], { role: string; expires_at: string; used_at: string | null; room_id: string | null }>(
          'SELECT role, expires_at, used_at, room_id FROM pairing_codes WHERE code_hash = ?',
        ).get(codeHash);
        if (!found || found.used_at || Date.parse(found.expires_at) < now.getTime()) return { ok: false, code: 'codeInvalid' };
        const existing = byId.get(deviceId);
        if (existing && existing.revoked_at === null) return { ok: false, code: 'alreadyPaired' };
        // Stamps carry the node derived from the id: two machines with one node could write
        // the same stamp for different values, and replicas would no longer agree.
        if (sharesClockNode(deviceId)) return { ok: false, code: 'alreadyPaired' };
        db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?').run(now.toISOString(), codeHash);
        const token = randomBytes(32).toString('base64url');
        const fields = { id: deviceId, name, role: found.role, tokenHash: sha256(token), at: now.toISOString(), roomId: found.room_id };
        if (existing) {
          // It wiped itself when it learnt it was removed: it has stored nothing and waits for nothing.
          db.prepare(`UPDATE devices SET name = @name, role = @role, token_hash = @tokenHash, paired_at = @at, revoked_at = NULL,
            last_seen_at = NULL, acked_seq = 0, pending_changes = 0, room_id = @roomId WHERE id = @id`).run(fields);
        } else {
          db.prepare('INSERT INTO devices (id, name, role, token_hash, paired_at, room_id) VALUES (@id, @name, @role, @tokenHash, @at, @roomId)').run(fields);
        }
        const row = byId.get(deviceId);
        if (!row) throw new Error('The paired device was not stored');
        return { ok: true, device: toDevice(row), token, pairedAgain: existing !== undefined };
      }).immediate();
    },

    /** Every code not yet used stops working (the hub's budget of failed pairings ran out). */
    expireLiveCodes(now: Date): number {
      const at = now.toISOString();
      return db.prepare('UPDATE pairing_codes SET expires_at = ? WHERE used_at IS NULL AND expires_at >= ?').run(new Date(now.getTime() - 1).toISOString(), at).changes;
    },

    identify,

    /** The unrevoked device a token belongs to, or null. */
    authenticate(token: string): HubDevice | null {
      const identity = identify(token);
      return identity.status === 'paired' ? identity.device : null;
    },

    get(id: string): HubDevice | null {
      const row = byId.get(id);
      return row ? toDevice(row) : null;
    },

    list(): HubDevice[] {
      return db.prepare<[], DeviceRow>('SELECT * FROM devices ORDER BY paired_at').all().map(toDevice);
    },

    revoke(id: string, now: Date): boolean {
      return db.prepare('UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(now.toISOString(), id).changes > 0;
    },

    seen(id: string, now: Date): void {
      db.prepare('UPDATE devices SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), id);
    },

    acknowledge(id: string, seq: number, pendingChanges: number): void {
      db.prepare('UPDATE devices SET acked_seq = MAX(acked_seq, ?), pending_changes = ? WHERE id = ?').run(seq, pendingChanges, id);
    },

    /** The seq every unrevoked device has stored: tombstones at or before it can go. */
    ackedByAll(): number {
      const row = db.prepare<[], { low: number | null }>('SELECT MIN(acked_seq) AS low FROM devices WHERE revoked_at IS NULL').get();
      return row?.low ?? 0;
    },

    count(): number {
      return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM devices WHERE revoked_at IS NULL').get()?.n ?? 0;
    },

    hasHost(): boolean {
      return (db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM devices WHERE role = 'host' AND revoked_at IS NULL").get()?.n ?? 0) > 0;
    },
  };
}

export type DeviceRegistry = ReturnType<typeof createDeviceRegistry>;
