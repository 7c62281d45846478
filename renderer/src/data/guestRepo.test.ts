import { afterEach, describe, expect, it } from 'vitest';
import type { DataContext } from './dataContext';
import { signInGuest, signOutGuest } from './guestRepo';
import { openTestContext } from './testContext';

let wall = new Date('2026-10-01T09:00:00.000Z');
let context: DataContext;
afterEach(() => { context.db.close(); });

// Expired guests are erased by the hub (main/hub/jobs/guestRetention.ts), never by a machine.
describe('guests', () => {
  it('signs guests in and out, each through the outbox', async () => {
    context = await openTestContext({ now: () => wall });
    const guest = await signInGuest(context, { name: 'Anna Berg', company: 'Kommune', purpose: 'Meeting', visitingMemberId: null });
    expect(guest).toMatchObject({ name: 'Anna Berg', arrivedAt: wall.toISOString(), leftAt: null, deleted: false });
    wall = new Date('2026-10-01T11:30:00.000Z');
    expect((await signOutGuest(context, guest.id)).leftAt).toBe(wall.toISOString());
    expect((await context.db.outbox.orderBy('seq').toArray()).map((entry) => [entry.recordId, Object.keys(entry.fields).includes('leftAt')])).toEqual([[guest.id, true], [guest.id, true]]);
  });
});
