import { describe, expect, it } from 'vitest';
import { defaultBookingPolicy, type BookingPolicy } from '@core/bookings/bookingPolicy';
import { defaultHubSettings, HUB_SETTINGS_ID } from '@core/schemas';
import { useHubOnTuesdayEvening, type TestMachine } from './hubOnTuesday';

/**
 * The hub enforces the booking policy by the pushing machine's role: a real hub on loopback,
 * real sockets. The hub's clock is injected and starts on a Tuesday at 17:30 in its zone, so
 * every time below lies in its day and its opening hours (08:00 to 18:00) whenever the test runs.
 */

const { push, pulled, create, machine, bookNow, hubNow, inMinutes, walkIn, host: hostDesk } = useHubOnTuesdayEvening();
const storedBooking = (id: string) => pulled(hostDesk(), id);

/** Pushes a new booking and answers how the hub stored it. */
async function book(from: TestMachine, fields: Record<string, unknown>) {
  const id = await create(from, 'bookings', fields);
  return { id, row: await storedBooking(id) };
}

const roomFields = (bookableBy: 'members' | 'hosts') => ({ name: `Room ${bookableBy}`, zoneId: null, capacity: 6, equipment: [], description: '', active: true, bookableBy });
const deskFields = (extra: Record<string, unknown>) => ({ code: 'D1', zoneId: null, features: [], active: true, fixedMemberId: null, outOfService: null, ...extra });
const setPolicy = (policy: BookingPolicy) => push(hostDesk(), 'hubSettings', HUB_SETTINGS_ID, { ...defaultHubSettings, bookingPolicy: policy });
const rejectedFor = (code: string, params: Record<string, unknown> = {}) => ({ status: 'rejected', rejection: { code, params, winnerId: null } });

const newRoom = (bookableBy: 'members' | 'hosts' = 'members') => create(hostDesk(), 'rooms', roomFields(bookableBy));
const newDesk = (extra: Record<string, unknown> = {}) => create(hostDesk(), 'desks', deskFields(extra));

describe('a room display books by the member rules', () => {
  it('is rejected outside opening hours, stamped by the hub; the same booking from a host desk stands', async () => {
    const roomId = await newRoom();
    const door = await machine('room', roomId);
    const late = await book(door, bookNow(roomId, 60));
    expect(late.row).toMatchObject(rejectedFor('outsideOpeningHours', { opens: '08:00', closes: '18:00' }));
    expect(late.row?.hlc.rejection?.endsWith('-hub')).toBe(true);
    expect((await book(hostDesk(), { ...bookNow(roomId, 60), title: 'Evening talk' })).row).toMatchObject({ status: 'confirmed', rejection: null });
  });

  it('is rejected in a room for hosts only, however well it fits the hours', async () => {
    const roomId = await newRoom('hosts');
    const door = await machine('room', roomId);
    expect((await book(door, bookNow(roomId, 15))).row).toMatchObject(rejectedFor('roomForHostsOnly'));
    expect((await book(hostDesk(), bookNow(roomId, 15))).row).toMatchObject({ status: 'confirmed' });
  });

  it('keeps a booking made before the policy changed through its check-in, early end and cancel', async () => {
    const roomId = await newRoom();
    const door = await machine('room', roomId);
    const first = await book(door, { ...bookNow(roomId, 20), confirmedAt: null });
    const second = await book(hostDesk(), { ...bookNow(roomId, 45), startsAt: inMinutes(20), confirmedAt: null });
    expect([first.row?.status, second.row?.status]).toEqual(['confirmed', 'confirmed']);
    // The hub now closes at 17:00 on Tuesdays: both bookings break the new policy.
    expect(await setPolicy({ ...defaultBookingPolicy, openingHours: [{ weekday: 2, opens: '08:00', closes: '17:00' }] })).toMatchObject({ status: 'applied' });

    expect(await push(door, 'bookings', first.id, { confirmedAt: hubNow().toISOString() })).toMatchObject({ status: 'applied' });
    expect(await push(door, 'bookings', first.id, { endsAt: inMinutes(5) })).toMatchObject({ status: 'applied' });
    expect(await storedBooking(first.id)).toMatchObject({ status: 'confirmed', rejection: null });
    expect(await push(hostDesk(), 'bookings', second.id, { status: 'cancelled' })).toMatchObject({ status: 'applied' });
    expect(await storedBooking(second.id)).toMatchObject({ status: 'cancelled', rejection: null });
    // A new booking is held to the new policy (after the first meeting, which now ends in 5 minutes).
    expect((await book(door, { ...bookNow(roomId, 15), startsAt: inMinutes(5) })).row).toMatchObject(rejectedFor('outsideOpeningHours', { opens: '08:00', closes: '17:00' }));
  });
});

describe('a kiosk books walk-ins', () => {
  it('is rejected on a desk fixed to a member or out of service, never for the opening hours', async () => {
    const kiosk = await machine('kiosk');
    const fixed = await newDesk({ fixedMemberId: 'member-2' });
    const broken = await newDesk({ outOfService: 'Broken chair' });
    const hot = await newDesk();
    expect((await book(kiosk, walkIn(fixed))).row).toMatchObject(rejectedFor('deskNotOpenToWalkIns'));
    expect((await book(kiosk, walkIn(broken))).row).toMatchObject(rejectedFor('deskNotOpenToWalkIns'));
    // 17:30 plus an hour is past closing; a walk-in may stay.
    expect((await book(kiosk, { ...walkIn(hot), endsAt: inMinutes(60) })).row).toMatchObject({ status: 'confirmed' });
  });

  it('ends a walk-in early on a desk fixed to a member since', async () => {
    const kiosk = await machine('kiosk');
    const deskId = await newDesk();
    const { id } = await book(kiosk, walkIn(deskId));
    expect(await push(hostDesk(), 'desks', deskId, { fixedMemberId: 'member-2' })).toMatchObject({ status: 'applied' });
    expect(await push(kiosk, 'bookings', id, { endsAt: inMinutes(1) })).toMatchObject({ status: 'applied' });
    expect(await storedBooking(id)).toMatchObject({ status: 'confirmed', rejection: null });
  });
});
