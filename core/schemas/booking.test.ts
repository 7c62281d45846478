import { describe, expect, it } from 'vitest';
import { bookingRejectionSchema, breachFromRejection, rejectionFromBreach, upgradeRejection } from './booking';

describe('a stored rejection', () => {
  it('still reads rows from when a conflict was the only reason, and the older English ones upgraded', () => {
    const conflict = { code: 'bookingConflict', params: {}, winnerId: 'b0' };
    expect(bookingRejectionSchema.parse(conflict)).toEqual(conflict);
    expect(bookingRejectionSchema.parse({ ...conflict, winnerId: null })).toEqual({ ...conflict, winnerId: null });
    expect(bookingRejectionSchema.parse(upgradeRejection({ reason: 'Desk taken', winnerId: 'b0' }))).toEqual(conflict);
    expect(breachFromRejection(conflict)).toEqual({ code: 'bookingConflict', winnerId: 'b0' });
  });

  it('carries any breach as its code and params, with no winner but for a conflict', () => {
    const hours = rejectionFromBreach({ code: 'outsideOpeningHours', opens: '08:00', closes: '18:00' });
    expect(hours).toEqual({ code: 'outsideOpeningHours', params: { opens: '08:00', closes: '18:00' }, winnerId: null });
    expect(bookingRejectionSchema.parse(hours)).toEqual(hours);
    expect(rejectionFromBreach({ code: 'deskNotOpenToWalkIns' })).toEqual({ code: 'deskNotOpenToWalkIns', params: {}, winnerId: null });
    expect(breachFromRejection(rejectionFromBreach({ code: 'tooManyBookings', max: 3 }))).toEqual({ code: 'tooManyBookings', max: 3 });
  });

  it('refuses params that do not fit the code, and a winner or code smuggled in', () => {
    const accepted = (value: unknown) => bookingRejectionSchema.safeParse(value).success;
    expect(accepted({ code: 'outsideOpeningHours', params: { opens: '8 am', closes: '18:00' }, winnerId: null })).toBe(false);
    expect(accepted({ code: 'outsideOpeningHours', params: { opens: '08:00' }, winnerId: null })).toBe(false);
    expect(accepted({ code: 'hubClosed', params: { date: '2026-12-24' }, winnerId: 'b0' })).toBe(false);
    expect(accepted({ code: 'bookingConflict', params: { winnerId: 'b1' }, winnerId: 'b0' })).toBe(false);
    expect(accepted({ code: 'roomForHostsOnly', params: { code: 'bookingConflict' }, winnerId: null })).toBe(false);
    expect(accepted({ code: 'roomForHostsOnly', params: { note: 'x' }, winnerId: null })).toBe(false);
    expect(accepted({ code: 'notACode', params: {}, winnerId: null })).toBe(false);
  });
});
