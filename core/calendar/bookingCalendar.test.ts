import { describe, expect, it } from 'vitest';
import { bookingCalendar } from './bookingCalendar';

const booking = { id: 'b1', startsAt: '2027-06-01T11:00:00.000Z', endsAt: '2027-06-01T12:00:00.000Z', hlc: { '*': '1796000000000-000000-host1' } };

describe('a booking calendar', () => {
  it('writes a single event in UTC when no zone component is at hand (a download in the app)', () => {
    const text = bookingCalendar({ name: 'Landhub', timeZone: 'Europe/Copenhagen', events: [{ booking, summary: 'Strik og snak', location: 'Fjorden' }] });
    expect(text).toContain('UID:b1@landhub');
    expect(text).toContain('DTSTART:20270601T110000Z');
    expect(text).not.toContain('VTIMEZONE');
  });

  it('writes the hub\'s zone with its VTIMEZONE when given one (the hub\'s feeds)', () => {
    const text = bookingCalendar({
      name: 'Landhub', timeZone: 'Europe/Copenhagen', events: [{ booking, summary: 'Strik og snak', location: 'Fjorden' }],
      vtimezone: (zone) => `BEGIN:VTIMEZONE\r\nTZID:${zone}\r\nEND:VTIMEZONE`,
    });
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20270601T130000');
    expect(text).toContain('TZID:Europe/Copenhagen');
  });
});
