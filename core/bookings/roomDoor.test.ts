import { describe, expect, it } from 'vitest';
import { defaultBookingPolicy } from './bookingPolicy';
import { doorState as doorStateBy, meetingToConfirm, type DoorBooking, type DoorRules } from './roomDoor';

const at = (time: string) => `2026-12-01T${time}:00.000Z`;
const meeting = (id: string, from: string, to: string, overrides: Partial<DoorBooking> = {}): DoorBooking => ({ id, startsAt: at(from), endsAt: at(to), status: 'confirmed', confirmedAt: null, ...overrides });
// 10:00 UTC on Tuesday 1 December 2026 is 11:00 in Copenhagen, well within the default opening hours.
const now = new Date(at('10:00'));
const rules: DoorRules = { policy: defaultBookingPolicy, timeZone: 'Europe/Copenhagen', membersMayBook: true };
const doorState = (bookings: readonly DoorBooking[], when: Date, doorRules: DoorRules = rules) => doorStateBy(bookings, when, doorRules);

describe('the room door', () => {
  it('is free with every length to book when nothing is coming', () => {
    const door = doorState([meeting('past', '08:00', '09:00'), meeting('gone', '10:00', '11:00', { status: 'cancelled' })], now);
    expect(door.state).toBe('free');
    expect(door.bookNow.map((option) => [option.minutes, option.fits, option.endsAt])).toEqual([[15, true, at('10:15')], [30, true, at('10:30')], [60, true, at('11:00')]]);
  });

  it('never offers a length that runs into the next booking, and says a meeting starts soon', () => {
    const door = doorState([meeting('next', '10:20', '11:00')], now);
    expect(door.state).toBe('free');
    expect(door.next?.id).toBe('next');
    expect(door.bookNow.map((option) => option.fits)).toEqual([true, false, false]);
    const soon = doorState([meeting('next', '10:10', '11:00')], now);
    expect(soon.state).toBe('startingSoon');
    expect(soon.bookNow.map((option) => option.fits)).toEqual([false, false, false]);
    expect(doorState([meeting('next', '10:30', '11:00')], now).bookNow.map((option) => option.fits)).toEqual([true, true, false]);
    expect(doorState([meeting('later', '10:16', '11:00')], now).state).toBe('free');
  });

  it('is in use during a meeting, offers no booking then, and lists what comes after', () => {
    const door = doorState([meeting('later', '13:00', '14:00'), meeting('now', '09:30', '10:30'), meeting('after', '10:30', '11:00')], now);
    expect(door.state).toBe('inUse');
    expect(door.current?.id).toBe('now');
    expect(door.upcoming.map((booking) => booking.id)).toEqual(['after', 'later']);
    expect(door.bookNow).toEqual([]);
    // A meeting that has just ended leaves the room free.
    expect(doorState([meeting('now', '09:30', '10:00')], now).state).toBe('free');
  });

  it('confirms the meeting under way or about to start, once', () => {
    expect(meetingToConfirm(doorState([meeting('now', '09:30', '10:30')], now), now)?.id).toBe('now');
    expect(meetingToConfirm(doorState([meeting('soon', '10:10', '10:30')], now), now)?.id).toBe('soon');
    expect(meetingToConfirm(doorState([meeting('later', '11:00', '12:00')], now), now)).toBeNull();
    expect(meetingToConfirm(doorState([meeting('now', '09:30', '10:30', { confirmedAt: at('09:31') })], now), now)).toBeNull();
  });
});

describe('the room door and the booking policy', () => {
  const lengths = (door: ReturnType<typeof doorState>) => door.bookNow.map((option) => [option.minutes, option.fits, option.breach?.code ?? null]);

  it('offers only the lengths that end by closing time, and says why the others are not', () => {
    // 16:40 UTC is 17:40 in Copenhagen; the hub closes at 18:00.
    const door = doorState([], new Date(at('16:40')));
    expect(lengths(door)).toEqual([[15, true, null], [30, false, 'outsideOpeningHours'], [60, false, 'outsideOpeningHours']]);
    expect(door.bookNowBlockedBy).toEqual({ code: 'outsideOpeningHours', opens: '08:00', closes: '18:00' });
  });

  it('tells the next meeting from a rule', () => {
    // A host's evening event from 18:30 in Copenhagen: the hour would run into it, the half hour past closing.
    const door = doorState([meeting('evening', '17:30', '19:00')], new Date(at('16:40')));
    expect(lengths(door)).toEqual([[15, true, null], [30, false, 'outsideOpeningHours'], [60, false, 'bookingConflict']]);
    expect(door.bookNowBlockedBy?.code).toBe('outsideOpeningHours');
    expect(doorState([meeting('next', '10:20', '11:00')], now).bookNowBlockedBy).toBeNull();
  });

  it('offers nothing in a room for hosts only, on a closed day, or before opening', () => {
    const hostsOnly = doorState([], now, { ...rules, membersMayBook: false });
    expect(hostsOnly.bookNow.every((option) => !option.fits)).toBe(true);
    expect(hostsOnly.bookNowBlockedBy).toEqual({ code: 'roomForHostsOnly' });
    expect(doorState([], new Date('2026-12-05T10:00:00.000Z')).bookNowBlockedBy).toEqual({ code: 'hubClosed', date: '2026-12-05' });
    expect(doorState([], new Date(at('06:30'))).bookNow.map((option) => option.fits)).toEqual([false, false, false]);
  });

  it('follows the hub\'s policy as a host set it', () => {
    const evenings = { ...defaultBookingPolicy, openingHours: [{ weekday: 2, opens: '08:00', closes: '22:00' }] };
    expect(doorState([], new Date(at('16:40')), { ...rules, policy: evenings }).bookNow.map((option) => option.fits)).toEqual([true, true, true]);
  });
});
