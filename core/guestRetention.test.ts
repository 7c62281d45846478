import { describe, expect, it } from 'vitest';
import { expiredGuests } from './guestRetention';
import type { Guest } from './schemas';

const guest = (id: string, arrivedAt: string, deleted = false): Guest => ({
  id, name: 'Anna', company: '', purpose: '', visitingMemberId: null, arrivedAt, leftAt: null,
  hlc: { '*': '0001700000000-000000-test' }, deviceId: 'test', deleted,
});

describe('expiredGuests', () => {
  it('returns guests older than the retention period, not yet deleted', () => {
    const now = new Date('2026-11-30T12:00:00.000Z');
    const guests = [guest('old', '2026-10-30T11:00:00.000Z'), guest('recent', '2026-11-29T09:00:00.000Z'), guest('gone', '2026-01-01T00:00:00.000Z', true)];
    expect(expiredGuests(guests, 30, now).map((g) => g.id)).toEqual(['old']);
    expect(expiredGuests(guests, 1, now).map((g) => g.id)).toEqual(['old', 'recent']);
  });
});
