import { describe, expect, it } from 'vitest';
import { doorState, meetingToConfirm, type DoorBooking } from './roomDoor';

const at = (time: string) => `2026-12-01T${time}:00.000Z`;
const meeting = (id: string, from: string, to: string, overrides: Partial<DoorBooking> = {}): DoorBooking => ({ id, startsAt: at(from), endsAt: at(to), status: 'confirmed', confirmedAt: null, ...overrides });
const now = new Date(at('10:00'));

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
