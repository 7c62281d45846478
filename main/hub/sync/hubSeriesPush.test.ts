import { describe, expect, it } from 'vitest';
import { seriesExceptionId } from '@core/bookings/bookingSeries';
import { newId } from '@core/ids';
import { useHubOnTuesdayEvening } from './hubOnTuesday';
import { seriesFields } from './testSeries';

/**
 * Series through the real push path: a hub on loopback, real sockets, the hub's clock fixed to
 * Tuesday 1 December 2026, 17:30 in its zone. The kiosk's walk-in and the door's book-now lose to
 * a series' occurrence; a series pushed after the door's booking loses that date, and the door
 * sees why; a kiosk or a door that writes series is refused, and may check into a date of today only.
 */

const { push, pulled, create, machine, bookNow, walkIn, host: hostDesk } = useHubOnTuesdayEvening();

/** This evening, 17:00 to 19:00: a host's series may run past the member hours. */
const tonight = (resourceKind: 'room' | 'desk', resourceId: string) => seriesFields(resourceId, { resourceKind, weekdays: [2], startDate: '2026-12-01', until: '2026-12-29', startTime: '17:00', endTime: '19:00' });
const lostTo = (winnerId: string) => ({ status: 'rejected', rejection: { code: 'bookingConflict', params: {}, winnerId } });

describe('public machines book against series', () => {
  it('rejects the door\'s book-now during an occurrence, naming the series', async () => {
    const roomId = await create(hostDesk(), 'rooms', { name: 'Fjorden', zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy: 'members' });
    const door = await machine('room', roomId);
    const seriesId = await create(hostDesk(), 'bookingSeries', tonight('room', roomId));
    const booking = await create(door, 'bookings', bookNow(roomId, 15));
    expect(await pulled(hostDesk(), booking)).toMatchObject(lostTo(seriesId));
    expect(await pulled(door, booking)).toMatchObject(lostTo(seriesId));
  });

  it('rejects the kiosk\'s walk-in on a desk a series holds this evening', async () => {
    const deskId = await create(hostDesk(), 'desks', { code: 'D1', zoneId: null, features: [], active: true, fixedMemberId: null, outOfService: null });
    const kiosk = await machine('kiosk');
    const seriesId = await create(hostDesk(), 'bookingSeries', tonight('desk', deskId));
    expect(await pulled(hostDesk(), await create(kiosk, 'bookings', walkIn(deskId)))).toMatchObject(lostTo(seriesId));
  });

  it('takes tonight out of a series pushed after the door\'s booking, and the door pulls why', async () => {
    const roomId = await create(hostDesk(), 'rooms', { name: 'Fjorden', zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy: 'members' });
    const door = await machine('room', roomId);
    const booking = await create(door, 'bookings', bookNow(roomId, 15));
    const seriesId = await create(hostDesk(), 'bookingSeries', tonight('room', roomId));
    const exceptionId = seriesExceptionId(seriesId, '2026-12-01');
    expect(await pulled(door, exceptionId)).toMatchObject({ seriesId, date: '2026-12-01', kind: 'conflict', winnerId: booking, deviceId: 'hub' });
    expect(await pulled(hostDesk(), booking)).toMatchObject({ status: 'confirmed' });
    expect(await pulled(hostDesk(), seriesExceptionId(seriesId, '2026-12-08'))).toBeUndefined();
  });
});

describe('a hostile public machine', () => {
  it('cannot write series or their exceptions', async () => {
    const roomId = newId();
    const kiosk = await machine('kiosk');
    const door = await machine('room', roomId);
    const seriesId = await create(hostDesk(), 'bookingSeries', tonight('room', roomId));
    const skip = { seriesId, date: '2026-12-08', kind: 'skipped', winnerId: null };
    const cases = [
      [kiosk, { code: 'roleCannotWrite', params: { role: 'kiosk' } }, { code: 'kioskOnlyConfirms', params: {} }],
      [door, { code: 'roomDisplayOwnRoom', params: {} }, { code: 'roomDisplayOnlyAtTheDoor', params: {} }],
    ] as const;
    for (const [from, refusal, exceptionRefusal] of cases) {
      expect(await push(from, 'bookingSeries', newId(), tonight('room', roomId))).toMatchObject({ status: 'refused', refusal });
      expect(await push(from, 'bookingSeries', seriesId, { status: 'cancelled' })).toMatchObject({ status: 'refused', refusal });
      // Of exceptions, they write only check-ins (below).
      expect(await push(from, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-08'), skip)).toMatchObject({ status: 'refused', refusal: exceptionRefusal });
    }
    expect(await pulled(hostDesk(), seriesId)).toMatchObject({ status: 'active' });
    expect(await pulled(hostDesk(), seriesExceptionId(seriesId, '2026-12-08'))).toBeUndefined();
  });
});

describe('checking into a date of a series from a public machine', () => {
  const checkIn = (seriesId: string, date = '2026-12-01') => ({ seriesId, date, kind: 'checkedIn', winnerId: null });
  const room = () => create(hostDesk(), 'rooms', { name: 'Fjorden', zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy: 'members' });
  const atTheDoor = { status: 'refused', refusal: { code: 'roomDisplayOnlyAtTheDoor', params: {} } };

  it('takes the door\'s check-in of its room\'s date going on now or starting soon, and nothing later, nothing else', async () => {
    const roomId = await room();
    const door = await machine('room', roomId);
    // One room, so three series that never overlap: on now, starting within the quarter hour, later.
    const now = await create(hostDesk(), 'bookingSeries', seriesFields(roomId, { weekdays: [2], startTime: '17:00', endTime: '17:40' }));
    const soon = await create(hostDesk(), 'bookingSeries', seriesFields(roomId, { weekdays: [2], startTime: '17:44', endTime: '17:50' }));
    const later = await create(hostDesk(), 'bookingSeries', seriesFields(roomId, { weekdays: [2], startTime: '17:50', endTime: '18:30' }));
    for (const seriesId of [now, soon]) {
      expect(await push(door, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-01'), checkIn(seriesId))).toMatchObject({ status: 'applied' });
    }
    expect(await pulled(hostDesk(), seriesExceptionId(now, '2026-12-01'))).toMatchObject({ kind: 'checkedIn', deleted: false });
    expect(await push(door, 'seriesExceptions', seriesExceptionId(later, '2026-12-01'), checkIn(later))).toMatchObject(atTheDoor);
    // Next week's date, a date checked into already, another kind, or another id for the date: refused.
    expect(await push(door, 'seriesExceptions', seriesExceptionId(now, '2026-12-08'), checkIn(now, '2026-12-08'))).toMatchObject(atTheDoor);
    expect(await push(door, 'seriesExceptions', seriesExceptionId(now, '2026-12-01'), checkIn(now))).toMatchObject(atTheDoor);
    expect(await push(door, 'seriesExceptions', seriesExceptionId(later, '2026-12-01'), { ...checkIn(later), kind: 'skipped' })).toMatchObject(atTheDoor);
    expect(await push(door, 'seriesExceptions', newId(), checkIn(later))).toMatchObject(atTheDoor);
  });

  it('refuses the door a date of another room\'s series, as if it did not exist', async () => {
    const [mine, other] = [await room(), await room()];
    const door = await machine('room', mine);
    const seriesId = await create(hostDesk(), 'bookingSeries', tonight('room', other));
    const ownRoom = { status: 'refused', refusal: { code: 'roomDisplayOwnRoom', params: {} } };
    expect(await push(door, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-01'), checkIn(seriesId))).toMatchObject(ownRoom);
    expect(await push(door, 'seriesExceptions', seriesExceptionId('no-such-series', '2026-12-01'), checkIn('no-such-series'))).toMatchObject(ownRoom);
  });

  it('takes the kiosk\'s check-in of today\'s date that has not ended, also before its start, and no other day', async () => {
    const kiosk = await machine('kiosk');
    const tonightDesk = await create(hostDesk(), 'bookingSeries', tonight('desk', 'desk-1'));
    const lateDesk = await create(hostDesk(), 'bookingSeries', seriesFields('desk-2', { resourceKind: 'desk', weekdays: [2], startTime: '20:00', endTime: '22:00' }));
    const endedDesk = await create(hostDesk(), 'bookingSeries', seriesFields('desk-3', { resourceKind: 'desk', weekdays: [2], startTime: '08:00', endTime: '12:00' }));
    for (const seriesId of [tonightDesk, lateDesk]) {
      expect(await push(kiosk, 'seriesExceptions', seriesExceptionId(seriesId, '2026-12-01'), checkIn(seriesId))).toMatchObject({ status: 'applied' });
    }
    const onlyConfirms = { status: 'refused', refusal: { code: 'kioskOnlyConfirms', params: {} } };
    expect(await push(kiosk, 'seriesExceptions', seriesExceptionId(endedDesk, '2026-12-01'), checkIn(endedDesk))).toMatchObject(onlyConfirms);
    expect(await push(kiosk, 'seriesExceptions', seriesExceptionId(tonightDesk, '2026-12-08'), checkIn(tonightDesk, '2026-12-08'))).toMatchObject(onlyConfirms);
  });

  it('lets nobody but the hub write a release, not even a host, and a host still skips and restores dates', async () => {
    const kiosk = await machine('kiosk');
    const seriesId = await create(hostDesk(), 'bookingSeries', tonight('desk', 'desk-1'));
    const released = { ...checkIn(seriesId), kind: 'released' };
    const exceptionId = seriesExceptionId(seriesId, '2026-12-01');
    expect(await push(kiosk, 'seriesExceptions', exceptionId, released)).toMatchObject({ status: 'refused', refusal: { code: 'roleCannotWrite', params: { role: 'kiosk' } } });
    expect(await push(hostDesk(), 'seriesExceptions', exceptionId, released)).toMatchObject({ status: 'refused', refusal: { code: 'roleCannotWrite', params: { role: 'host' } } });
    expect(await push(hostDesk(), 'seriesExceptions', exceptionId, { ...released, kind: 'skipped' })).toMatchObject({ status: 'applied' });
    expect(await push(hostDesk(), 'seriesExceptions', exceptionId, { deleted: true })).toMatchObject({ status: 'applied' });
    // Given back, the date can be checked into again.
    expect(await push(kiosk, 'seriesExceptions', exceptionId, { ...checkIn(seriesId), deleted: false })).toMatchObject({ status: 'applied' });
  });
});
