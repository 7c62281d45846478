import { describe, expect, it } from 'vitest';
import { dayHours, deskWeekColumns, roomDayColumns, roomDayRange } from '@core/bookings/bookingGrid';
import { defaultBookingPolicy } from '@core/bookings/bookingPolicy';
import type { Booking } from '@core/schemas';
import { zonedInstant } from '@core/time/zonedTime';
import { draftOfBooking, fieldsOfDraft, validateBookingDraft } from './bookingDraft';
import { draftOfPick, moveTarget } from './timelinePicks';
import type { PlacedBooking } from './useBookingTimeline';

const CPH = 'Europe/Copenhagen';
const calendar = { policy: defaultBookingPolicy, timeZone: CPH };
const tuesday = '2026-12-01';
const hours = dayHours(tuesday, defaultBookingPolicy);
const roomColumns = roomDayColumns(tuesday, roomDayRange(hours, []), hours, CPH);
const deskColumns = deskWeekColumns('2026-11-30', defaultBookingPolicy, CPH);
const iso = (date: string, time: string) => zonedInstant(date, time, CPH).toISOString();

function placed(startsAt: string, endsAt: string, first: number, last: number, resourceKind: 'desk' | 'room' = 'room'): PlacedBooking {
  const booking = { id: 'b1', resourceKind, resourceId: 'r1', memberId: 'm1', title: '', startsAt, endsAt, status: 'confirmed', rejection: null, confirmedAt: null, hlc: {}, deviceId: 'd', deleted: false } as Booking;
  return { booking, series: null, rowId: 'r1', first, last, who: 'Anna', time: '' };
}

describe('what a pick on the timeline books', () => {
  it('books the picked quarter hours of a room, on the hub clock', () => {
    const draft = draftOfPick('rooms', { columns: roomColumns, timeZone: CPH }, { rowId: 'r1', first: 4, last: 7 }, tuesday);
    expect(draft).toMatchObject({ resourceKind: 'room', date: tuesday, from: '09:00', to: '10:00' });
    expect(fieldsOfDraft({ ...draft, memberId: 'm1' }, calendar)).toMatchObject({ startsAt: iso(tuesday, '09:00'), endsAt: iso(tuesday, '10:00'), memberId: 'm1' });
  });

  it('books a desk for the half day picked, or the whole day when both halves are', () => {
    const grid = { columns: deskColumns, timeZone: CPH };
    expect(draftOfPick('desks', grid, { rowId: 'd1', first: 2, last: 2 }, tuesday)).toMatchObject({ date: tuesday, part: 'morning' });
    expect(draftOfPick('desks', grid, { rowId: 'd1', first: 3, last: 3 }, tuesday)).toMatchObject({ date: tuesday, part: 'afternoon' });
    expect(draftOfPick('desks', grid, { rowId: 'd1', first: 2, last: 3 }, tuesday)).toMatchObject({ date: tuesday, part: 'day' });
    const afternoon = fieldsOfDraft({ ...draftOfPick('desks', grid, { rowId: 'd1', first: 3, last: 3 }, tuesday), who: 'group', title: 'School' }, calendar);
    expect(afternoon).toMatchObject({ startsAt: iso(tuesday, '12:00'), endsAt: iso(tuesday, '18:00'), memberId: null, title: 'School' });
  });
});

describe('where a dragged booking lands', () => {
  it('moves a room booking by quarter hours, keeping its length, into another room', () => {
    expect(moveTarget('rooms', roomColumns, placed(iso(tuesday, '10:00'), iso(tuesday, '10:50'), 8, 11), 'r2', 3)).toEqual({
      resourceId: 'r2', startsAt: iso(tuesday, '10:45'), endsAt: iso(tuesday, '11:35'),
    });
  });

  it('moves a whole desk day by whole days only, and never off the week', () => {
    const wholeTuesday = placed(iso(tuesday, '08:00'), iso(tuesday, '18:00'), 2, 3, 'desk');
    expect(moveTarget('desks', deskColumns, wholeTuesday, 'd1', 1)).toEqual({ resourceId: 'd1', startsAt: iso('2026-12-02', '08:00'), endsAt: iso('2026-12-02', '18:00') });
    expect(moveTarget('desks', deskColumns, wholeTuesday, 'd1', -3)).toEqual({ resourceId: 'd1', startsAt: iso('2026-11-30', '08:00'), endsAt: iso('2026-11-30', '18:00') });
    expect(moveTarget('desks', deskColumns, wholeTuesday, 'd1', 12)).toBeNull();
    const morning = placed(iso(tuesday, '08:00'), iso(tuesday, '12:00'), 2, 2, 'desk');
    expect(moveTarget('desks', deskColumns, morning, 'd1', 1)).toEqual({ resourceId: 'd1', startsAt: iso(tuesday, '12:00'), endsAt: iso(tuesday, '18:00') });
  });
});

describe('the booking form', () => {
  it('opens a stored booking as it was made, and a booking to midnight as ending at 24:00', () => {
    const evening = placed(iso(tuesday, '19:00'), iso('2026-12-02', '00:00'), 0, 0).booking;
    expect(draftOfBooking(evening, calendar)).toMatchObject({ date: tuesday, from: '19:00', to: '24:00', who: 'member' });
    expect(fieldsOfDraft(draftOfBooking(evening, calendar), calendar)).toMatchObject({ startsAt: evening.startsAt, endsAt: evening.endsAt });
    const desk = placed(iso(tuesday, '12:00'), iso(tuesday, '18:00'), 3, 3, 'desk').booking;
    expect(draftOfBooking(desk, calendar).part).toBe('afternoon');
  });

  it('says which field is wrong: a member not chosen, a group without a name, an end before the start', () => {
    const draft = draftOfPick('rooms', { columns: roomColumns, timeZone: CPH }, { rowId: 'r1', first: 4, last: 7 }, tuesday);
    expect(validateBookingDraft(draft)).toEqual({ memberId: 'memberMissing' });
    expect(validateBookingDraft({ ...draft, who: 'group', title: '  ' })).toEqual({ title: 'groupNameMissing' });
    expect(validateBookingDraft({ ...draft, memberId: 'm1', from: '11:00', to: '10:00' })).toEqual({ to: 'endBeforeStart' });
    expect(validateBookingDraft({ ...draft, memberId: 'm1', title: 'x'.repeat(121) })).toEqual({ title: 'titleTooLong' });
  });
});
