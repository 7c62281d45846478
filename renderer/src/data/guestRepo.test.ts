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
    const guest = await signInGuest(context, { name: 'Anna Berg', company: 'Kommune', purpose: 'meeting', visitingMemberId: null });
    expect(guest).toMatchObject({ name: 'Anna Berg', purpose: 'meeting', arrivedAt: wall.toISOString(), leftAt: null, deleted: false });
    wall = new Date('2026-10-01T11:30:00.000Z');
    expect((await signOutGuest(context, guest.id)).leftAt).toBe(wall.toISOString());
    expect((await context.db.outbox.orderBy('seq').toArray()).map((entry) => [entry.recordId, Object.keys(entry.fields).includes('leftAt')])).toEqual([[guest.id, true], [guest.id, true]]);
  });

  it('stores the purpose as a code, no purpose as empty, and refuses words in its place', async () => {
    context = await openTestContext({ now: () => wall });
    expect((await signInGuest(context, { name: 'Anna Berg', company: '', purpose: null, visitingMemberId: null })).purpose).toBe('');
    // A caller that slips a screen's word through (the bug this guards against) is stopped before anything is stored.
    const word = { name: 'Bo Berg', company: '', purpose: 'Møde', visitingMemberId: null } as unknown as Parameters<typeof signInGuest>[1];
    await expect(signInGuest(context, word)).rejects.toThrow();
    expect(await context.db.guests.count()).toBe(1);
  });
});
