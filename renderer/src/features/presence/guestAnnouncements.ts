import type { Guest } from '@core/schemas';

/** A guest who arrived longer ago than this is old news, however late this machine learns of them. */
export const FRESH_ARRIVAL_MS = 2 * 60_000;

type GuestArrival = Pick<Guest, 'id' | 'arrivedAt' | 'leftAt'>;

/**
 * Which of today's guests this host desk should announce now: those still here who arrived
 * within the last two minutes and whom this tab has not announced. Freshness holds whenever the
 * news comes: a desk paired in the afternoon, or one whose first download brings the morning's
 * guests after its first (empty) look, replays nothing. `remember` is what to keep: the
 * announced guests still in today's list, so the list of ids never grows past one day.
 */
export function guestsToAnnounce<G extends GuestArrival>(
  guests: readonly G[],
  announced: ReadonlySet<string>,
  now: Date,
): { announce: G[]; remember: Set<string> } {
  const freshSince = now.getTime() - FRESH_ARRIVAL_MS;
  const announce = guests
    .filter((guest) => guest.leftAt === null && !announced.has(guest.id) && Date.parse(guest.arrivedAt) >= freshSince)
    .sort((a, b) => a.arrivedAt.localeCompare(b.arrivedAt));
  const told = new Set([...announced, ...announce.map((guest) => guest.id)]);
  return { announce, remember: new Set(guests.map((guest) => guest.id).filter((id) => told.has(id))) };
}

const STORAGE_KEY = 'landhub.announcedGuests';

/**
 * The announced guests live in the tab's session storage: a reload must not announce them
 * again. A missing or damaged entry is an empty list: freshness alone then keeps old arrivals quiet.
 */
export function loadAnnounced(storage: Pick<Storage, 'getItem'>): Set<string> {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return new Set();
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? new Set(parsed.filter((id): id is string => typeof id === 'string')) : new Set();
  } catch {
    return new Set();
  }
}

export function saveAnnounced(storage: Pick<Storage, 'setItem'>, ids: ReadonlySet<string>): void {
  storage.setItem(STORAGE_KEY, JSON.stringify([...ids]));
}
