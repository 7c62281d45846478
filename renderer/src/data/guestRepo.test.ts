import { afterEach, describe, expect, it } from 'vitest';
import type { DataContext } from './dataContext';
import { purgeExpiredGuests, signInGuest, signOutGuest } from './guestRepo';
import { openTestContext } from './testContext';

let wall = new Date('2026-10-01T09:00:00.000Z');
let context: DataContext;
afterEach(() => { context.db.close(); });

describe('guests', () => {
  it('signs guests in and out, and erases them everywhere after the retention period', async () => {
    context = await openTestContext({ now: () => wall });
    const early = await signInGuest(context, { name: 'Anna Berg', company: 'Kommune', purpose: 'Meeting', visitingMemberId: null });
    wall = new Date('2026-11-29T09:00:00.000Z');
    const recent = await signInGuest(context, { name: 'Jens Ravn', company: '', purpose: '', visitingMemberId: null });
    expect((await signOutGuest(context, recent.id)).leftAt).toBe(wall.toISOString());

    wall = new Date('2026-11-30T09:00:00.000Z');
    expect(await purgeExpiredGuests(context, 30)).toBe(1);
    const erased = await context.db.guests.get(early.id);
    expect(erased).toMatchObject({ deleted: true, name: '', company: '', purpose: '' });
    const lastChange = await context.db.outbox.orderBy('seq').last();
    expect(lastChange?.fields).toMatchObject({ deleted: true, name: '', company: '' });
    expect(await purgeExpiredGuests(context, 30)).toBe(0);
    expect((await context.db.guests.get(recent.id))?.name).toBe('Jens Ravn');
  });
});
