import { afterEach, describe, expect, it } from 'vitest';
import { defaultBookingPolicy } from '@core/bookings/bookingPolicy';
import { defaultHubSettings, HUB_SETTINGS_ID, type Booking, type BookingSeries, type HubSettings, type Room } from '@core/schemas';
import { projectRow } from '@core/sync/roleProjection';
import type { DataContext } from './dataContext';
import { waitingAtTheDoor } from './roomDoorQuery';
import { bookRoomNow, checkInMeeting, endMeetingEarly } from './roomDoorRepo';
import { openTestContext } from './testContext';

const NOW = new Date('2026-12-02T09:00:00.000Z');
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000).toISOString();
const STAMP = '0001700000000-000000-hostA';

/** A host's meeting in Fjorden, stored as the hub sends it to the room display: without who or why. */
function hostMeeting(id: string, startsIn: number, endsIn: number): Booking {
  const row: Booking = {
    id, resourceKind: 'room', resourceId: 'room-fjorden', memberId: 'm1', title: 'Board meeting', startsAt: at(startsIn), endsAt: at(endsIn),
    status: 'confirmed', rejection: null, confirmedAt: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
  };
  return projectRow('bookings', row, 'room', { hashCardToken: (token) => token, roomId: 'room-fjorden' }, undefined) as Booking;
}

let context: DataContext;
afterEach(() => { context.db.close(); });

async function doorWith(...bookings: Booking[]): Promise<void> {
  context = await openTestContext({ now: () => NOW });
  await context.db.bookings.bulkPut(bookings);
}

describe('what a room display writes at its door', () => {
  it('books the room from now for nobody by name, checked in, and queues it for the hub', async () => {
    await doorWith();
    const outcome = await bookRoomNow(context, 'room-fjorden', 30);
    expect(outcome.kind).toBe('booked');
    const booking = outcome.kind === 'booked' ? outcome.booking : null;
    expect(booking).toMatchObject({ resourceKind: 'room', resourceId: 'room-fjorden', memberId: null, title: '', startsAt: at(0), endsAt: at(30), status: 'confirmed', confirmedAt: at(0) });
    expect((await context.db.outbox.toArray()).map((entry) => entry.recordId)).toEqual([booking?.id]);
  });

  it('never books into the next meeting, and writes nothing then', async () => {
    await doorWith(hostMeeting('next', 20, 80));
    expect((await bookRoomNow(context, 'room-fjorden', 15)).kind).toBe('booked');
    await context.db.bookings.clear();
    await context.db.outbox.clear();
    await context.db.bookings.put(hostMeeting('next', 20, 80));
    expect(await bookRoomNow(context, 'room-fjorden', 30)).toEqual({ kind: 'taken' });
    expect(await context.db.outbox.count()).toBe(0);
  });

  it('does not book into a weekly meeting of the room', async () => {
    await doorWith();
    // NOW is Wednesday 2 December, 10:00 in Copenhagen: a weekly meeting on Wednesdays 10:20-11:00.
    await context.db.bookingSeries.put({
      id: 'weekly', resourceKind: 'room', resourceId: 'room-fjorden', weekdays: [3], startDate: '2026-11-04', until: null, count: 20,
      startTime: '10:20', endTime: '11:00', status: 'active', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
    } as never);
    expect(await bookRoomNow(context, 'room-fjorden', 30)).toEqual({ kind: 'taken' });
    expect((await bookRoomNow(context, 'room-fjorden', 15)).kind).toBe('booked');
    await context.db.seriesExceptions.put({ id: 'weekly_20261202', seriesId: 'weekly', date: '2026-12-02', kind: 'skipped', winnerId: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    await context.db.bookings.clear();
    // That date taken out, the room is free for the half hour.
    expect((await bookRoomNow(context, 'room-fjorden', 30)).kind).toBe('booked');
  });

  it('does not book a room that is in use', async () => {
    await doorWith(hostMeeting('now', -10, 50));
    expect(await bookRoomNow(context, 'room-fjorden', 15)).toEqual({ kind: 'taken' });
  });

  it('ends a host\'s meeting early though it does not know whose it is, and only a running one', async () => {
    await doorWith(hostMeeting('now', -10, 50), hostMeeting('later', 120, 180));
    const ended = await endMeetingEarly(context, 'now');
    expect(ended.kind).toBe('done');
    expect((await context.db.bookings.get('now'))?.endsAt).toBe(at(0));
    expect(await context.db.bookings.get('now')).not.toHaveProperty('memberId');
    expect(await endMeetingEarly(context, 'later')).toEqual({ kind: 'gone' });
    expect(await endMeetingEarly(context, 'missing')).toEqual({ kind: 'gone' });
    expect((await context.db.outbox.toArray()).map((entry) => entry.fields)).toEqual([{ endsAt: at(0) }]);
  });

  it('checks a meeting in once, and not one that is over', async () => {
    await doorWith(hostMeeting('soon', 10, 70), hostMeeting('over', -90, -30));
    expect((await checkInMeeting(context, 'soon')).kind).toBe('done');
    expect((await context.db.bookings.get('soon'))?.confirmedAt).toBe(at(0));
    expect((await checkInMeeting(context, 'soon')).kind).toBe('done');
    expect(await checkInMeeting(context, 'over')).toEqual({ kind: 'gone' });
    expect(await context.db.outbox.count()).toBe(1);
  });
});

describe('checking in a weekly meeting at the door', () => {
  // NOW is Wednesday 2 December, 10:00 in Copenhagen. Stored as the door receives it: without who or what.
  const weekly = (id: string, startTime: string): BookingSeries => {
    const row: BookingSeries = {
      id, resourceKind: 'room', resourceId: 'room-fjorden', memberId: 'm1', title: 'Team meeting', weekdays: [3], startDate: '2026-11-04', until: null, count: 20,
      startTime, endTime: '11:00', status: 'active', hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false,
    };
    return projectRow('bookingSeries', row, 'room', { hashCardToken: (token) => token, roomId: 'room-fjorden' }, undefined) as BookingSeries;
  };

  it('writes the date\'s check-in exception once, for a meeting starting within the quarter hour and not one later', async () => {
    await doorWith();
    await context.db.bookingSeries.bulkPut([weekly('soon', '10:10'), weekly('later', '10:20')]);
    const done = await checkInMeeting(context, 'soon@2026-12-02');
    expect(done).toMatchObject({ kind: 'done', booking: { id: 'soon@2026-12-02', confirmedAt: expect.any(String) as string } });
    expect(await context.db.seriesExceptions.get('soon_20261202')).toMatchObject({ seriesId: 'soon', date: '2026-12-02', kind: 'checkedIn', winnerId: null });
    expect((await checkInMeeting(context, 'soon@2026-12-02')).kind).toBe('done');
    expect(await checkInMeeting(context, 'later@2026-12-02')).toEqual({ kind: 'gone' });
    expect(await checkInMeeting(context, 'soon@2026-12-09')).toEqual({ kind: 'gone' });
    expect((await context.db.outbox.toArray()).map((entry) => [entry.table, entry.recordId])).toEqual([['seriesExceptions', 'soon_20261202']]);
  });

  it('shows the date waiting for the hub until its check-in is pushed', async () => {
    await doorWith();
    await context.db.bookingSeries.put(weekly('soon', '10:10'));
    await checkInMeeting(context, 'soon@2026-12-02');
    expect(waitingAtTheDoor(await context.db.outbox.toArray())).toEqual(new Set(['soon@2026-12-02']));
  });

  it('checks in no date a host took out', async () => {
    await doorWith();
    await context.db.bookingSeries.put(weekly('soon', '10:10'));
    await context.db.seriesExceptions.put({ id: 'soon_20261202', seriesId: 'soon', date: '2026-12-02', kind: 'skipped', winnerId: null, hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false });
    expect(await checkInMeeting(context, 'soon@2026-12-02')).toEqual({ kind: 'gone' });
    expect(await context.db.outbox.count()).toBe(0);
  });
});

describe('the door and the hub\'s booking policy', () => {
  const synced = { hlc: { '*': STAMP }, deviceId: 'hostA', deleted: false };
  const room = (bookableBy: 'members' | 'hosts'): Room => ({ id: 'room-fjorden', name: 'Fjorden', zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy, photo: null, ...synced });
  // NOW is 10:00 on a Wednesday in Copenhagen; this hub closes at 10:20 that day.
  const closingSoon: HubSettings = { id: HUB_SETTINGS_ID, ...defaultHubSettings, bookingPolicy: { ...defaultBookingPolicy, openingHours: [{ weekday: 3, opens: '08:00', closes: '10:20' }] }, ...synced };

  it('books only what the policy allows, and writes nothing otherwise', async () => {
    await doorWith();
    await context.db.hubSettings.put(closingSoon);
    expect(await bookRoomNow(context, 'room-fjorden', 30)).toEqual({ kind: 'notAllowed', breach: { code: 'outsideOpeningHours', opens: '08:00', closes: '10:20' } });
    expect(await context.db.outbox.count()).toBe(0);
    expect((await bookRoomNow(context, 'room-fjorden', 15)).kind).toBe('booked');
  });

  it('does not book a room for hosts only', async () => {
    await doorWith();
    await context.db.rooms.put(room('hosts'));
    expect(await bookRoomNow(context, 'room-fjorden', 15)).toEqual({ kind: 'notAllowed', breach: { code: 'roomForHostsOnly' } });
    await context.db.rooms.put(room('members'));
    expect((await bookRoomNow(context, 'room-fjorden', 15)).kind).toBe('booked');
  });
});
