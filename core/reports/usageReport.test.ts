import { describe, expect, it } from 'vitest';
import { zonedInstant } from '../time/zonedTime';
import { UNDERUSED_BELOW, usageReport, type ReportBooking, type ReportInput } from './usageReport';

const zone = 'Europe/Copenhagen';
const at = (date: string, time: string) => zonedInstant(date, time, zone).toISOString();
const booking = (resourceId: string, date: string, from: string, to: string, overrides: Partial<ReportBooking> = {}): ReportBooking => ({
  resourceId, startsAt: at(date, from), endsAt: at(date, to), status: 'confirmed', confirmedAt: null, ...overrides,
});

// Monday 30 November to Sunday 6 December 2026; open Monday to Friday 08-18, closed on Wednesday 2nd.
const base: ReportInput = {
  places: [
    { id: 'desk-1', kind: 'desk', name: 'D1', zoneId: 'zone-quiet' },
    { id: 'room-1', kind: 'room', name: 'Fjord', zoneId: 'zone-meet' },
  ],
  bookings: [],
  range: { from: '2026-11-30', to: '2026-12-06' },
  timeZone: zone,
  policy: { openingHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })), closedDates: ['2026-12-02'] },
  now: new Date(at('2026-12-07', '09:00')),
};

describe('the usage report', () => {
  const bookings = [
    booking('desk-1', '2026-11-30', '08:00', '18:00', { confirmedAt: at('2026-11-30', '08:05') }),
    booking('room-1', '2026-12-01', '09:00', '11:00'),
    // Overlaps the one before (two machines' bookings before the hub judged): counted once.
    booking('room-1', '2026-12-01', '10:00', '12:00', { status: 'released' }),
    booking('room-1', '2026-12-01', '10:30', '12:00'),
    booking('room-1', '2026-12-01', '13:00', '14:00', { status: 'cancelled' }),
    // A host's evening event: only its hour inside opening hours is use.
    booking('room-1', '2026-12-03', '17:00', '20:00', { confirmedAt: at('2026-12-03', '17:01') }),
    // On the closed day: no open time to use.
    booking('desk-1', '2026-12-02', '08:00', '18:00'),
    // A place no longer in use is left out.
    booking('desk-gone', '2026-11-30', '08:00', '18:00'),
  ];
  const report = usageReport({ ...base, bookings });

  it('measures each place against the hub\'s open hours, closed days counting for nothing', () => {
    const desk = report.places.find((place) => place.id === 'desk-1');
    const room = report.places.find((place) => place.id === 'room-1');
    // 4 open days of 10 hours.
    expect(desk).toMatchObject({ bookings: 2, bookedHours: 10, occupancy: 10 / 40 });
    expect(room).toMatchObject({ bookings: 3, bookedHours: 4, occupancy: 4 / 40 });
    expect(report.occupancy).toBeCloseTo(14 / 80);
    expect(report.places.map((place) => place.id)).toEqual(['desk-1', 'room-1']);
  });

  it('gives every day of the range, a closed day and the weekend with no share at all', () => {
    expect(report.days.map((day) => day.date)).toEqual(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(report.days.map((day) => day.occupancy)).toEqual([0.5, 3 / 20, null, 1 / 20, 0, null, null]);
    expect(report.days[2]).toMatchObject({ openHours: 0, bookedHours: 0 });
  });

  it('sums each zone over its places', () => {
    expect(report.zones).toEqual([
      { zoneId: 'zone-quiet', places: 1, bookedHours: 10, occupancy: 0.25 },
      { zoneId: 'zone-meet', places: 1, bookedHours: 4, occupancy: 0.1 },
    ]);
  });

  it('draws open weekdays by hour, each cell the booked share of the places in that hour', () => {
    expect(report.heatmap.hours).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
    expect(report.heatmap.rows.map((row) => row.weekday)).toEqual([1, 2, 3, 4, 5]);
    const monday = report.heatmap.rows[0]?.cells;
    expect(monday).toEqual(Array(10).fill(0.5));
    const tuesday = report.heatmap.rows[1]?.cells;
    expect(tuesday?.slice(0, 5)).toEqual([0, 0.5, 0.5, 0.5, 0]);
    // Wednesday's only date was a closed day: no open time at all, so no share, not 0 %.
    expect(report.heatmap.rows[2]?.cells).toEqual(Array(10).fill(null));
    expect(report.heatmap.rows[3]?.cells.at(-1)).toBe(0.5);
  });

  it('counts check-ins, no-shows and releases of the bookings that have ended or were released', () => {
    expect(report.attendance).toEqual({ judged: 6, checkedIn: 2, noShows: 4, released: 1, noShowRate: 4 / 6, releaseRate: 1 / 6 });
    const early = usageReport({ ...base, bookings, now: new Date(at('2026-12-01', '10:00')) });
    // Only Monday's desk has ended, and the Tuesday release is judged already.
    expect(early.attendance).toMatchObject({ judged: 2, checkedIn: 1, released: 1 });
  });

  it('names the busiest rooms and the rooms used under 30 % of their open time', () => {
    expect(report.rooms.busiest.map((room) => room.id)).toEqual(['room-1']);
    expect(report.rooms.underused.map((room) => room.id)).toEqual(['room-1']);
    const full = usageReport({ ...base, bookings: ['2026-11-30', '2026-12-01', '2026-12-03', '2026-12-04'].map((date) => booking('room-1', date, '08:00', '12:00')) });
    expect(full.places[1]?.occupancy).toBe(0.4);
    expect(full.rooms.underused).toEqual([]);
    expect(UNDERUSED_BELOW).toBe(0.3);
  });

  it('keeps wall-clock hours across the change to winter time', () => {
    // Sunday 25 October 2026 the clocks go back; the hub opens every day 08-18 that week.
    const week: ReportInput = {
      ...base,
      range: { from: '2026-10-24', to: '2026-10-26' },
      policy: { openingHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })), closedDates: [] },
      bookings: ['2026-10-24', '2026-10-25', '2026-10-26'].map((date) => booking('desk-1', date, '08:00', '18:00')),
      now: new Date('2026-11-01T00:00:00Z'),
    };
    const dst = usageReport(week);
    expect(dst.days.map((day) => [day.openHours, day.bookedHours])).toEqual([[10, 10], [10, 10], [10, 10]]);
    expect(dst.heatmap.rows.find((row) => row.weekday === 7)?.cells).toEqual(Array(10).fill(0.5));
  });

  it('says nothing is known, not 0 %, when the hub was closed all range or has no place', () => {
    const closed = usageReport({ ...base, range: { from: '2026-12-05', to: '2026-12-06' } });
    expect(closed.occupancy).toBeNull();
    expect(closed.places.every((place) => place.occupancy === null)).toBe(true);
    expect(closed.rooms.underused).toEqual([]);
    const empty = usageReport({ ...base, places: [] });
    expect(empty.occupancy).toBeNull();
    expect(empty.attendance.noShowRate).toBeNull();
  });
});
