import { describe, expect, it } from 'vitest';
import { legacyPinVerifier } from '@core/pinVerifier';
import { useE2eSession, waitForApp } from './support/browser';
import { addMemberAsHost } from './support/members';
import { messages } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { memberByName, patchHubSettings, storedRows, updateMemberRow } from './support/pages/KioskData';
import { KioskSettings } from './support/pages/KioskSettings';
import { Shell } from './support/pages/Shell';

const m = messages.en;
const k = m.kiosk;
const SOREN = 'Søren Hansen';

/**
 * A hub upgraded from a version with 4-digit PINs kept as one salted SHA-256: members' PINs keep
 * working until changed, the old host PIN opens nothing and the host is told to set a new one.
 */
describe('PINs from an earlier version', () => {
  const session = useE2eSession();

  it('keep a member checking in, and make the host set a 6-digit host PIN before host screens open', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, { name: SOREN });
    const { id } = await memberByName(host.page, SOREN);
    await patchHubSettings(host.page, { checkInPinRequired: true, hostPinHash: await legacyPinVerifier('4711', 'hub') });
    await updateMemberRow(host.page, SOREN, { pinHash: await legacyPinVerifier('2580', id) });
    await host.page.reload();
    await waitForApp(host.page);

    await new Shell(host.page).goTo('settings');
    const settings = new KioskSettings(host.page);
    await settings.hostPinSection.getByRole('alert').getByText(m.cards.hostPinMustReset).waitFor();
    await settings.hostPinSection.getByText(m.cards.settings.hostPinNotSet, { exact: true }).waitFor();

    const kiosk = new KioskPage(await host.openTab('kiosk'));
    await kiosk.waitForStart();
    for (let tap = 0; tap < 5; tap++) await kiosk.logo().click();
    await kiosk.alert.getByText(k.host.mustReset).waitFor();
    expect(await kiosk.pinPad(k.host.pinHelp).count()).toBe(0);
    await kiosk.main.getByRole('button', { name: k.host.backToKiosk }).click();

    // The member's old PIN still checks in.
    await kiosk.findMe('in', 'søren', 'Søren H.');
    await kiosk.page.keyboard.type('2580');
    await kiosk.welcome('Søren').waitFor();
    expect((await storedRows(kiosk.page, 'checkIns')).length).toBe(1);

    // A new host PIN, set on the host desk, opens the kiosk's host screens.
    await host.page.bringToFront();
    await settings.setHostPin('471100');
    await settings.hostPinSection.getByText(m.cards.settings.hostPinIsSet, { exact: true }).waitFor();
    expect(await settings.hostPinSection.getByText(m.cards.hostPinMustReset).count()).toBe(0);
    await kiosk.page.bringToFront();
    await kiosk.page.reload();
    await waitForApp(kiosk.page);
    await kiosk.waitForStart();
    for (let tap = 0; tap < 5; tap++) await kiosk.logo().click();
    await kiosk.pinPad(k.host.pinHelp).waitFor();
    await kiosk.page.keyboard.type('471100');
    await kiosk.heading(m.settings.title).waitFor();
  });
});
