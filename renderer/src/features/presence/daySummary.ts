import { presenceOfDay, type PresenceEvent } from '@core/presence';

export interface MemberHere {
  memberId: string;
  since: Date;
}

export interface MemberLeft {
  memberId: string;
  firstIn: Date;
  lastOut: Date;
}

/**
 * The host's view of the day from the check-in events (core's presence rule): who is in and
 * since when (longest there first), and who came and has gone again (latest to leave first).
 */
export function summarizeDay(events: readonly PresenceEvent[], now: Date, dayStart: Date): { here: MemberHere[]; left: MemberLeft[] } {
  const here: MemberHere[] = [];
  const left: MemberLeft[] = [];
  for (const { memberId, inSince, firstIn, lastOut } of presenceOfDay(events, now, dayStart).values()) {
    if (inSince) here.push({ memberId, since: inSince });
    else if (firstIn && lastOut) left.push({ memberId, firstIn, lastOut });
  }
  here.sort((a, b) => a.since.getTime() - b.since.getTime());
  left.sort((a, b) => b.lastOut.getTime() - a.lastOut.getTime());
  return { here, left };
}
