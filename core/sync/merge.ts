import { compareHlc } from '../hlc';
import type { TableName } from '../schemas';

/**
 * Per-field last-writer-wins merge, the rule every replica and the hub apply alike
 * (docs/sync-protocol.md). A field takes the value of the change with the greatest stamp,
 * so replicas that saw the same changes agree, in whatever order they saw them.
 */

/** The stamp that sorts before every real one: "never written". */
export const ZERO_STAMP = '0000000000000-000000-0';

export interface RecordChange {
  table: TableName;
  recordId: string;
  /** The fields this write set, all stamped with `hlc`. May include `deleted`. */
  fields: Record<string, unknown>;
  hlc: string;
  deviceId: string;
}

/** A stored record: its fields plus `id`, `hlc` (per-field stamps), `deviceId`, `deleted`. */
export interface SyncedRow {
  id: string;
  hlc: Record<string, string>;
  deviceId: string;
  deleted: boolean;
  [field: string]: unknown;
}

const BOOKKEEPING = new Set(['id', 'hlc', 'deviceId']);

export function fieldStamp(row: Pick<SyncedRow, 'hlc'>, field: string): string {
  return row.hlc[field] ?? row.hlc['*'] ?? ZERO_STAMP;
}

/**
 * The record after `change`. Returns the same object when nothing changed, so callers can
 * tell a duplicate or an outdated change from a real one.
 */
export function mergeChange(current: SyncedRow | undefined, change: RecordChange): SyncedRow {
  const base: SyncedRow = current ?? { id: change.recordId, hlc: { '*': ZERO_STAMP }, deviceId: change.deviceId, deleted: false };
  let next: SyncedRow | null = null;
  for (const [field, value] of Object.entries(change.fields)) {
    if (BOOKKEEPING.has(field)) continue;
    if (compareHlc(change.hlc, fieldStamp(base, field)) <= 0) continue;
    next ??= { ...base, hlc: { ...base.hlc } };
    next[field] = value;
    next.hlc[field] = change.hlc;
  }
  if (!next) return base;
  next.deviceId = change.deviceId;
  return next;
}

/**
 * A record written in one go (its `*` is still the zero stamp and all its stamped fields share
 * one stamp) is stored with that stamp under `*` alone. Fields without a stamp of their own
 * then count as written at that stamp too; no real order of writes can tell the difference,
 * because every machine creates a record in one write before anyone else can change it. It
 * shrinks a synced member by a third, and a new machine's first download with it.
 */
export function compactStamps(row: SyncedRow): SyncedRow {
  if ((row.hlc['*'] ?? ZERO_STAMP) !== ZERO_STAMP) return row;
  const stamps = new Set(Object.entries(row.hlc).filter(([key]) => key !== '*').map(([, stamp]) => stamp));
  const [only] = stamps;
  return stamps.size === 1 && only ? { ...row, hlc: { '*': only } } : row;
}

/** Two rows hold the same data (ignoring which device wrote last). */
export function sameRecord(a: SyncedRow | undefined, b: SyncedRow | undefined): boolean {
  if (!a || !b) return a === b;
  const { deviceId: _a, ...restA } = a;
  const { deviceId: _b, ...restB } = b;
  return stableJson(restA) === stableJson(restB);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}
