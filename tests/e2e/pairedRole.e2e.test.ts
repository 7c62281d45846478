import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { waitForApp } from './support/browser';
import { useSyncedSite } from './support/useSyncedSite';
import { fill, messages } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { KioskSettings } from './support/pages/KioskSettings';
import { MachinesSection, PairingForm } from './support/pages/SyncPages';
import { Settings } from './support/pages/Settings';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';
import { storedRows } from './support/storedRows';

const m = messages.en;
const LIVE = { timeout: 20_000 };
const HOST_PIN = '482915';

/** The host desk's hub token: in browser mode it is kept in the machine's IndexedDB. */
async function tokenOf(page: Page): Promise<string> {
  const meta = await storedRows<{ key: string; value: string }>(page, 'meta');
  const settings = meta.find((row) => row.key === 'sync.settings');
  return (JSON.parse(settings?.value ?? '{}') as { token: string }).token;
}

function keptRole(page: Page): Promise<unknown> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('landhub.device') ?? '{}') as { role?: unknown }).role);
}

/**
 * A paired machine is what the hub paired it as: the address cannot make a public screen a
 * host desk, and Settings changes its role only with the host PIN and a new pairing.
 */
describe('the role of a paired machine', () => {
  const synced = useSyncedSite();

  it('a kiosk paired through the UI, opened again with ?role=host, stays a kiosk', { timeout: 90_000 }, async () => {
    const host = await synced.site.pairFirstHost();
    const machine = await synced.site.pairFromHost(host, 'kiosk', 'Reception');
    const kiosk = new KioskPage(machine.page);
    await kiosk.waitForStart();

    await machine.page.goto(`${synced.hub.url}/?role=host`);
    await waitForApp(machine.page);
    await kiosk.waitForStart();
    await machine.page.getByText(fill(m.cards.roleLock.addressIgnored, { role: m.roles.kiosk })).waitFor();
    expect(await new Shell(machine.page).navigation.count()).toBe(0);
    expect(await keptRole(machine.page)).toBe('kiosk');

    // Also when the shell's own record of the role is gone or tampered with.
    await machine.page.evaluate(() => {
      const config = JSON.parse(localStorage.getItem('landhub.device') ?? '{}') as Record<string, unknown>;
      localStorage.setItem('landhub.device', JSON.stringify({ ...config, role: 'host' }));
    });
    await machine.page.reload();
    await waitForApp(machine.page);
    await kiosk.waitForStart();
    expect(await keptRole(machine.page)).toBe('kiosk');
  });

  async function hubVerdict(token: string, pin: string): Promise<{ result: string }> {
    const response = await fetch(`${synced.hub.url}/api/pins/check`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ target: 'host', pin }) });
    return (await response.json()) as { result: string };
  }

  it('a wall display changes its role only with the host PIN, the hub checks, and then by pairing again', { timeout: 120_000 }, async () => {
    const host = await synced.site.pairFirstHost();
    const machine = await synced.site.pairFromHost(host, 'wall', 'Wall in the café');
    const wall = machine.page;
    // A wall has no navigation: its settings are behind the hidden corner and the host PIN. The hub has
    // no member yet, so the very first set-up may open them.
    await new WallDisplay(wall).openHostSettings();
    await wall.getByText(fill(m.cards.roleLock.pairedAs, { role: m.roles.wall })).waitFor();
    // No role radios on a paired machine: the role is not a setting here.
    expect(await new Settings(wall).roleRadio('host').count()).toBe(0);
    // Nor a free Disconnect, after which any role could be picked: that way goes through the PIN too.
    await wall.getByText(m.cards.roleLock.disconnectWithPin).waitFor();
    expect(await wall.getByRole('button', { name: m.sync.machine.disconnect, exact: true }).count()).toBe(0);

    // Without a host PIN on the hub, the hub has nothing to check against.
    await wall.getByRole('button', { name: m.cards.roleLock.change }).click();
    const pad = wall.getByRole('group', { name: m.cards.roleLock.pinTitle, exact: true });
    await pad.waitFor();
    await wall.keyboard.type(HOST_PIN);
    await wall.getByRole('alert').getByText(m.cards.roleLock.noHostPin).waitFor();

    await new Shell(host.page).goTo('settings');
    await new KioskSettings(host.page).setHostPin(HOST_PIN);
    await host.page.getByText(m.cards.settings.hostPinIsSet, { exact: true }).waitFor();

    // Once the host desk's change has reached the hub, the hub answers for the host PIN.
    const hostToken = await tokenOf(host.page);
    await expect.poll(async () => (await hubVerdict(hostToken, HOST_PIN)).result, LIVE).toBe('right');

    await wall.keyboard.type('000000');
    await wall.getByRole('alert').getByText(fill(m.kiosk.host.wrongPin_other, { count: 4 })).waitFor();
    expect(await keptRole(wall)).toBe('wall');
    // The hub decides: the wall has the hub's settings, but no host PIN verifier and no PIN salt.
    const wallSettings = () => storedRows<Record<string, unknown>>(wall, 'hubSettings');
    await expect.poll(async () => (await wallSettings()).length, LIVE).toBe(1);
    expect((await wallSettings()).map((row) => [row.hostPinHash ?? null, row.pinSalt ?? null])).toEqual([[null, null]]);
    await wall.keyboard.type(HOST_PIN);
    await wall.getByRole('button', { name: m.cards.roleLock.disconnect }).click();

    const form = new PairingForm(wall);
    await form.heading.waitFor();
    expect(await form.hubUrl.inputValue()).toBe(synced.hub.url);
    const machines = new MachinesSection(host.page);
    await machines.remove('Wall in the café');
    const code = await machines.createCode('kiosk');
    await machines.closeAddDialog();
    await form.pair({ code, name: 'Reception' });
    await new KioskPage(wall).waitForStart();
    expect(await keptRole(wall)).toBe('kiosk');
  });
});
