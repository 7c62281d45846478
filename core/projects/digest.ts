import { z } from 'zod';
import type { LocalDate } from '../time/zonedTime';

/**
 * The pinboard's daily digest for hosts: what happened on the projects since the last one, as
 * one grouped message at most once a day, and never an empty one (volunteering tools that send
 * a mail per comment, or "nothing new today", are switched off by their readers).
 */

export interface DigestCounts {
  /** Ideas and projects pinned since. */
  newProjects: number;
  /** Comments written since (input, counter-input, questions and replies). */
  comments: number;
  /** People who said "I'm in" since (followers only follow). */
  joined: number;
  /** Hours waiting for a host's approval, now. */
  pendingHours: number;
  /** Offers to help from the public page waiting for a host, now. */
  pendingOffers: number;
}

/** From this time of the hub's day on, the day's digest may come (a host desk opened at 7 waits). */
export const DIGEST_FROM = '08:00';

export function digestIsEmpty(counts: DigestCounts): boolean {
  return Object.values(counts).every((count) => count === 0);
}

/** The last digest this machine showed: on which of the hub's days, and from when it counted. */
export const lastDigestSchema = z.strictObject({ day: z.iso.date(), at: z.iso.datetime() });
export type LastDigest = z.infer<typeof lastDigestSchema>;

/**
 * Whether a digest is due now: not yet today, and the hub's day is far enough on. `since` is
 * what it counts from: the last digest, or a day back for a machine that never showed one.
 */
export function digestDue(last: LastDigest | null, today: LocalDate, timeOfDay: string, now: Date): { since: string } | null {
  if (last?.day === today || timeOfDay < DIGEST_FROM) return null;
  return { since: last?.at ?? new Date(now.getTime() - 24 * 60 * 60_000).toISOString() };
}
