import type { CheckIn } from './schemas';

export type PresenceEvent = Pick<CheckIn, 'memberId' | 'kind' | 'at'>;

/** One member's day as the check-in events tell it, at a given moment. */
export interface MemberDay {
  memberId: string;
  /** When the current visit began (its first check-in since the last check-out), or null when out. */
  inSince: Date | null;
  firstIn: Date | null;
  lastOut: Date | null;
  /** Time inside during the day: every visit until its check-out, an open one until `now`. */
  timeInMs: number;
}

/**
 * The one presence rule: every view of who is in (the repository's check-in and check-out, the
 * kiosk's scan direction, the wall, the host's Today screen, closing-time check-outs on the hub)
 * derives from this function.
 *
 * - Only the events of the day count: from `dayStart` (the local start of `now`'s day unless the
 *   caller, such as the hub with its own time zone, says otherwise) up to `now`.
 * - Events dated after `now` do not count yet: they take effect when their time comes. Such an
 *   event comes from a machine whose clock runs a little ahead (the hub refuses check-ins more
 *   than MAX_CLOCK_AHEAD_MS ahead of its clock), and counting it early would let one view say
 *   "in" while another, asked a moment earlier, says "out".
 * - Events are append-only, so the answer depends on their times, never on the order of the list;
 *   at the same instant a check-in comes before a check-out.
 * - A second check-in while in does not start a new visit; a check-out while out changes nothing.
 */
export function presenceOfDay(events: readonly PresenceEvent[], now: Date, dayStart: Date): Map<string, MemberDay> {
  const from = dayStart.getTime();
  const until = now.getTime();
  const counted = events
    .map((event) => ({ event, at: Date.parse(event.at) }))
    .filter(({ at }) => at >= from && at <= until)
    .sort((a, b) => a.at - b.at || (a.event.kind === b.event.kind ? 0 : a.event.kind === 'in' ? -1 : 1));
  const days = new Map<string, { day: MemberDay; openSince: number | null }>();
  for (const { event, at } of counted) {
    let entry = days.get(event.memberId);
    if (!entry) {
      entry = { day: { memberId: event.memberId, inSince: null, firstIn: null, lastOut: null, timeInMs: 0 }, openSince: null };
      days.set(event.memberId, entry);
    }
    const { day } = entry;
    if (event.kind === 'in') {
      day.firstIn ??= new Date(at);
      entry.openSince ??= at;
    } else {
      day.lastOut = new Date(at);
      if (entry.openSince !== null) day.timeInMs += at - entry.openSince;
      entry.openSince = null;
    }
  }
  const result = new Map<string, MemberDay>();
  for (const [memberId, { day, openSince }] of days) {
    result.set(memberId, openSince === null ? day : { ...day, inSince: new Date(openSince), timeInMs: day.timeInMs + until - openSince });
  }
  return result;
}

/** Ids of the members in at `now` (see presenceOfDay for which events count). */
export function whoIsIn(events: readonly PresenceEvent[], now: Date, dayStart: Date): Set<string> {
  const inside = new Set<string>();
  for (const day of presenceOfDay(events, now, dayStart).values()) if (day.inSince) inside.add(day.memberId);
  return inside;
}

/**
 * How many are in now and how many came today (in now or gone again): what a public screen may
 * say about the day without naming anyone.
 */
export function dayCounts(events: readonly PresenceEvent[], now: Date, dayStart: Date): { inNow: number; cameToday: number } {
  const days = [...presenceOfDay(events, now, dayStart).values()].filter((day) => day.firstIn !== null);
  return { inNow: days.filter((day) => day.inSince !== null).length, cameToday: days.length };
}

/**
 * Members to check out automatically once closing time has passed: those in now whose visit
 * began at or before closing. Someone who arrives for an evening event is left alone, or the
 * kiosk would greet them and the board drop them a minute later. Instants only, so the hub can
 * pass closing time and day start in its own time zone.
 */
export function dueAtClosing(events: readonly PresenceEvent[], now: Date, closing: Date, dayStart: Date): string[] {
  if (now.getTime() < closing.getTime()) return [];
  return [...presenceOfDay(events, now, dayStart).values()]
    .filter((day) => day.inSince !== null && day.inSince.getTime() <= closing.getTime())
    .map((day) => day.memberId)
    .sort();
}
