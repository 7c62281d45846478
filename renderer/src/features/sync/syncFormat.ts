import type { SyncStatus } from '../../data/sync/syncTypes';

/** A pairing code as people type it ("1234 5678", "1234-5678") reduced to its digits. */
export function normalizePairingCode(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export function isPairingCode(code: string): boolean {
  return /^\d{8}$/.test(code);
}

/** Two groups of four are read aloud and typed with fewer mistakes than eight digits in a row. */
export function groupPairingCode(code: string): string {
  const digits = normalizePairingCode(code);
  return digits.length > 4 ? `${digits.slice(0, 4)} ${digits.slice(4)}` : digits;
}

/** The address a new machine opens (or scans) to land on its pairing screen with the code filled in. */
export function pairingUrl(hubUrl: string, code: string): string {
  return `${hubUrl.replace(/\/+$/, '')}/?pair=${encodeURIComponent(normalizePairingCode(code))}`;
}

/** The code in `?pair=…`, when the page was opened from a pairing QR code or link. */
export function pairingCodeFromSearch(search: string): string | null {
  const code = new URLSearchParams(search).get('pair');
  if (code === null) return null;
  const digits = normalizePairingCode(code);
  return isPairingCode(digits) ? digits : null;
}

/** "9:41": minutes and seconds left, never negative. */
export function formatCountdown(millisecondsLeft: number): string {
  const seconds = Math.max(0, Math.ceil(millisecondsLeft / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A progress bar must never run backwards or past its end, whatever the counts say. */
export function initialSyncProgress(progress: { received: number; total: number }): { value: number; max: number } {
  const max = Math.max(0, Math.floor(progress.total), Math.floor(progress.received));
  const value = Math.min(max, Math.max(0, Math.floor(progress.received)));
  return { value, max };
}

export type IndicatorView =
  | { kind: 'unpaired' }
  | { kind: 'connecting' }
  | { kind: 'online' }
  | { kind: 'syncing'; pending: number }
  | { kind: 'offline'; since: string | null; pending: number }
  | { kind: 'initialSync'; value: number; max: number };

/** What the indicator says: the download of a new machine matters most, then the connection. */
export function indicatorView(status: Pick<SyncStatus, 'state' | 'pending' | 'offlineSince' | 'initialSync'>): IndicatorView {
  if (status.state === 'unpaired') return { kind: 'unpaired' };
  if (status.initialSync && status.state !== 'offline') return { kind: 'initialSync', ...initialSyncProgress(status.initialSync) };
  switch (status.state) {
    case 'connecting':
      return { kind: 'connecting' };
    // A pull after every poke takes milliseconds: showing it would only make the corner flicker.
    case 'online':
    case 'syncing':
      return status.pending > 0 ? { kind: 'syncing', pending: status.pending } : { kind: 'online' };
    case 'offline':
      return { kind: 'offline', since: status.offlineSince, pending: status.pending };
  }
}

/**
 * The machine has what the hub has, so the pairing screen may hand over to the role's screens:
 * a pull has finished since pairing (`syncedBefore` is `lastSyncedAt` as it was then).
 */
export function isCaughtUp(status: Pick<SyncStatus, 'state' | 'initialSync' | 'lastSyncedAt'>, syncedBefore: string | null): boolean {
  return status.state === 'online' && status.initialSync === null && status.lastSyncedAt !== null && status.lastSyncedAt !== syncedBefore;
}

export type RelativeUnit = 'second' | 'minute' | 'hour' | 'day';

/** "3 minutes ago" as a value and unit for Intl.RelativeTimeFormat (negative is the past). */
export function relativeTime(iso: string, now: Date): { value: number; unit: RelativeUnit } {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const size = Math.abs(seconds);
  if (size < 45) return { value: 0, unit: 'second' };
  if (size < 3600) return { value: Math.round(seconds / 60), unit: 'minute' };
  if (size < 86_400) return { value: Math.round(seconds / 3600), unit: 'hour' };
  return { value: Math.round(seconds / 86_400), unit: 'day' };
}
