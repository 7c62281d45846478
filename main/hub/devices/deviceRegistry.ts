import { createHash, randomBytes, randomInt } from 'node:crypto';
import type Database from 'better-sqlite3';
import { deviceRoleSchema, type DeviceRole } from '@core/deviceRole';
import type { HubDevice } from '@core/sync/hubDevice';

/**
 * The machines paired with this hub, and the one-time codes that pair them. Tokens and codes
 * are stored only as SHA-256 hashes: a copy of the hub's database lets nobody connect.
 */
export const PAIRING_CODE_TTL_MS = 10 * 60_000;

export type PairedDevice = HubDevice;

export type Redemption =
  | { ok: true; device: PairedDevice; token: string }
  | { ok: false; reason: string };

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

function toDevice(row: DeviceRow): PairedDevice {
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
  const byToken = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE token_hash = ? AND revoked_at IS NULL');
  const byId = db.prepare<[string], DeviceRow>('SELECT * FROM devices WHERE id = ?');

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
     * before it was paired (offline since day one) sync as its own.
     */
    redeemPairingCode(code: string, name: string, deviceId: string, now: Date): Redemption {
      return db.transaction((): Redemption => {
        const found = db.prepare<[string], { role: string; expires_at: string; used_at: string | null; room_id: string | null }>(
          'SELECT role, expires_at, used_at, room_id FROM pairing_codes WHERE code_hash = ?',
        ).get(sha256(code.replace(/\s+/g, '')));
        if (!found) return { ok: false, reason: 'This pairing code is not known. Check the digits, or ask the host for a new code.' };
        if (found.used_at) return { ok: false, reason: 'This pairing code has already been used. Ask the host for a new code.' };
        if (Date.parse(found.expires_at) < now.getTime()) return { ok: false, reason: 'This pairing code has expired. Ask the host for a new code.' };
        if (byId.get(deviceId)) return { ok: false, reason: 'This machine is already paired with this hub. Ask a host to remove it first, or reset the machine.' };
        db.prepare('UPDATE pairing_codes SET used_at = ? WHERE code_hash = ?').run(now.toISOString(), sha256(code.replace(/\s+/g, '')));
        const token = randomBytes(32).toString('base64url');
        const id = deviceId;
        db.prepare('INSERT INTO devices (id, name, role, token_hash, paired_at, room_id) VALUES (?, ?, ?, ?, ?, ?)').run(id, name, found.role, sha256(token), now.toISOString(), found.room_id);
        const row = byId.get(id);
        if (!row) throw new Error('The paired device was not stored');
        return { ok: true, device: toDevice(row), token };
      }).immediate();
    },

    /** The unrevoked device a token belongs to, or null. */
    authenticate(token: string): PairedDevice | null {
      if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
      const row = byToken.get(sha256(token));
      return row ? toDevice(row) : null;
    },

    get(id: string): PairedDevice | null {
      const row = byId.get(id);
      return row ? toDevice(row) : null;
    },

    list(): PairedDevice[] {
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
