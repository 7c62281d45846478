import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDemoHub } from '@core/demo/demoHub';
import type { DataContext } from './dataContext';
import { loadDemoHub } from './demoRepo';
import { addMember, setMemberActive } from './memberRepo';
import { deleteRecord } from './recordWriter';
import { memberProfile } from './testSupport';
import { openTestContext } from './testContext';

let context: DataContext;
afterEach(() => { context.db.close(); vi.restoreAllMocks(); });

const demo = generateDemoHub({ seed: 7, members: 30, now: new Date('2026-11-30T10:00:00Z') });

describe('loadDemoHub', () => {
  it('stores every generated record through the write path', async () => {
    context = await openTestContext();
    expect(await loadDemoHub(context, demo)).toBe(demo.members?.filter((member) => member.active).length);
    expect(await context.db.members.count()).toBe(30);
    expect(await context.db.bookings.count()).toBe(demo.bookings?.length);
    expect(await context.db.checkIns.count()).toBe(demo.checkIns?.length);
    const stored = await context.db.members.get(demo.members?.[0]?.id ?? '');
    expect(stored?.hlc['*']).toBeDefined();
    const queued = await context.db.outbox.count();
    const generated = Object.values(demo).reduce((sum, rows) => sum + rows.length, 0);
    expect(queued).toBe(generated);
  });

  it('refuses a hub that already has members and changes nothing', async () => {
    context = await openTestContext();
    await loadDemoHub(context, demo);
    const before = await context.db.outbox.count();
    await expect(loadDemoHub(context, demo)).rejects.toThrow(/empty hub/);
    expect(await context.db.outbox.count()).toBe(before);
  });

  it('counts an inactive member as one (the screens offer the demo by this test), a deleted one not', async () => {
    context = await openTestContext();
    const gone = await addMember(context, memberProfile('Gone Away'));
    await deleteRecord(context, 'members', gone.id);
    const resting = await addMember(context, memberProfile('Anna Holm'));
    await setMemberActive(context, resting.id, false);
    await expect(loadDemoHub(context, demo)).rejects.toThrow(/empty hub/);
    await deleteRecord(context, 'members', resting.id);
    await expect(loadDemoHub(context, demo)).resolves.toBeGreaterThan(0);
  });

  it('loads all or nothing when the disk fills up halfway', async () => {
    context = await openTestContext();
    const realBulkAdd = context.db.outbox.bulkAdd.bind(context.db.outbox);
    let tablesQueued = 0;
    // Members, skills and places are written before the disk "fills up" on the fifth table.
    vi.spyOn(context.db.outbox, 'bulkAdd').mockImplementation((...args: Parameters<typeof realBulkAdd>) => {
      tablesQueued += 1;
      if (tablesQueued === 5) return Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
      return realBulkAdd(...args);
    });
    await expect(loadDemoHub(context, demo)).rejects.toMatchObject({ key: 'storageFull' });
    expect(await context.db.members.count()).toBe(0);
    expect(await context.db.bookings.count()).toBe(0);
    expect(await context.db.outbox.count()).toBe(0);
  });
});
