import { describe, expect, it } from 'vitest';
import type { Booking, Desk, Room, Zone } from '@core/schemas';
import { deskLabel, directionForScan, durationParts, timeSpentWithCheckOut, todaysEvents } from './kioskRules';

const NOW = new Date('2026-03-02T11:00:00');
const sync = { hlc: {}, deviceId: 'd', deleted: false };

function booking(id: string, fields: Partial<Booking>): Booking {
  return {
    id, resourceKind: 'room', resourceId: 'room-1', memberId: 'm-1', title: 'Village meeting',
    startsAt: new Date('2026-03-02T14:00:00').toISOString(), endsAt: new Date('2026-03-02T16:00:00').toISOString(),
    status: 'confirmed', rejection: null, confirmedAt: null, ...sync, ...fields,
  };
}

describe('kiosk rules', () => {
  it('toggles a card on the start screen and follows the screen elsewhere', () => {
    expect(directionForScan(null, false)).toBe('in');
    expect(directionForScan(null, true)).toBe('out');
    expect(directionForScan('in', true)).toBe('in');
    expect(directionForScan('out', false)).toBe('out');
  });

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

  it('splits a stay into hours and minutes, rounding down', () => {
    expect(durationParts((3 * 60 + 25) * 60_000 + 59_000)).toEqual({ hours: 3, minutes: 25 });
    expect(durationParts(59_000)).toEqual({ hours: 0, minutes: 0 });
    expect(durationParts(-5)).toEqual({ hours: 0, minutes: 0 });
  });

  it('counts the check-out just made even when the live events do not show it yet', () => {
    const events = [{ memberId: 'm-1', kind: 'in' as const, at: new Date('2026-03-02T07:35:00').toISOString() }];
    expect(timeSpentWithCheckOut(events, 'm-1', NOW)).toBe((3 * 60 + 25) * 60_000);
    const withOut = [...events, { memberId: 'm-1', kind: 'out' as const, at: NOW.toISOString() }];
    expect(timeSpentWithCheckOut(withOut, 'm-1', NOW)).toBe((3 * 60 + 25) * 60_000);
  });

  it('names a desk with its zone', () => {
    const zones: Zone[] = [{ id: 'z', name: 'Stille zone', kind: 'zone', parentId: null, quiet: true, ...sync }];
    const desks: Desk[] = [
      { id: 'd12', code: 'D12', zoneId: 'z', features: [], active: true, ...sync },
      { id: 'd13', code: 'D13', zoneId: null, features: [], active: true, ...sync },
    ];
    expect(deskLabel('d12', desks, zones)).toEqual({ desk: 'D12', zone: 'Stille zone' });
    expect(deskLabel('d13', desks, zones)).toEqual({ desk: 'D13', zone: null });
    expect(deskLabel('gone', desks, zones)).toBeNull();
  });
});
