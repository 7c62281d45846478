import { describe, expect, it } from 'vitest';
import { digestDue, digestIsEmpty, lastDigestSchema } from './digest';

const now = new Date('2026-12-04T09:30:00Z');

describe('the pinboard\'s daily digest', () => {
  it('comes once a day, from eight on, counting from the last one', () => {
    expect(digestDue(null, '2026-12-04', '10:30', now)).toEqual({ since: '2026-12-03T09:30:00.000Z' });
    expect(digestDue({ day: '2026-12-03', at: '2026-12-03T07:10:00.000Z' }, '2026-12-04', '08:00', now)).toEqual({ since: '2026-12-03T07:10:00.000Z' });
    expect(digestDue({ day: '2026-12-04', at: '2026-12-04T07:10:00.000Z' }, '2026-12-04', '17:00', now)).toBeNull();
    expect(digestDue(null, '2026-12-04', '07:59', now)).toBeNull();
  });

  it('is never sent empty', () => {
    expect(digestIsEmpty({ newProjects: 0, comments: 0, joined: 0, pendingHours: 0, pendingOffers: 0 })).toBe(true);
    expect(digestIsEmpty({ newProjects: 0, comments: 0, joined: 0, pendingHours: 2, pendingOffers: 0 })).toBe(false);
  });

  it('reads only a well-formed record of the last one', () => {
    expect(lastDigestSchema.safeParse({ day: '2026-12-04', at: '2026-12-04T07:10:00.000Z' }).success).toBe(true);
    expect(lastDigestSchema.safeParse({ day: 'yesterday', at: 3 }).success).toBe(false);
  });
});
