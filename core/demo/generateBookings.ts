import type { BookingFields } from '../schemas';
import { isoAt, isoOfMs, isWorkingDay, msAt } from './calendar';
import { coprimeStride, type DemoContext, type DemoPeople, type DemoRecord } from './context';
import { fillTemplate } from './memberTexts';
import { roomBookingTitles } from './places';
import { at } from './random';

/**
 * Rooms are booked in three fixed windows a day (08-11, 11-14, 14-17), each booking 1-3
 * hours inside its window. Windows never overlap, so neither can the bookings, without any
 * per-booking search: that is what keeps 100,000 bookings linear.
 */
const ROOM_WINDOWS = [8 * 60, 11 * 60, 14 * 60] as const;
const WINDOW_HOURS = 3;
const DESK_START = 8 * 60;
const DESK_END = 17 * 60;
/** Share of all free slots that end up booked when no count is asked for. */
const DEFAULT_FILL = 0.45;

export interface BookableResources {
  deskIds: readonly string[];
  roomIds: readonly string[];
}

/** A member who checked in on a desk booking: check-ins use it so the two tables agree. */
export interface DeskVisit {
  member: number;
  bookingId: string;
  atMs: number;
}

export interface GeneratedBookings {
  bookings: DemoRecord<'bookings'>[];
  /** Per local day from the start of the check-in history. */
  deskVisits: Map<number, DeskVisit[]>;
}

export function generateBookings(
  context: DemoContext,
  people: DemoPeople,
  resources: BookableResources,
  projectTitles: readonly string[],
  requested: number | undefined,
): GeneratedBookings {
  const { random, today } = context;
  const perDay = resources.deskIds.length + resources.roomIds.length * ROOM_WINDOWS.length;
  const lastDay = today + 7;
  let firstDay = context.historyStartDay;
  let capacity = 0;
  for (let day = firstDay; day <= lastDay; day++) if (isWorkingDay(day)) capacity += perDay;
  const target = requested ?? Math.round(capacity * DEFAULT_FILL);
  if (target > 0 && perDay === 0) throw new RangeError(`Cannot place ${target} bookings in a hub without desks or rooms`);
  // More bookings than the window holds reach further back in time rather than overlap.
  while (capacity < target) {
    firstDay -= 1;
    if (isWorkingDay(firstDay)) capacity += perDay;
  }

  const result: GeneratedBookings = { bookings: [], deskVisits: new Map() };
  // Selection sampling: each slot is taken with chance (still needed / still left), which
  // yields exactly `target` bookings spread evenly, in one pass and without a slot list.
  let left = capacity;
  let needed = target;
  const take = (): boolean => {
    const taken = random.next() * left < needed;
    left -= 1;
    if (taken) needed -= 1;
    return taken;
  };
  const activeCount = people.active.length;
  for (let day = firstDay; day <= lastDay && needed > 0; day++) {
    if (!isWorkingDay(day)) continue;
    // Walking the active members with a stride coprime to their count gives each desk
    // booking of the day a different member until everyone has one.
    const offset = activeCount > 0 ? random.int(0, activeCount - 1) : 0;
    const stride = coprimeStride(random, activeCount);
    let deskBookingsToday = 0;
    for (const deskId of resources.deskIds) {
      if (!take()) continue;
      const member = activeCount > 0 ? at(people.active, (offset + deskBookingsToday * stride) % activeCount) : null;
      deskBookingsToday += 1;
      addDeskBooking(context, people, result, day, deskId, member);
    }
    for (const roomId of resources.roomIds) {
      for (const windowStart of ROOM_WINDOWS) {
        if (take()) addRoomBooking(context, people, result, day, roomId, windowStart, projectTitles);
      }
    }
  }
  return result;
}

function addDeskBooking(
  context: DemoContext,
  people: DemoPeople,
  result: GeneratedBookings,
  day: number,
  deskId: string,
  member: number | null,
): void {
  const { random } = context;
  const cancelled = random.chance(0.06);
  const arrivalMs = msAt(day, random.int(DESK_START, 10 * 60 + 30));
  // Most people with a desk turn up and check in; the rest are the no-shows a host releases.
  const showedUp = !cancelled && arrivalMs <= context.nowMs && random.chance(0.88);
  const fields: BookingFields = {
    resourceKind: 'desk',
    resourceId: deskId,
    memberId: member === null ? null : at(people.members, member).id,
    title: '',
    startsAt: isoAt(day, DESK_START),
    endsAt: isoAt(day, DESK_END),
    status: cancelled ? 'cancelled' : 'confirmed',
    rejection: null,
    confirmedAt: showedUp ? isoOfMs(arrivalMs) : null,
  };
  const booking = { id: context.ids.next(), ...fields };
  result.bookings.push(booking);
  if (showedUp && member !== null && day >= context.historyStartDay) {
    let visits = result.deskVisits.get(day);
    if (!visits) {
      visits = [];
      result.deskVisits.set(day, visits);
    }
    visits.push({ member, bookingId: booking.id, atMs: arrivalMs });
  }
}

function addRoomBooking(
  context: DemoContext,
  people: DemoPeople,
  result: GeneratedBookings,
  day: number,
  roomId: string,
  windowStart: number,
  projectTitles: readonly string[],
): void {
  const { random } = context;
  const hours = random.int(1, WINDOW_HOURS);
  const start = windowStart + random.int(0, WINDOW_HOURS - hours) * 60;
  const startMs = msAt(day, start);
  const cancelled = random.chance(0.06);
  // A few rooms go to visiting groups that are not on the member list.
  const member = people.active.length > 0 && random.chance(0.92) ? random.pick(people.active) : null;
  const project = projectTitles.length > 0 ? random.pick(projectTitles) : 'Landhub';
  const confirmedMs = startMs + random.int(0, 10) * 60_000;
  const fields: BookingFields = {
    resourceKind: 'room',
    resourceId: roomId,
    memberId: member === null ? null : at(people.members, member).id,
    title: fillTemplate(random.pick(roomBookingTitles), { project }).slice(0, 120),
    startsAt: isoAt(day, start),
    endsAt: isoAt(day, start + hours * 60),
    status: cancelled ? 'cancelled' : 'confirmed',
    rejection: null,
    confirmedAt: !cancelled && confirmedMs <= context.nowMs && random.chance(0.9) ? isoOfMs(confirmedMs) : null,
  };
  result.bookings.push({ id: context.ids.next(), ...fields });
}
