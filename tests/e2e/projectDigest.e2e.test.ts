import { describe, expect, it } from 'vitest';
import { offsetToWorkingHours } from './support/hubTime';
import { waitForApp } from './support/browser';
import { messages } from './support/messages';
import { Shell } from './support/pages/Shell';
import { storedRows } from './support/storedRows';
import { useSyncedSite } from './support/useSyncedSite';

const LIVE = { timeout: 20_000 };

describe('the pinboard\'s daily digest on the host desk', () => {
  // 10:00 on a Tuesday on the hub's clock: past the hour the day's digest may come.
  const synced = useSyncedSite({ clockOffsetMs: offsetToWorkingHours });

  it('tells once a day what happened on the projects and what waits, as one notice, and never an empty one', { timeout: 90_000 }, async () => {
    const m = messages.en;
    const host = await synced.site.pairFirstHost();
    const shell = new Shell(host.page);
    const digest = shell.notices.getByText(/^On the pinboard since the last summary: /);
    // A new hub has nothing to tell: no digest, however often the desk starts.
    await host.page.reload();
    await waitForApp(host.page);
    await shell.navigation.waitFor();
    await expect.poll(() => host.page.evaluate(() => window.localStorage.getItem('landhub.lastProjectDigest'))).toBeNull();
    expect(await digest.count()).toBe(0);

    // The demo brings projects, comments and hours waiting for approval: the next start tells them, grouped.
    await shell.goTo('members');
    await host.page.getByRole('button', { name: m.demo.load }).click();
    await host.page.getByRole('table').waitFor();
    await expect.poll(async () => (await storedRows(host.page, 'projects')).length, LIVE).toBeGreaterThan(0);
    await host.page.reload();
    await waitForApp(host.page);
    await digest.waitFor(LIVE);
    expect(await digest.count()).toBe(1);
    const text = (await digest.textContent()) ?? '';
    expect(text).toMatch(/new idea|comment|to approve/);

    // Later the same day it does not come again.
    await host.page.reload();
    await waitForApp(host.page);
    await shell.navigation.waitFor();
    await host.page.waitForTimeout(1_000);
    expect(await digest.count()).toBe(0);
  });
});
