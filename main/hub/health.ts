import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BackupHealth } from './backup/backupStatus';
import { sendText } from './sendText';

export interface HubHealth {
  /** False while the hub cannot use its store; `reason` then says why, in plain words. */
  ok: boolean;
  reason?: string;
  version: string;
  startedAt: string;
  /** Present once sync runs: paired machines and the latest change number. */
  deviceCount?: number;
  latestSeq?: number;
  /** The store's schema (main/hub/sync/migrations.ts), so an upgrade or a backup can tell which Landhub wrote it. */
  schemaVersion?: number;
  /** The running hub's backups (main/hub/backup/): the last one's time and file name, and the last failure until one succeeds. */
  backup?: BackupHealth;
}

/** What the running hub adds to /healthz: its store's state and a few counts. */
export type HubHealthExtras = Partial<Pick<HubHealth, 'ok' | 'reason' | 'deviceCount' | 'latestSeq' | 'schemaVersion' | 'backup'>>;

/**
 * Liveness for monitoring and for devices looking for their hub; it reveals nothing about
 * members. A failing store answers 503, so a monitor that only looks at the status notices.
 */
export function createHealthHandler(health: () => HubHealth): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method not allowed');
      return;
    }
    const current = health();
    const body = JSON.stringify(current);
    res.writeHead(current.ok ? 200 : 503, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
    });
    res.end(body);
  };
}

/** The extras, or a plain `ok: false` when reading them fails (a store that cannot be read). */
export function safeExtras(extras: (() => HubHealthExtras) | undefined): HubHealthExtras {
  try {
    return extras?.() ?? {};
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `The hub cannot read its database (${detail.slice(0, 200)}).` };
  }
}
