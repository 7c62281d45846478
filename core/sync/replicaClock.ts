import { MAX_CLOCK_AHEAD_MS, parseHlc } from '../hlc';
import type { SyncedRow } from './merge';

/**
 * Which stamps a machine's clock follows (docs/sync-protocol.md, "Pull"): the newest stamp of
 * every row the hub sends (a pulled page, the hub's copy in a push answer), so this machine's
 * next stamps sort after everything it has seen; but none further ahead of the hub's time than
 * the hub accepts, or every change this machine writes afterwards would be refused
 * (`clockAhead`).
 */

/** How far the hub's clock runs ahead of this machine's, from `welcome` (0 when it is behind). */
export function hubAheadMs(hubTime: number, localNowMs: number): number {
  return Math.max(0, hubTime - localNowMs);
}

/** The latest wall time (ms) a stamp may carry for this machine's clock to follow it. */
export function clockLimitMs(localNowMs: number, hubAhead: number): number {
  return localNowMs + hubAhead + MAX_CLOCK_AHEAD_MS;
}

export interface StampsToFollow {
  /** The newest stamp within the limit ('' when there is none). */
  newest: string;
  /** Rows whose newest stamp is past the limit: the clock ignores them. */
  tooFarAhead: number;
}

function newestStampOf(row: SyncedRow): string {
  return Object.values(row.hlc).reduce((newest, stamp) => (stamp > newest ? stamp : newest), '');
}

export function stampsToFollow(rows: readonly SyncedRow[], limitMs: number): StampsToFollow {
  const follow: StampsToFollow = { newest: '', tooFarAhead: 0 };
  for (const row of rows) {
    const stamp = newestStampOf(row);
    if (!stamp) continue;
    if (parseHlc(stamp).wallMs > limitMs) follow.tooFarAhead += 1;
    else if (stamp > follow.newest) follow.newest = stamp;
  }
  return follow;
}
