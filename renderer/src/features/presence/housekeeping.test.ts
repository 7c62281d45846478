import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckIn, MemberFields } from '@core/schemas';
import { checkIn } from '../../data/checkInRepo';
import type { DataContext } from '../../data/dataContext';
import { signInGuest } from '../../data/guestRepo';
import { createRecord } from '../../data/recordWriter';
import { openTestContext } from '../../data/testContext';
import { closingCheckOuts, startHousekeeping, type HousekeepingOptions } from './housekeeping';

const member: MemberFields = {
  name: 'Søren Østergaard', photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [],
  email: '', phone: '', plan: 'flex', memberSince: '2024-01-01', active: true, consent: {}, cardToken: null, pinHash: null,
};
const timing = { firstRunMs: 1_000, guestPurgeEveryMs: 60_000, closingCheckEveryMs: 10_000 };

let wall: Date;
let context: DataContext;
let events: CheckIn[] = [];
let stop: (() => void) | null = null;

// Only the app's timers are faked: fake-indexeddb schedules its own work with setImmediate.
beforeEach(() => { vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] }); });
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
  context.db.close();
});

async function setup(at: Date) {
  wall = at;
  context = await openTestContext({ now: () => wall });
  events = [];
}

function start(overrides: Partial<HousekeepingOptions> = {}) {
  const errors: unknown[] = [];
  stop = startHousekeeping({
    context,
    hostDesk: true,
    settings: () => ({ guestRetentionDays: 30, closingTime: '18:00' }),
    todaysEvents: () => events,
    onError: (error) => { errors.push(error); },
    timing,
    ...overrides,
  });
  return errors;
}

/** Runs the timers due in `ms`, then lets the database work they started finish. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
  await new Promise((resolve) => { setImmediate(resolve); });
  events = await context.db.checkIns.orderBy('at').toArray();
}

const liveGuests = async () => (await context.db.guests.toArray()).filter((guest) => !guest.deleted).map((guest) => guest.name);

describe('guest retention', () => {
  it('erases expired guests shortly after start and then on every interval, with the current setting', async () => {
    await setup(new Date(2026, 9, 1, 9, 0));
    await signInGuest(context, { name: 'Anna Berg', company: '', purpose: '', visitingMemberId: null });
    wall = new Date(2026, 9, 20, 9, 0);
    await signInGuest(context, { name: 'Jens Ravn', company: '', purpose: '', visitingMemberId: null });
    wall = new Date(2026, 10, 5, 9, 0);
    let retentionDays = 30;
    start({ hostDesk: false, settings: () => ({ guestRetentionDays: retentionDays, closingTime: '18:00' }) });

    await advance(timing.firstRunMs - 1);
    expect(await liveGuests()).toEqual(['Anna Berg', 'Jens Ravn']);
    await advance(1);
    expect(await liveGuests()).toEqual(['Jens Ravn']);

    retentionDays = 7;
    await advance(timing.guestPurgeEveryMs);
    expect(await liveGuests()).toEqual([]);
  });

  it('sends the erasure to the hub from the host desk only; other machines blank their own copy', async () => {
    await setup(new Date(2026, 9, 1, 9, 0));
    await signInGuest(context, { name: 'Anna Berg', company: 'Kommune', purpose: '', visitingMemberId: null });
    const queuedBefore = await context.db.outbox.count();
    wall = new Date(2026, 11, 1, 9, 0);
    start({ hostDesk: false });
    await advance(timing.firstRunMs);
    expect(await liveGuests()).toEqual([]);
    expect((await context.db.guests.toArray()).map((guest) => [guest.name, guest.company, guest.deleted])).toEqual([['', '', true]]);
    expect(await context.db.outbox.count()).toBe(queuedBefore);
    stop?.();

    await signInGuest(context, { name: 'Jens Ravn', company: '', purpose: '', visitingMemberId: null });
    wall = new Date(2027, 1, 1, 9, 0);
    start({ hostDesk: true });
    await advance(timing.firstRunMs);
    expect((await context.db.outbox.orderBy('seq').last())?.fields).toMatchObject({ deleted: true, name: '' });
  });

  it('does nothing once stopped, as after a StrictMode unmount', async () => {
    await setup(new Date(2026, 9, 1, 9, 0));
    await signInGuest(context, { name: 'Anna Berg', company: '', purpose: '', visitingMemberId: null });
    wall = new Date(2026, 11, 1, 9, 0);
    start();
    stop?.();
    await advance(timing.guestPurgeEveryMs * 2);
    expect(await liveGuests()).toEqual(['Anna Berg']);
  });
});

describe('automatic check-out at closing time', () => {
  it('checks out on the host desk whoever was in at closing time, once, and leaves evening arrivals alone', async () => {
    await setup(new Date(2026, 10, 30, 9, 0));
    const soren = await createRecord(context, 'members', member);
    const anja = await createRecord(context, 'members', { ...member, name: 'Anja Schröder' });
    await checkIn(context, soren.id, 'name');
    wall = new Date(2026, 10, 30, 17, 58);
    events = await context.db.checkIns.toArray();
    const errors = start();

    await advance(timing.firstRunMs + timing.closingCheckEveryMs);
    expect(events.filter((event) => event.kind === 'out')).toEqual([]);

    wall = new Date(2026, 10, 30, 18, 0);
    await advance(timing.closingCheckEveryMs);
    expect(events.map((event) => [event.memberId, event.kind, event.method])).toEqual([[soren.id, 'in', 'name'], [soren.id, 'out', 'automatic']]);

    wall = new Date(2026, 10, 30, 19, 30);
    await checkIn(context, anja.id, 'qrCard');
    await advance(timing.closingCheckEveryMs * 3);
    expect(events.filter((event) => event.kind === 'out')).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('leaves closing to the host desk: other machines never check anyone out', async () => {
    await setup(new Date(2026, 10, 30, 9, 0));
    const soren = await createRecord(context, 'members', member);
    await checkIn(context, soren.id, 'name');
    wall = new Date(2026, 10, 30, 18, 30);
    events = await context.db.checkIns.toArray();
    start({ hostDesk: false });
    await advance(timing.firstRunMs + timing.closingCheckEveryMs * 3);
    expect(events.map((event) => event.kind)).toEqual(['in']);
  });

  it('reports a failed run instead of throwing into the timer', async () => {
    await setup(new Date(2026, 10, 30, 19, 0));
    const errors = start({ settings: () => { throw new Error('settings unreadable'); } });
    await advance(timing.firstRunMs);
    expect(errors.map(String)).toEqual(['Error: settings unreadable', 'Error: settings unreadable']);
  });
});

describe('closingCheckOuts', () => {
  const at = (hours: number, minutes = 0) => new Date(2026, 10, 30, hours, minutes).toISOString();
  const event = (memberId: string, kind: 'in' | 'out', iso: string) => ({ id: `${memberId}-${iso}`, memberId, kind, at: iso, method: 'name', bookingId: null }) as CheckIn;

  it('names nobody before closing time, and after it only those in since before closing', () => {
    const events = [event('a', 'in', at(9)), event('b', 'in', at(10)), event('b', 'out', at(12)), event('c', 'in', at(18, 30))];
    expect(closingCheckOuts(events, new Date(2026, 10, 30, 17, 59), '18:00')).toEqual([]);
    expect(closingCheckOuts(events, new Date(2026, 10, 30, 18, 45), '18:00')).toEqual(['a']);
  });
});
