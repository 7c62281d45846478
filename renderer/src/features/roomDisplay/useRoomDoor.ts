import { useEffect, useState } from 'react';
import { defaultBookingPolicy, membersMayBookRoom, type BookingBreach } from '@core/bookings/bookingPolicy';
import { doorState, meetingToConfirm, type BookNowMinutes, type DoorState, type DoorBooking } from '@core/bookings/roomDoor';
import { hlcNodeFromDeviceId, isHlc, parseHlc } from '@core/hlc';
import { zonedDateOf } from '@core/time/zonedTime';
import { breachFromRejection, type Booking, type Room } from '@core/schemas';
import { useDataContext } from '../../app/services';
import { useCurrentTime } from '../../app/useCurrentTime';
import { useHubSettings } from '../../data/liveQueries';
import { useRoomDoorData } from '../../data/roomDoorQuery';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { bookRoomNow, checkInMeeting, endMeetingEarly } from '../../data/roomDoorRepo';

/** Often enough that "starting soon" and the end of a meeting show within the quarter minute. */
const TICK_MS = 15_000;
/** Long enough to read, short enough that the next person does not take it for theirs. */
const NOTICE_MS = 8_000;

const BOOK_NOW_NOTICES = { booked: 'booked', taken: 'taken', notAllowed: 'notAllowed' } as const;

export type DoorNotice = 'taken' | 'notAllowed' | 'gone' | 'booked' | 'ended' | 'checkedIn' | 'failed';

export interface RoomDoor {
  /** Undefined while reading; null when this display is not paired to a room, or its room is gone. */
  room: Room | null | undefined;
  door: DoorState;
  now: Date;
  toConfirm: DoorBooking | null;
  /** Bookings this display made that the hub has not answered yet. */
  waitingIds: ReadonlySet<string>;
  /** This display's booking the hub refused, if it is still to come, and why (null: the hub did not say). */
  refused: DoorBooking | null;
  refusedBecause: BookingBreach | null;
  online: boolean;
  /** Since when the hub has not been reached, if it is not reached now. */
  offlineSince: string | null;
  notice: DoorNotice | null;
  /** Whether an instant falls on the hub's today (its time zone, not this machine's). */
  isToday: (iso: string) => boolean;
  /** Minutes after its start the hub gives a meeting nobody checked in to away; null when it never does. */
  releaseMinutes: number | null;
  busy: boolean;
  bookNow: (minutes: BookNowMinutes) => void;
  endEarly: () => void;
  checkIn: () => void;
}

/** The door of the room this display was paired to: its bookings, the clock, and what a tap does. */
export function useRoomDoor(): RoomDoor {
  const context = useDataContext();
  const { deviceId } = context;
  useCurrentTime(TICK_MS);
  // Read at every render, not only at the tick: a booking made a moment ago starts at the clock's now.
  const now = context.now();
  const status = useSyncStatus();
  const [notice, setNotice] = useState<DoorNotice | null>(null);
  const [busy, setBusy] = useState(false);
  const data = useRoomDoorData();
  const { noShowReleaseMinutes, timeZone, bookingPolicy } = useHubSettings();
  useEffect(() => {
    if (notice === null) return;
    const timer = window.setTimeout(() => { setNotice(null); }, NOTICE_MS);
    return () => { window.clearTimeout(timer); };
  }, [notice]);
  const bookings = data?.bookings ?? [];
  // The rules the hub holds a door's booking to, so the door never offers what the hub would reject.
  const door = doorState(bookings, now, { policy: bookingPolicy ?? defaultBookingPolicy, timeZone, membersMayBook: membersMayBookRoom(data?.room) });
  // The hub stamps its rejection as its own change. Who made the booking shows in the stamp of its
  // start, which a door never changes on a booking it did not make (core/sync/permissions.ts).
  const madeHere = (booking: Booking) => { const stamp = booking.hlc.startsAt; return stamp !== undefined && isHlc(stamp) && parseHlc(stamp).node === hlcNodeFromDeviceId(deviceId); };
  const refused = bookings.find((booking) => booking.status === 'rejected' && madeHere(booking) && Date.parse(booking.endsAt) > now.getTime()) ?? null;

  const act = (work: () => Promise<DoorNotice>) => {
    setBusy(true);
    work().then(setNotice, () => { setNotice('failed'); }).finally(() => { setBusy(false); });
  };
  // A weekly booking's date is checked in like a single booking (data/roomDoorRepo.ts writes its exception).
  const toConfirm = meetingToConfirm(door, now);
  return {
    room: data?.room, door, now, toConfirm, waitingIds: data?.waitingIds ?? new Set(), refused,
    refusedBecause: refused?.rejection ? breachFromRejection(refused.rejection) : null,
    online: status.state === 'online' || status.state === 'syncing', offlineSince: status.offlineSince,
    notice, busy, releaseMinutes: noShowReleaseMinutes ?? null,
    isToday: (iso) => zonedDateOf(new Date(iso), timeZone) === zonedDateOf(now, timeZone),
    bookNow: (minutes) => {
      const roomId = data?.room?.id;
      if (roomId) act(async () => BOOK_NOW_NOTICES[(await bookRoomNow(context, roomId, minutes)).kind]);
    },
    endEarly: () => {
      const current = door.current;
      if (current) act(async () => ((await endMeetingEarly(context, current.id)).kind === 'done' ? 'ended' : 'gone'));
    },
    checkIn: () => {
      if (toConfirm) act(async () => ((await checkInMeeting(context, toConfirm.id)).kind === 'done' ? 'checkedIn' : 'gone'));
    },
  };
}
