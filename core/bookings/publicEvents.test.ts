import { describe, expect, it } from 'vitest';
import type { Booking } from '../schemas';
import { zonedInstant } from '../time/zonedTime';
import { publicEventsToday } from './publicEvents';

const CPH = 'Europe/Copenhagen';
const at = (date: string, time: string) => zonedInstant(date, time, CPH).toISOString();
const now = zonedInstant('2026-12-01', '12:00', CPH);
const booking = (id: string, from: string, to: string, overrides: Partial<Booking> = {}): Booking => ({
  id, resourceKind: 'room', resourceId: 'room-1', memberId: 'm1', title: 'Private words', startsAt: at('2026-12-01', from), endsAt: at('2026-12-01', to),
  status: 'confirmed', rejection: null, confirmedAt: null, publicEvent: { title: `Event ${id}`, description: '' }, hlc: {}, deviceId: 'd', deleted: false, ...overrides,
});

describe("today's public events", () => {
  it('lists the public room bookings of the hub\'s day that have not ended, soonest first, by their public words only', () => {
    const events = publicEventsToday([
      booking('late', '17:00', '19:00'),
      booking('now', '11:00', '13:00'),
      booking('over', '09:00', '10:00'),
      booking('private', '14:00', '15:00', { publicEvent: null }),
      booking('old-row', '14:00', '15:00', { publicEvent: undefined }),
      booking('cancelled', '15:00', '16:00', { status: 'cancelled' }),
      booking('tomorrow', '10:00', '11:00', { startsAt: at('2026-12-02', '10:00'), endsAt: at('2026-12-02', '11:00') }),
      booking('gone', '15:00', '16:00', { deleted: true }),
    ], [{ id: 'room-1', name: 'Fjorden' }], now, CPH);
    expect(events.map((event) => event.id)).toEqual(['now', 'late']);
    expect(events[0]).toEqual({ id: 'now', title: 'Event now', description: '', startsAt: at('2026-12-01', '11:00'), endsAt: at('2026-12-01', '13:00'), roomName: 'Fjorden' });
    expect(JSON.stringify(events)).not.toContain('Private words');
  });

  it("counts the day on the hub's clock: just after midnight in Copenhagen is still before midnight in UTC", () => {
    const early = zonedInstant('2026-12-02', '00:30', CPH);
    const event = booking('breakfast', '07:00', '08:00', { startsAt: at('2026-12-02', '07:00'), endsAt: at('2026-12-02', '08:00') });
    expect(publicEventsToday([event], [], early, CPH).map((found) => found.id)).toEqual(['breakfast']);
    expect(publicEventsToday([event], [], early, 'UTC')).toEqual([]);
  });
});
