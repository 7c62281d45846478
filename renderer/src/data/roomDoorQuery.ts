import { useLiveQuery } from 'dexie-react-hooks';
import { occurrenceId } from '@core/bookings/bookingSeries';
import type { Booking, Room } from '@core/schemas';
import { useDataContext } from '../app/services';
import type { OutboxEntry } from './database';
import { hubTimeZone } from './hubSettingsRepo';
import { readOccupants } from './occupancy';
import { readPairedRoom } from './sync/pairedRoom';

export interface RoomDoorData {
  /** Null when this display is not paired to a room, or its room is gone. */
  room: Room | null;
  bookings: Booking[];
  /** Bookings with changes the hub has not acknowledged yet. */
  waitingIds: ReadonlySet<string>;
}

/** The paired room, its bookings and which of them still wait for the hub, live; undefined while reading. */
export function useRoomDoorData(): RoomDoorData | undefined {
  const context = useDataContext();
  const { db } = context;
  return useLiveQuery(async () => {
    const roomId = await readPairedRoom(context);
    const room = roomId ? await db.rooms.get(roomId) : undefined;
    if (!roomId || !room || room.deleted) return { room: null, bookings: [], waitingIds: new Set<string>() };
    // Single bookings and the dates of the room's weekly ones, from today on (the door shows today and what comes next).
    const now = context.now();
    const span = { startsAt: now.toISOString(), endsAt: new Date(now.getTime() + 2 * 24 * 60 * 60_000).toISOString() };
    const bookings = (await readOccupants(context, roomId, span, await hubTimeZone(context))).filter((booking) => booking.resourceKind === 'room');
    // The outbox holds only what has not reached the hub yet: a handful of rows, read whole.
    const waitingIds = waitingAtTheDoor(await db.outbox.filter((entry) => entry.table === 'bookings' || entry.table === 'seriesExceptions').toArray());
    return { room, bookings, waitingIds };
  }, [context, db]);
}

/**
 * The ids of the door's bookings with a change the hub has not answered. A weekly meeting's date
 * checked in here waits as its exception, and is shown by the date's id (`<series>@<date>`).
 */
export function waitingAtTheDoor(pending: readonly Pick<OutboxEntry, 'table' | 'recordId' | 'fields'>[]): Set<string> {
  return new Set(pending.flatMap((entry) => {
    if (entry.table === 'bookings') return [entry.recordId];
    const { seriesId, date } = entry.fields;
    return entry.table === 'seriesExceptions' && typeof seriesId === 'string' && typeof date === 'string' ? [occurrenceId(seriesId, date)] : [];
  }));
}
