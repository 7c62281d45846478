import { describe, expect, it } from 'vitest';
import { defaultHubSettings } from '@core/schemas';
import { guestErasures } from './guestRetention';

const context = (now: string, guestRetentionDays: number) => ({ now: new Date(now), settings: { ...defaultHubSettings, guestRetentionDays }, newId: () => 'unused' });

describe('guestErasures', () => {
  const guests = [
    { id: 'old', deleted: false, arrivedAt: '2026-10-01T07:00:00.000Z' },
    { id: 'recent', deleted: false, arrivedAt: '2026-10-20T07:00:00.000Z' },
    { id: 'gone', deleted: true, arrivedAt: '2026-01-01T07:00:00.000Z' },
  ];

  it('turns guests older than the retention setting into tombstones with every personal field blanked', () => {
    expect(guestErasures(guests, context('2026-11-05T09:00:00Z', 30))).toEqual([
      { table: 'guests', recordId: 'old', fields: { deleted: true, name: '', company: '', purpose: '', visitingMemberId: null } },
    ]);
  });

  it('follows the current setting and leaves tombstones alone', () => {
    expect(guestErasures(guests, context('2026-11-05T09:00:00Z', 7)).map((write) => write.recordId)).toEqual(['old', 'recent']);
    expect(guestErasures(guests, context('2026-10-02T09:00:00Z', 30))).toEqual([]);
  });
});
