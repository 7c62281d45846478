import type { CheckIn } from './schemas';

/**
 * Who is in, from the day's check-in events: a member is in when their latest event is a
 * check-in. Events are append-only, so the answer never depends on edit order.
 */
export function whoIsIn(events: readonly Pick<CheckIn, 'memberId' | 'kind' | 'at'>[]): Set<string> {
  const latest = new Map<string, Pick<CheckIn, 'kind' | 'at'>>();
  for (const event of events) {
    const seen = latest.get(event.memberId);
    if (!seen || Date.parse(event.at) >= Date.parse(seen.at)) latest.set(event.memberId, event);
  }
  const inside = new Set<string>();
  for (const [memberId, event] of latest) if (event.kind === 'in') inside.add(memberId);
  return inside;
}
