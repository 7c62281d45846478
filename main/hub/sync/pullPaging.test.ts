import { describe, expect, it } from 'vitest';
import { generateDemoHub } from '@core/demo/demoHub';
import { HybridClock } from '@core/hlc';
import { MAX_PULL_LIMIT, MAX_PULL_PAGE_CHARS } from '@core/sync/messages';
import { seedHubStore } from './seedStore';
import { createSqliteHubStore, openHubSqlite } from './sqliteHubStore';
import { HUB_NODE, pullChanges } from './syncEngine';

/** Pull pages are bounded by size as well as by count, on a real SQLite store. */
describe('pull pages', () => {
  it('stop at the size budget, so members with large photos never make one huge frame, and still deliver everything', () => {
    const demo = generateDemoHub({ members: 120, seed: 7 });
    // Every member with a photo near the largest a member may have (core/schemas/member.ts).
    const photo = `data:image/jpeg;base64,${'A'.repeat(190_000)}`;
    const store = createSqliteHubStore(openHubSqlite(':memory:'));
    seedHubStore(store, { ...demo, members: (demo.members ?? []).map((member) => ({ ...member, photo })) }, new HybridClock(HUB_NODE));

    const seen = new Set<number>();
    let since = 0;
    let pages = 0;
    for (;;) {
      const page = pullChanges(store, since, MAX_PULL_LIMIT, { role: 'host', roomId: null });
      pages += 1;
      expect(page.records.length).toBeGreaterThan(0);
      // One stored record can exceed nothing much: the budget is measured on stored rows.
      expect(JSON.stringify(page.records).length).toBeLessThan(MAX_PULL_PAGE_CHARS + 250_000);
      for (const record of page.records) seen.add(record.seq);
      since = page.records.at(-1)?.seq ?? since;
      if (!page.more) break;
    }
    expect(pages).toBeGreaterThan(5);
    expect(seen.size).toBe(store.latestSeq());
    expect(since).toBe(store.latestSeq());
  });

  it('hold at least one record even when that one alone is over the budget', () => {
    const store = createSqliteHubStore(openHubSqlite(':memory:'));
    seedHubStore(store, generateDemoHub({ members: 3, seed: 1 }), new HybridClock(HUB_NODE));
    const page = store.changesSince(0, 10, 1);
    expect(page).toHaveLength(1);
    expect(page[0]?.seq).toBe(1);
  });
});
