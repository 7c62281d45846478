import { afterEach, describe, expect, it } from 'vitest';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { KeptPinboard, readPinboard, type Later } from './pinboardQueries';
import { pinProject } from './projectRepo';
import { addTask } from './taskRepo';
import { projectDraft as draft } from './testProjects';

let context: DataContext;
afterEach(() => { context.db.close(); });

let clock = Date.parse('2026-12-04T10:00:00Z');
const ticking = () => new Date((clock += 60_000));

/** A keep-live time the test ends by hand. */
function handLater(): Later & { due: () => void; pending: () => number } {
  const waiting = new Set<() => void>();
  const later = (work: () => void) => {
    waiting.add(work);
    return () => { waiting.delete(work); };
  };
  return Object.assign(later, {
    due: () => { for (const work of [...waiting]) { waiting.delete(work); work(); } },
    pending: () => waiting.size,
  });
}

/** Resolves with the snapshot once `ready` holds for it, checked at each change the store announces. */
function next(kept: KeptPinboard, ready: (titles: string[] | undefined) => boolean): Promise<{ titles: string[] | undefined; unsubscribe: () => void }> {
  return new Promise((resolve) => {
    const titles = () => kept.snapshot()?.map((card) => card.project.title);
    const unsubscribe = kept.subscribe(() => { if (ready(titles())) resolve({ titles: titles(), unsubscribe }); });
    if (ready(titles())) resolve({ titles: titles(), unsubscribe });
  });
}

describe('the pinboard cards kept live', () => {
  it('reads the cards once for every screen showing them, newest first, and follows changes', async () => {
    context = await openTestContext({ now: ticking });
    await pinProject(context, draft('Repair café'));
    await pinProject(context, draft('Harbour clean-up'));
    const kept = new KeptPinboard(context.db, handLater());
    const first = await next(kept, (titles) => titles !== undefined);
    expect(first.titles).toEqual(['Harbour clean-up', 'Repair café']);
    const cards = kept.snapshot();
    expect(cards).toEqual(await readPinboard(context.db));
    // A second screen gets the very same cards at once: no read of its own.
    const second = await next(kept, (titles) => titles !== undefined);
    expect(kept.snapshot()).toBe(cards);
    const bike = (await pinProject(context, draft('Bike workshop'))).id;
    await addTask(context, bike, { title: 'Bring tools', details: '', wantedSkills: [], dueOn: null, estimatedHours: null });
    const changed = await next(kept, (titles) => titles?.[0] === 'Bike workshop' && kept.snapshot()?.[0]?.progress.openTasks === 1);
    expect(changed.titles).toEqual(['Bike workshop', 'Harbour clean-up', 'Repair café']);
    first.unsubscribe();
    second.unsubscribe();
    changed.unsubscribe();
  });

  it('keeps the cards for a screen opened again within the keep-live time, and lets them go after it', async () => {
    context = await openTestContext({ now: ticking });
    await pinProject(context, draft('Repair café'));
    const later = handLater();
    const kept = new KeptPinboard(context.db, later);
    const shown = await next(kept, (titles) => titles !== undefined);
    shown.unsubscribe();
    expect(later.pending()).toBe(1);
    // Opened again before the time is up: the cards are there before anything is read.
    const again = kept.subscribe(() => undefined);
    expect(later.pending()).toBe(0);
    expect(kept.snapshot()?.map((card) => card.project.title)).toEqual(['Repair café']);
    again();
    later.due();
    expect(kept.watching).toBe(false);
    expect(kept.snapshot()).toBeUndefined();
    const reread = await next(kept, (titles) => titles !== undefined);
    expect(reread.titles).toEqual(['Repair café']);
    reread.unsubscribe();
  });
});
