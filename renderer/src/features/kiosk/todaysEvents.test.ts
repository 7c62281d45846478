import { describe, expect, it } from 'vitest';
import type { Booking, Room } from '@core/schemas';
import { todaysEvents } from './todaysEvents';

const NOW = new Date('2026-03-02T11:00:00');
const sync = { hlc: {}, deviceId: 'd', deleted: false };

function booking(id: string, fields: Partial<Booking>): Booking {
  return {
    id, resourceKind: 'room', resourceId: 'room-1', memberId: 'm-1', title: 'Village meeting',
    startsAt: new Date('2026-03-02T14:00:00').toISOString(), endsAt: new Date('2026-03-02T16:00:00').toISOString(),
    status: 'confirmed', rejection: null, confirmedAt: null, ...sync, ...fields,
  };
}

describe('todaysEvents', () => {
  it('shows as events only confirmed, titled room bookings not yet over, with no one’s name', () => {
    const rooms: Room[] = [{ id: 'room-1', name: 'Fjorden', zoneId: null, capacity: 8, equipment: [], description: '', active: true, ...sync }];
    const events = todaysEvents([
      booking('late', { startsAt: new Date('2026-03-02T17:00:00').toISOString(), endsAt: new Date('2026-03-02T18:00:00').toISOString() }),
      booking('soon', {}),
      booking('untitled', { title: '  ' }),
      booking('desk', { resourceKind: 'desk' }),
      booking('cancelled', { status: 'cancelled' }),
      booking('over', { startsAt: new Date('2026-03-02T08:00:00').toISOString(), endsAt: new Date('2026-03-02T10:00:00').toISOString() }),
    ], rooms, NOW);
    expect(events.map((event) => event.id)).toEqual(['soon', 'late']);
    expect(events[0]).toMatchObject({ id: 'soon', title: 'Village meeting', roomName: 'Fjorden' });
    expect(Object.keys(events[0]!).sort()).toEqual(['endsAt', 'id', 'roomName', 'startsAt', 'title']);
    expect(JSON.stringify(events)).not.toContain('m-1');
    expect(todaysEvents([booking('x', {})], [], NOW)[0]?.roomName).toBeNull();
  });
});
