import { describe, expect, it } from 'vitest';
import type { Booking, Room } from '@core/schemas';
import { roomBookingsToday } from './todaysEvents';

const NOW = new Date('2026-03-02T11:00:00');
/** The test's times are the process's local ones: the rule is given that zone as the hub's. */
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const sync = { hlc: {}, deviceId: 'd', deleted: false };

function booking(id: string, fields: Partial<Booking>): Booking {
  return {
    id, resourceKind: 'room', resourceId: 'room-1', memberId: 'm-1', title: 'Salary talk with Jens',
    startsAt: new Date('2026-03-02T14:00:00').toISOString(), endsAt: new Date('2026-03-02T16:00:00').toISOString(),
    status: 'confirmed', rejection: null, confirmedAt: null, ...sync, ...fields,
  };
}

describe('roomBookingsToday', () => {
  it('counts every confirmed room booking of today and lists those not over, with no title and no one’s name', () => {
    const rooms: Room[] = [{ id: 'room-1', name: 'Fjorden', zoneId: null, capacity: 8, equipment: [], description: '', active: true, ...sync }];
    const today = roomBookingsToday([
      booking('late', { startsAt: new Date('2026-03-02T17:00:00').toISOString(), endsAt: new Date('2026-03-02T18:00:00').toISOString() }),
      booking('soon', {}),
      booking('untitled', { title: '', startsAt: new Date('2026-03-02T12:00:00').toISOString(), endsAt: new Date('2026-03-02T13:00:00').toISOString() }),
      booking('desk', { resourceKind: 'desk' }),
      booking('cancelled', { status: 'cancelled' }),
      booking('over', { startsAt: new Date('2026-03-02T08:00:00').toISOString(), endsAt: new Date('2026-03-02T10:00:00').toISOString() }),
      booking('tomorrow', { startsAt: new Date('2026-03-03T08:00:00').toISOString(), endsAt: new Date('2026-03-03T10:00:00').toISOString() }),
    ], rooms, NOW, ZONE);
    expect(today.count).toBe(4);
    expect(today.upcoming.map((slot) => slot.id)).toEqual(['untitled', 'soon', 'late']);
    expect(today.upcoming[1]).toEqual({ id: 'soon', startsAt: new Date('2026-03-02T14:00:00').toISOString(), endsAt: new Date('2026-03-02T16:00:00').toISOString(), roomName: 'Fjorden' });
    expect(JSON.stringify(today)).not.toMatch(/m-1|Salary/);
    expect(roomBookingsToday([booking('x', {})], [], NOW, ZONE).upcoming[0]?.roomName).toBeNull();
  });
});
