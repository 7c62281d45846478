import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { useSyncedSite } from './support/useSyncedSite';
import { addMemberAsHost } from './support/members';
import { fill, messages, templatePattern } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { MachineRemovedPage } from './support/pages/MachineRemovedPage';
import { Shell } from './support/pages/Shell';
import { MachinesSection, PairingForm } from './support/pages/SyncPages';
import { Today } from './support/pages/Today';
import { storedRows } from './support/storedRows';

const m = messages.en;
/** Live changes arrive in well under a second; 20 s leaves room for a busy two-core machine. */
const LIVE = { timeout: 20_000 };
const INGRID = 'Ingrid Sørensen';
const MALTE = 'Malte Krüger';
const KIOSK = 'Reception kiosk';

/**
 * A host removes a kiosk in Settings → Machines. At its next connection the kiosk learns it,
 * wipes the hub's data from its IndexedDB, says how many unsent changes that cost, and pairs
 * again from the same screen; a check-in made after that reaches the host desk.
 */
describe('a kiosk removed by the host', () => {
  const synced = useSyncedSite({ hubPer: 'file' });

  it('wipes itself, shows the removed screen with the lost changes, and works again after a new pairing', { timeout: 120_000 }, async () => {
    const host = await synced.site.pairFirstHost();
    await addMemberAsHost(host.page, { name: INGRID, presence: true });
    await addMemberAsHost(host.page, { name: MALTE, presence: true });
    const kioskMachine = await synced.site.pairFromHost(host, 'kiosk', KIOSK);
    const kiosk = new KioskPage(kioskMachine.page);
    await kiosk.waitForStart();
    await expect.poll(() => kioskMachine.indicator.status.textContent(), LIVE).toBe(m.sync.indicator.online);

    // A check-in that reaches the hub: the hub has applied the kiosk's first change.
    await kiosk.checkInButton.click();
    await kiosk.nameField.fill('ingrid');
    await expect.poll(() => kiosk.resultNames(), LIVE).toEqual(['Ingrid S.']);
    await kiosk.result('Ingrid S.').click();
    await kiosk.welcome('Ingrid').waitFor();
    await kiosk.doneButton.click();
    const shell = new Shell(host.page);
    const today = new Today(host.page);
    await shell.goTo('today');
    await expect.poll(() => today.namesHere(), LIVE).toEqual([INGRID]);

    // Offline, the kiosk checks Malte in: a change the hub never gets.
    kioskMachine.tolerate.push(/WebSocket connection to .* failed/, /ERR_INTERNET_DISCONNECTED/);
    await kioskMachine.context.setOffline(true);
    await expect.poll(() => kioskMachine.indicator.status.textContent(), LIVE).toMatch(templatePattern(m.sync.indicator.offline));
    await kiosk.findMe('in', 'malte', 'Malte K.');
    await kiosk.welcome('Malte').waitFor();
    await kiosk.doneButton.click();
    expect(await storedRows(kiosk.page, 'outbox')).toHaveLength(1);

    // The host removes the kiosk while it is away.
    await shell.goTo('settings');
    const machines = new MachinesSection(host.page);
    await machines.remove(KIOSK);
    await expect.poll(() => machines.row(KIOSK).textContent(), LIVE).toMatch(/Removed on /);

    // Back online, the kiosk's next connection tells it: removed screen, data gone.
    await kioskMachine.context.setOffline(false);
    const removed = new MachineRemovedPage(kioskMachine.page);
    await removed.heading.waitFor({ timeout: LIVE.timeout });
    expect(await removed.lostChanges.textContent()).toBe(fill(m.machineRemoved.lost_one, { count: 1 }));
    const violations = await seriousAxeViolations(kiosk.page);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const table of ['members', 'checkIns', 'hubSettings', 'outbox']) {
      expect(await storedRows(kiosk.page, table), table).toEqual([]);
    }
    const meta = await storedRows<{ key: string }>(kiosk.page, 'meta');
    expect(meta.map((row) => row.key).sort()).toEqual(['clock', 'sync.removed']);
    // A reload does not bring the kiosk's screens back: the note stays until it is paired again.
    await kiosk.page.reload();
    await removed.heading.waitFor();
    expect(await kiosk.checkInButton.count()).toBe(0);

    // Paired again from the same screen, with a new code from the host.
    const code = await machines.createCode('kiosk');
    await machines.closeAddDialog();
    const form = new PairingForm(kioskMachine.page);
    await form.pair({ code, name: KIOSK });
    await kiosk.waitForStart();
    await expect.poll(() => kioskMachine.indicator.status.textContent(), LIVE).toBe(m.sync.indicator.online);
    await expect.poll(async () => (await storedRows(kiosk.page, 'members')).length, LIVE).toBe(2);
    await expect.poll(() => machines.row(KIOSK).textContent(), LIVE).not.toMatch(/Removed on /);

    // Its next check-in is applied by the hub, not dropped as a duplicate: it shows on the host desk.
    await kiosk.findMe('in', 'malte', 'Malte K.');
    await kiosk.welcome('Malte').waitFor();
    await kiosk.doneButton.click();
    await shell.goTo('today');
    await expect.poll(async () => (await today.namesHere()).toSorted(), LIVE).toEqual([INGRID, MALTE].toSorted());
    await expect.poll(async () => (await storedRows(kiosk.page, 'outbox')).length, LIVE).toBe(0);
  });
});
