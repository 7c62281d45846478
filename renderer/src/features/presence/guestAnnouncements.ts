import type { Guest } from '@core/schemas';

/** A guest who arrived longer ago than this, before this tab was watching, is old news. */
export const FRESH_ARRIVAL_MS = 2 * 60_000;

type GuestArrival = Pick<Guest, 'id' | 'arrivedAt' | 'leftAt'>;

/**
 * Which of today's guests this host desk should announce now. `announced` is null the first
 * time this tab looks: then only guests who arrived in the last two minutes are news, so
 * opening Landhub in the afternoon does not replay the morning. `remember` is every guest of
 * today, so each is announced once at most; ids of other days drop out by themselves.
 */
export function guestsToAnnounce<G extends GuestArrival>(
  guests: readonly G[],
  announced: ReadonlySet<string> | null,
  now: Date,
): { announce: G[]; remember: Set<string> } {
  const freshSince = now.getTime() - FRESH_ARRIVAL_MS;
  const announce = guests
    .filter((guest) => guest.leftAt === null && !announced?.has(guest.id))
    .filter((guest) => announced !== null || Date.parse(guest.arrivedAt) >= freshSince)
    .sort((a, b) => a.arrivedAt.localeCompare(b.arrivedAt));
  return { announce, remember: new Set(guests.map((guest) => guest.id)) };
}

const STORAGE_KEY = 'landhub.announcedGuests';

/**
 * The announced guests live in the tab's session storage: a reload must not announce them
 * again, while another tab or a fresh start of the app is a new desk that starts afresh.
 */
export function loadAnnounced(storage: Pick<Storage, 'getItem'>): Set<string> | null {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? new Set(parsed.filter((id): id is string => typeof id === 'string')) : null;
  } catch {
    return null;
  }
}

export function saveAnnounced(storage: Pick<Storage, 'setItem'>, ids: ReadonlySet<string>): void {
  storage.setItem(STORAGE_KEY, JSON.stringify([...ids]));
}
