import { describe, expect, it } from 'vitest';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { useSyncedSite } from './support/useSyncedSite';
import { addMemberAsHost } from './support/members';
import { fill, messages, templatePattern } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { Shell } from './support/pages/Shell';
import { Today } from './support/pages/Today';
import { WallDisplay } from './support/pages/WallDisplay';
import { pushAsMachine } from './support/rawSync';
import { storedRows } from './support/storedRows';

const m = messages.en;
/** Live changes should arrive in well under a second; 20 s leaves room for a busy two-core machine. */
const LIVE = { timeout: 20_000 };

const INGRID = 'Ingrid Sørensen';
const MALTE = 'Malte Krüger';
const AOIFE = 'Aoife Byrne';

/**
 * Issue 4 end to end: a real headless hub and three machines (host desk, reception kiosk, wall
 * display), each a browser context with its own IndexedDB, paired through the UI. Nothing here
 * reloads a page: everything a machine shows arrives over the sync connection.
 */
describe('three machines in sync through a hub', () => {
  const synced = useSyncedSite({ hubPer: 'file' });

  it('a member added on the host checks in at the kiosk, shows on the host and the wall, and offline check-ins arrive later', { timeout: 90_000 }, async () => {
    const host = await synced.site.pairFirstHost();
    await expect.poll(() => host.indicator.status.textContent(), LIVE).toBe(m.sync.indicator.online);
    const kioskMachine = await synced.site.pairFromHost(host, 'kiosk', 'Reception kiosk');
    const wallMachine = await synced.site.pairFromHost(host, 'wall', 'Wall display in the café');
    const kiosk = new KioskPage(kioskMachine.page);
    const wall = new WallDisplay(wallMachine.page);
    await kiosk.waitForStart();
    await wall.screen.waitFor();
    await expect.poll(() => kioskMachine.indicator.status.textContent(), LIVE).toBe(m.sync.indicator.online);
    // The wall shows passers-by no connection state at all; its pairing waited until it had caught up.
    expect(await wallMachine.indicator.status.count()).toBe(0);

    // 1. The host adds a member who agreed to be shown as "in today", with a public skill.
    await addMemberAsHost(host.page, { name: INGRID, skills: ['Beekeeping'], public: ['skills'], presence: true });

    // 2. The wall's "new members" slide gets her live, skill and all; she is not "here today" yet.
    const ingridOnWall = wall.newMember(INGRID);
    await ingridOnWall.waitFor({ state: 'attached', timeout: LIVE.timeout });
    await ingridOnWall.getByText('Beekeeping').waitFor({ state: 'attached' });
    const inTodayOnWall = wall.personIn('Ingrid');
    expect(await inTodayOnWall.count()).toBe(0);

    // ... and the kiosk knows her by name.
    await kiosk.checkInButton.click();
    await kiosk.nameField.fill('ingrid');
    await expect.poll(() => kiosk.resultNames(), LIVE).toEqual(['Ingrid S.']);
    await kiosk.result('Ingrid S.').click();
    await kiosk.welcome('Ingrid').waitFor();
    await kiosk.doneButton.click();
    await kiosk.waitForStart();

    // 3. The check-in reaches the host's Today screen and the wall's "here today" slide.
    const shell = new Shell(host.page);
    const today = new Today(host.page);
    await shell.goTo('today');
    await today.heading.waitFor();
    await expect.poll(() => today.namesHere(), LIVE).toEqual([INGRID]);
    await expect.poll(() => inTodayOnWall.count(), LIVE).toBe(1);

    // 4. Two more members; the kiosk has them before its connection goes.
    await addMemberAsHost(host.page, { name: MALTE });
    await addMemberAsHost(host.page, { name: AOIFE });
    await shell.goTo('today');
    await today.heading.waitFor();
    await kiosk.checkInButton.click();
    await kiosk.nameField.fill('malte');
    await expect.poll(() => kiosk.resultNames(), LIVE).toEqual(['Malte K.']);
    await kiosk.nameField.fill('aoife');
    await expect.poll(() => kiosk.resultNames(), LIVE).toEqual(['Aoife B.']);

    // The kiosk loses the network: its reconnect attempts fail, which the browser logs.
    kioskMachine.tolerate.push(/WebSocket connection to .* failed/, /ERR_INTERNET_DISCONNECTED/);
    await kioskMachine.context.setOffline(true);
    await expect.poll(() => kiosk.page.evaluate(() => navigator.onLine)).toBe(false);
    await expect.poll(() => kioskMachine.indicator.status.textContent(), LIVE).toMatch(templatePattern(m.sync.indicator.offline));

    // Nothing changes for the people at the kiosk: both check in as usual.
    await kiosk.result('Aoife B.').click();
    await kiosk.welcome('Aoife').waitFor();
    await kiosk.doneButton.click();
    await kiosk.findMe('in', 'malte', 'Malte K.');
    await kiosk.welcome('Malte').waitFor();
    await kiosk.doneButton.click();
    await kiosk.main.getByText(fill(m.kiosk.attract.inToday_other, { count: 3 }), { exact: true }).waitFor();
    expect(await kioskMachine.indicator.status.textContent()).toMatch(templatePattern(m.sync.indicator.offline));
    // The host has not heard of them: the connection really is cut.
    expect(await today.namesHere()).toEqual([INGRID]);

    // Back online: both check-ins arrive at the host, with no reload anywhere.
    await kioskMachine.context.setOffline(false);
    await expect.poll(() => kioskMachine.indicator.status.textContent(), LIVE).toBe(m.sync.indicator.online);
    await expect.poll(async () => (await today.namesHere()).toSorted(), LIVE).toEqual([AOIFE, INGRID, MALTE].toSorted());
    expect(await today.hereCount.textContent()).toBe(fill(m.presence.hereCount_other, { count: 3 }));

    // 5. The hub, not the kiosk's screens, decides what a kiosk may write: a member renamed with
    // the kiosk's own token (a tampered kiosk) is refused, and no machine ever sees the new name.
    const settings = (await storedRows<{ key: string; value: string }>(kiosk.page, 'meta')).find((row) => row.key === 'sync.settings');
    const { token } = JSON.parse(settings?.value ?? '{}') as { token: string };
    const [kioskCheckIn] = await storedRows<{ deviceId: string }>(kiosk.page, 'checkIns');
    const ingrid = (await storedRows<{ id: string; name: string }>(kiosk.page, 'members')).find((row) => row.name === INGRID);
    const kioskId = kioskCheckIn?.deviceId ?? '';
    const verdict = await pushAsMachine(synced.hub.url, token, 1000, {
      table: 'members', recordId: ingrid?.id ?? '', fields: { name: 'Mallory Renamed' },
      hlc: formatHlc({ wallMs: Date.now(), counter: 0, node: hlcNodeFromDeviceId(kioskId) }), deviceId: kioskId,
    });
    expect(verdict.status).toBe('refused');
    expect(verdict.refusal).toEqual({ code: 'roleCannotWrite', params: { role: 'kiosk' } });
    await shell.goTo('members');
    await host.page.getByRole('main').getByText(INGRID, { exact: true }).first().waitFor();
    expect(await host.page.getByText('Mallory Renamed').count()).toBe(0);
    expect(await wall.newMember(INGRID).count()).toBe(1);
  });
});
