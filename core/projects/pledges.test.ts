import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PledgeFields, VolunteerHoursFields } from '../schemas/project';
import {
  hoursByMember, hoursByProject, hoursValue, hubYear, memberMonth, monthOf, pledgedInMonth, pledgeHoursInMonth, pledgeId, pledgeLeftByMember, previousMonth, replacePledge,
} from './pledges';

const pledge = (fields: Partial<PledgeFields> = {}): PledgeFields & { id: string } => {
  const row = { memberId: 'm1', fromMonth: '2026-01', untilMonth: null, hoursPerMonth: 8, weekShare: null, weekHours: null, createdAt: '2026-01-01T09:00:00.000Z', ...fields };
  return { id: pledgeId(row.memberId, row.fromMonth), ...row };
};
const hours = (fields: Partial<VolunteerHoursFields> & { deleted?: boolean } = {}) => ({
  memberId: 'm1', projectId: 'p1', on: '2026-12-03', hours: 2, approval: 'approved' as const, ...fields,
});

describe('months in the hub\'s time zone', () => {
  it('put an instant in the month it is in the hub\'s zone, not in UTC', () => {
    // 23:30 UTC on 30 November is already December in Copenhagen.
    expect(monthOf(new Date('2026-11-30T23:30:00.000Z'), 'Europe/Copenhagen')).toBe('2026-12');
    expect(monthOf(new Date('2026-11-30T23:30:00.000Z'), 'UTC')).toBe('2026-11');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
  });
});

describe('pledges', () => {
  it('count hours a month as pledged, or a share of the week over the weeks of the month', () => {
    expect(pledgeHoursInMonth(pledge(), '2026-03')).toBe(8);
    expect(pledgeHoursInMonth(pledge(), '2025-12')).toBe(0);
    expect(pledgeHoursInMonth(pledge({ untilMonth: '2026-02' }), '2026-03')).toBe(0);
    // 20 % of a 37-hour week in February (28 days, four weeks): 29.6 hours.
    expect(pledgeHoursInMonth(pledge({ hoursPerMonth: null, weekShare: 0.2 }), '2026-02')).toBeCloseTo(29.6);
    expect(pledgeHoursInMonth(pledge({ hoursPerMonth: null, weekShare: 0.5, weekHours: 20 }), '2026-02')).toBeCloseTo(40);
  });

  it('change from a month on and leave every month before it as it was', () => {
    const first = pledge();
    const writes = replacePledge([first], { memberId: 'm1', hoursPerMonth: 4, weekShare: null, weekHours: null, createdAt: '2026-06-01T09:00:00.000Z' }, '2026-06');
    expect(writes).toEqual([
      { id: first.id, fields: { untilMonth: '2026-05' } },
      { id: pledgeId('m1', '2026-06'), fields: { memberId: 'm1', hoursPerMonth: 4, weekShare: null, weekHours: null, createdAt: '2026-06-01T09:00:00.000Z', fromMonth: '2026-06', untilMonth: null } },
    ]);
    // Changed again in the same month: the same row, nothing else closes.
    expect(replacePledge([{ ...first, untilMonth: '2026-05' }, pledge({ fromMonth: '2026-06', hoursPerMonth: 4 })], { memberId: 'm1', hoursPerMonth: 6, weekShare: null, weekHours: null, createdAt: '2026-06-02T09:00:00.000Z' }, '2026-06'))
      .toHaveLength(1);
  });

  it('keep what any month pledged whatever is pledged later (property)', () => {
    const month = fc.integer({ min: 0, max: 35 }).map((n) => `${2025 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`);
    const change = fc.record({ month, hoursPerMonth: fc.integer({ min: 0, max: 40 }) });
    fc.assert(fc.property(fc.array(change, { minLength: 1, maxLength: 8 }), (changes) => {
      const sorted = [...changes].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
      const rows = new Map<string, PledgeFields & { id: string }>();
      const apply = (one: { month: string; hoursPerMonth: number }) => {
        for (const write of replacePledge([...rows.values()], { memberId: 'm1', hoursPerMonth: one.hoursPerMonth, weekShare: null, weekHours: null, createdAt: '2026-01-01T00:00:00.000Z' }, one.month)) {
          const before = rows.get(write.id);
          rows.set(write.id, { ...(before ?? pledge()), ...write.fields, id: write.id });
        }
      };
      for (const [index, one] of sorted.entries()) {
        const before = sorted.slice(0, index).length > 0 ? [...rows.values()] : [];
        const earlier = before.length > 0 ? pledgedInMonth(before, previousMonth(one.month)) : 0;
        apply(one);
        // The month before a change keeps its pledge, and from the change on the new pledge holds.
        if (before.length > 0) expect(pledgedInMonth([...rows.values()], previousMonth(one.month))).toBe(earlier);
        expect(pledgedInMonth([...rows.values()], one.month)).toBe(one.hoursPerMonth);
      }
    }));
  });
});

describe('a member\'s month', () => {
  it('adds logged hours (pending too) against the pledge, approved ones apart, never below nothing left', () => {
    const rows = [hours(), hours({ hours: 3, approval: 'pending' }), hours({ on: '2026-11-28', hours: 5 }), hours({ memberId: 'm2', hours: 7 }), hours({ hours: 4, deleted: true })];
    expect(memberMonth('m1', [pledge()], rows, '2026-12')).toEqual({ month: '2026-12', pledged: 8, logged: 5, approved: 2, remaining: 3 });
    expect(memberMonth('m1', [pledge({ hoursPerMonth: 1 })], rows, '2026-12').remaining).toBe(0);
    expect(pledgeLeftByMember([pledge(), pledge({ memberId: 'm3', hoursPerMonth: 2 })], rows, '2026-12')).toEqual(new Map([['m1', 3], ['m3', 2]]));
  });

  it('reads hours written before approvals as approved', () => {
    const legacy = { memberId: 'm1', projectId: 'p1', on: '2026-12-01', hours: 2 };
    expect(memberMonth('m1', [], [legacy], '2026-12').approved).toBe(2);
  });
});

describe('totals', () => {
  const rows = [hours(), hours({ projectId: 'p2', hours: 1 }), hours({ memberId: 'm2', hours: 3 }), hours({ approval: 'pending', hours: 9 }), hours({ memberId: null, projectId: null, hours: 1.5 })];

  it('per project and per member count approved hours, per member only for members who allow it', () => {
    expect(hoursByProject(rows)).toEqual(new Map<string | null, number>([['p1', 5], ['p2', 1], [null, 1.5]]));
    expect(hoursByMember(rows, new Map([['m1', { hoursByName: true }], ['m2', {}]]))).toEqual(new Map([['m1', 3]]));
  });

  it('for the hub\'s year, against the months pledged so far, and in money at the host\'s rate', () => {
    const year = hubYear(2026, [pledge({ fromMonth: '2026-11' })], [...rows, hours({ on: '2025-12-31', hours: 100 })], '2026-12');
    expect(year).toEqual({ given: 7.5, pledged: 16 });
    expect(hubYear(2026, [pledge()], [], '2026-03').pledged).toBe(24);
    expect(hoursValue(7.5, { volunteerHourValue: { amount: 150, currency: 'DKK' } })).toEqual({ amount: 1125, currency: 'DKK' });
    expect(hoursValue(7.5, {})).toBeNull();
    expect(hoursValue(7.5, null)).toBeNull();
  });

  it('never count more approved than logged, nor a project\'s total beyond the hub\'s (property)', () => {
    const entry = fc.record({
      memberId: fc.constantFrom('m1', 'm2', null), projectId: fc.constantFrom('p1', 'p2', null), on: fc.constantFrom('2026-11-30', '2026-12-01', '2026-12-31'),
      hours: fc.integer({ min: 1, max: 48 }).map((n) => n / 2), approval: fc.constantFrom('pending' as const, 'approved' as const), deleted: fc.boolean(),
    });
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
      const month = memberMonth('m1', [pledge()], entries, '2026-12');
      expect(month.approved).toBeLessThanOrEqual(month.logged);
      expect(month.remaining).toBe(Math.max(0, 8 - month.logged));
      const byProject = [...hoursByProject(entries).values()].reduce((a, b) => a + b, 0);
      expect(byProject).toBeCloseTo(hubYear(2026, [], entries).given);
    }));
  });
});
