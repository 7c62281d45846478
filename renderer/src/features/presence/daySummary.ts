import { checkedInSince } from '@core/checkInRules';
import type { CheckIn } from '@core/schemas';

type Event = Pick<CheckIn, 'memberId' | 'kind' | 'at'>;

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
 * The host's view of the day from the check-in events: who is in and since when (longest
 * there first), and who came and has gone again (latest to leave first).
 */
export function summarizeDay(events: readonly Event[], now: Date): { here: MemberHere[]; left: MemberLeft[] } {
  const byMember = new Map<string, Event[]>();
  for (const event of events) byMember.set(event.memberId, [...(byMember.get(event.memberId) ?? []), event]);
  const here: MemberHere[] = [];
  const left: MemberLeft[] = [];
  for (const [memberId, own] of byMember) {
    const since = checkedInSince(own, memberId, now);
    if (since) {
      here.push({ memberId, since });
      continue;
    }
    const times = (kind: Event['kind']) => own.filter((event) => event.kind === kind).map((event) => Date.parse(event.at));
    const ins = times('in');
    const outs = times('out');
    if (ins.length === 0 || outs.length === 0) continue;
    left.push({ memberId, firstIn: new Date(Math.min(...ins)), lastOut: new Date(Math.max(...outs)) });
  }
  here.sort((a, b) => a.since.getTime() - b.since.getTime());
  left.sort((a, b) => b.lastOut.getTime() - a.lastOut.getTime());
  return { here, left };
}
