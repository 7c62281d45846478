import { describe, expect, it } from 'vitest';
import { defaultBookingPolicy, type BookingPolicy } from '@core/bookings/bookingPolicy';
import {
  addClosedDate, draftFromPolicy, lengthParts, pastClosedDates, roomLengthOptions, sameDraft, validateBookingRulesDraft,
  type BookingRulesDraft, type DayDraft,
} from './bookingRulesDraft';

const stored = draftFromPolicy(defaultBookingPolicy);
const withDay = (weekday: number, patch: Partial<DayDraft>): BookingRulesDraft => ({
  ...stored,
  days: stored.days.map((day) => (day.weekday === weekday ? { ...day, ...patch } : day)),
});

describe('the booking rules form', () => {
  it('shows the week Monday first and turns the stored policy into a form and back without change', () => {
    expect(stored.days.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(stored.days.map((day) => day.open)).toEqual([true, true, true, true, true, false, false]);
    const result = validateBookingRulesDraft(stored);
    expect(result).toEqual({ ok: true, policy: defaultBookingPolicy });
  });

  it('keeps a closed day\'s hours in the form and saves only the open days', () => {
    const saturday = withDay(6, { open: true, opens: '10:00', closes: '14:00' });
    const closedFriday = { ...saturday, days: saturday.days.map((day) => (day.weekday === 5 ? { ...day, open: false } : day)) };
    const result = validateBookingRulesDraft(closedFriday);
    expect(result.ok && result.policy.openingHours.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 6]);
    expect(result.ok && result.policy.openingHours.at(-1)).toEqual({ weekday: 6, opens: '10:00', closes: '14:00' });
    expect(closedFriday.days[4]).toMatchObject({ open: false, opens: '08:00', closes: '18:00' });
  });

  it('refuses a day that closes when or before it opens, by that day alone', () => {
    for (const closes of ['08:00', '07:45']) {
      const result = validateBookingRulesDraft(withDay(2, { closes }));
      expect(result.ok ? null : result.errors).toEqual({ days: { 2: 'closesBeforeOpens' }, limits: {} });
    }
  });

  it('refuses an empty or broken time, but not on a closed day', () => {
    const result = validateBookingRulesDraft(withDay(3, { opens: '' }));
    expect(result.ok ? null : result.errors.days).toEqual({ 3: 'notATime' });
    expect(validateBookingRulesDraft(withDay(3, { opens: '', open: false })).ok).toBe(true);
    expect(validateBookingRulesDraft(withDay(7, { closes: 'late' })).ok).toBe(true);
  });

  it('reads times the way people write them', () => {
    const result = validateBookingRulesDraft(withDay(1, { opens: '7.30', closes: '1600' }));
    expect(result.ok && result.policy.openingHours[0]).toEqual({ weekday: 1, opens: '07:30', closes: '16:00' });
  });

  it.each([
    ['maxDaysAhead', ''], ['maxDaysAhead', '-1'], ['maxDaysAhead', '731'], ['maxDaysAhead', '2.5'],
    ['maxRoomMinutes', '10'], ['maxRoomMinutes', '1441'], ['maxRoomMinutes', 'x'],
    ['maxActivePerMember', '0'], ['maxActivePerMember', '501'], ['maxActivePerMember', ' '],
  ] as const)('refuses %s = "%s" by its field', (field, value) => {
    const result = validateBookingRulesDraft({ ...stored, [field]: value });
    expect(result.ok ? null : result.errors).toEqual({ days: {}, limits: { [field]: true } });
  });

  it('accepts the ends of each range and reports every wrong field at once', () => {
    expect(validateBookingRulesDraft({ ...stored, maxDaysAhead: '0', maxActivePerMember: '500', maxRoomMinutes: '480' }).ok).toBe(true);
    const result = validateBookingRulesDraft({ ...withDay(1, { closes: '06:00' }), maxDaysAhead: '', maxActivePerMember: '0' });
    expect(result.ok ? null : result.errors).toEqual({ days: { 1: 'closesBeforeOpens' }, limits: { maxDaysAhead: true, maxActivePerMember: true } });
  });

  it('lets the schema refuse more closed days than it keeps', () => {
    const many = Array.from({ length: 401 }, (_, index) => new Date(Date.UTC(2030, 0, 1 + index)).toISOString().slice(0, 10));
    const result = validateBookingRulesDraft({ ...stored, closedDates: many });
    expect(result.ok ? null : result.errors.closedDates).toBe('tooMany');
  });

  it('adds a closed day in date order, and refuses an empty, past or listed one', () => {
    const today = '2026-12-03';
    const first = addClosedDate([], '2026-12-24', today);
    expect(first).toEqual({ kind: 'added', closedDates: ['2026-12-24'] });
    const list = first.kind === 'added' ? first.closedDates : [];
    expect(addClosedDate(list, '2026-12-03', today)).toEqual({ kind: 'added', closedDates: ['2026-12-03', '2026-12-24'] });
    expect(addClosedDate(list, '', today)).toEqual({ kind: 'noDate' });
    expect(addClosedDate(list, '2026-02-30', today)).toEqual({ kind: 'noDate' });
    expect(addClosedDate(list, '2026-12-02', today)).toEqual({ kind: 'passed' });
    expect(addClosedDate(list, '2026-12-24', today)).toEqual({ kind: 'duplicate' });
  });

  it('finds the closed days that have passed and lists stored days in order, each once', () => {
    const policy: BookingPolicy = { ...defaultBookingPolicy, closedDates: ['2027-01-01', '2026-06-05', '2026-12-24', '2026-06-05'] };
    const draft = draftFromPolicy(policy);
    expect(draft.closedDates).toEqual(['2026-06-05', '2026-12-24', '2027-01-01']);
    expect(pastClosedDates(draft.closedDates, '2026-12-24')).toEqual(['2026-06-05']);
  });

  it('offers room lengths from 30 minutes to 8 hours, and a stored length that is not among them', () => {
    expect(roomLengthOptions('240')).toEqual([30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 420, 480]);
    expect(roomLengthOptions('600').at(-1)).toBe(600);
    expect(roomLengthOptions('20')[0]).toBe(20);
    expect(lengthParts(90)).toEqual({ hours: 1, minutes: 30 });
    expect(lengthParts(45)).toEqual({ hours: 0, minutes: 45 });
  });

  it('tells an edited draft from the stored one', () => {
    expect(sameDraft(stored, draftFromPolicy(defaultBookingPolicy))).toBe(true);
    expect(sameDraft(stored, withDay(6, { open: true }))).toBe(false);
  });
});
