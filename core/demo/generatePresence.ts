import type { CheckInFields, GuestFields } from '../schemas';
import { isoOfMs, isWorkingDay, msAt } from './calendar';
import { coprimeStride, type DemoContext, type DemoPeople, type DemoRecord } from './context';
import type { DeskVisit } from './generateBookings';
import { guestCompanies, guestPurposes } from './places';
import { namePools } from './names';
import { at } from './random';

const manualMethods = ['qrCard', 'scanner', 'name', 'host'] as const;
const manualWeights: readonly number[] = [45, 15, 30, 10];
const CLOSING_MINUTE = 18 * 60;

/**
 * Check-ins for every working day of the history and for today up to `now`: first the
 * members who came for a desk booking, then walk-ins until the day's share (20-60 % of
 * active members, at most the seats the hub has) is reached. Each member at most once a day.
 */
export function generateCheckIns(
  context: DemoContext,
  people: DemoPeople,
  deskVisits: ReadonlyMap<number, readonly DeskVisit[]>,
  seats: number,
): DemoRecord<'checkIns'>[] {
  const { random, today } = context;
  const activeCount = people.active.length;
  const checkIns: DemoRecord<'checkIns'>[] = [];
  for (let day = context.historyStartDay; day <= today; day++) {
    if (!isWorkingDay(day)) continue;
    const visits = deskVisits.get(day) ?? [];
    const wanted = Math.max(visits.length, Math.min(seats, Math.round(activeCount * (0.2 + random.next() * 0.4))));
    const seen = new Set<number>();
    for (const visit of visits) {
      if (seen.has(visit.member)) continue;
      seen.add(visit.member);
      addVisit(context, people, checkIns, day, visit.member, visit.atMs, visit.bookingId);
    }
    const offset = activeCount > 0 ? random.int(0, activeCount - 1) : 0;
    const stride = coprimeStride(random, activeCount);
    for (let step = 0; step < activeCount && seen.size < wanted; step++) {
      const member = at(people.active, (offset + step * stride) % activeCount);
      if (seen.has(member)) continue;
      seen.add(member);
      const inMs = msAt(day, random.int(8 * 60, 10 * 60 + 30));
      // Later arrivals of today have not happened yet.
      if (inMs <= context.nowMs) addVisit(context, people, checkIns, day, member, inMs, null);
    }
  }
  return checkIns;
}

function addVisit(
  context: DemoContext,
  people: DemoPeople,
  checkIns: DemoRecord<'checkIns'>[],
  day: number,
  member: number,
  inMs: number,
  bookingId: string | null,
): void {
  const { random } = context;
  const memberId = at(people.members, member).id;
  const arrival: CheckInFields = {
    memberId,
    kind: 'in',
    at: isoOfMs(inMs),
    method: random.weighted(manualMethods, manualWeights),
    bookingId,
  };
  checkIns.push({ id: context.ids.next(), ...arrival });
  const closingMs = msAt(day, CLOSING_MINUTE);
  const plannedOutMs = inMs + random.int(2 * 60, 9 * 60) * 60_000;
  // Whoever forgets to check out is checked out at closing time by the hub itself.
  const forgot = plannedOutMs >= closingMs || random.chance(0.08);
  const outMs = forgot ? closingMs : plannedOutMs;
  // Members still here at `now` stay "in".
  if (outMs > context.nowMs) return;
  const departure: CheckInFields = {
    memberId,
    kind: 'out',
    at: isoOfMs(outMs),
    method: forgot ? 'automatic' : random.weighted(manualMethods, manualWeights),
    bookingId,
  };
  checkIns.push({ id: context.ids.next(), ...departure });
}

/** A handful of visitors over the last few working days, some still in the building today. */
export function generateGuests(context: DemoContext, people: DemoPeople): DemoRecord<'guests'>[] {
  const { random, today } = context;
  const guests: DemoRecord<'guests'>[] = [];
  const count = random.int(3, 8);
  for (let i = 0; i < count; i++) {
    let day = today - random.int(0, 4);
    while (!isWorkingDay(day)) day -= 1;
    const arrivedMs = msAt(day, random.int(9 * 60, 15 * 60));
    if (arrivedMs > context.nowMs) continue;
    const leftMs = arrivedMs + random.int(30, 180) * 60_000;
    const pool = namePools[random.chance(0.6) ? 'da' : 'de'];
    const host = people.active.length > 0 && random.chance(0.8) ? random.pick(people.active) : null;
    const fields: GuestFields = {
      name: `${random.pick(pool.first)} ${random.pick(pool.last)}`,
      company: random.pick(guestCompanies),
      purpose: random.pick(guestPurposes),
      visitingMemberId: host === null ? null : at(people.members, host).id,
      arrivedAt: isoOfMs(arrivedMs),
      leftAt: leftMs <= context.nowMs ? isoOfMs(leftMs) : null,
    };
    guests.push({ id: context.ids.next(), ...fields });
  }
  return guests;
}
