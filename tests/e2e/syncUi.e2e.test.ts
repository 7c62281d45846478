import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { CHROMIUM_PATH } from './globalSetup';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { ACTION_TIMEOUT_MS, CHROMIUM_ARGS, DEFAULT_VIEWPORT, isIgnorable, waitForApp } from './support/browser';
import { startHub, type RunningHub } from './support/hub';
import { messages } from './support/messages';
import { RolePicker } from './support/pages/RolePicker';
import { Shell } from './support/pages/Shell';
import { MachineRemovedPage } from './support/pages/MachineRemovedPage';
import { MachinesSection, PairingForm, SyncIndicatorArea } from './support/pages/SyncPages';

const m = messages.en;

/**
 * Pairing through the UI against a real hub process. This file starts its own hub (rather
 * than useE2eSession's) because it needs the one-time code the new hub prints for its first
 * host desk.
 */
describe('connecting machines to a hub', () => {
  let hub: RunningHub;
  let browser: Browser;
  let contexts: { context: BrowserContext; problems: string[]; tolerate: RegExp[] }[] = [];

  beforeAll(async () => {
    [hub, browser] = await Promise.all([
      startHub(),
      chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
    ]);
  });

  afterEach(async () => {
    const created = contexts;
    contexts = [];
    await Promise.all(created.map(({ context }) => context.close()));
    const problems = created.flatMap(({ problems: found, tolerate }) => found.filter((text) => !tolerate.some((pattern) => pattern.test(text))));
    if (problems.length > 0) throw new Error(`The app logged errors:\n${problems.join('\n')}`);
  });

  afterAll(async () => {
    await Promise.all([browser.close(), hub.stop()]);
  });

  /** A fresh machine (its own storage) opened at `path` on the hub. */
  async function openMachine(path: string) {
    const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT, locale: 'en-GB' });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const machine = { context, problems: [] as string[], tolerate: [] as RegExp[] };
    contexts.push(machine);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' && !isIgnorable(message)) machine.problems.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => { machine.problems.push(`uncaught ${error.name}: ${error.message}`); });
    await page.goto(`${hub.url}${path}`);
    await waitForApp(page);
    return { ...machine, page };
  }

  async function expectAxeClean(page: Page, where: string) {
    const violations = await seriousAxeViolations(page);
    expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
  }

  it('pairs the first host desk and a kiosk through the UI, lists both, and removes the kiosk', async () => {
    const firstCode = await hub.firstHostCode();

    // The first host desk: role picker → "Connect this machine to a hub", the address is the page's own.
    const host = await openMachine('/');
    await expect.poll(() => new RolePicker(host.page).heading.isVisible()).toBe(true);
    const hostForm = new PairingForm(host.page);
    await hostForm.rolePickerOption.click();
    await hostForm.heading.waitFor();
    expect(await hostForm.hubUrl.inputValue()).toBe(hub.url);
    expect(await hostForm.name.inputValue()).toBe(m.roles.host);
    await expectAxeClean(host.page, 'pairing page');

    // A wrong code is refused by the hub, in words, and nothing changes. (The browser itself
    // logs the hub's 403 answer as a failed resource.)
    host.tolerate.push(/status of 403 \(Forbidden\)/);
    await hostForm.pair({ code: '0000 0000' });
    await hostForm.error.waitFor();
    expect(await hostForm.error.textContent()).toMatch(/code/i);
    await expect.poll(() => hostForm.heading.isVisible()).toBe(true);

    await hostForm.pair({ code: `${firstCode.slice(0, 4)} ${firstCode.slice(4)}` });
    const hostShell = new Shell(host.page);
    await hostShell.navigation.waitFor();
    const hostIndicator = new SyncIndicatorArea(host.page);
    await expect.poll(() => hostIndicator.status.textContent()).toBe(m.sync.indicator.online);

    // Machines: the host desk itself, then a code for a kiosk.
    await hostShell.goTo('settings');
    const machines = new MachinesSection(host.page);
    await machines.row(m.roles.host).waitFor();
    expect(await machines.row(m.roles.host).textContent()).toContain(m.sync.machines.thisMachine);
    const kioskCode = await machines.createCode('kiosk');
    expect(kioskCode).toMatch(/^\d{8}$/);
    await machines.qrImage.waitFor();
    expect(await machines.countdown.textContent()).toMatch(/^Valid for (10:00|9:\d\d) more$/);
    await expectAxeClean(host.page, 'add-a-machine dialog');

    // The kiosk opens the pairing link from the QR code: straight to the form, code filled in.
    const kiosk = await openMachine(`/?pair=${kioskCode}`);
    const kioskForm = new PairingForm(kiosk.page);
    await kioskForm.heading.waitFor();
    expect(await kioskForm.code.inputValue()).toBe(kioskCode);
    await kioskForm.pair({ name: 'Reception kiosk by the door' });
    const kioskIndicator = new SyncIndicatorArea(kiosk.page);
    await expect.poll(() => kioskIndicator.status.textContent()).toBe(m.sync.indicator.online);
    expect(new URL(kiosk.page.url()).searchParams.has('pair')).toBe(false);

    // Back on the host: both machines are listed once the dialog closes.
    await machines.closeAddDialog();
    const kioskRow = machines.row('Reception kiosk by the door');
    await kioskRow.waitFor();
    expect(await kioskRow.textContent()).toContain(m.roles.kiosk);
    await expectAxeClean(host.page, 'machines list');

    // Removing the kiosk: it shows as removed, and the kiosk is told at once (machineRemoved.e2e.test.ts
    // follows it further).
    await machines.remove('Reception kiosk by the door');
    await expect.poll(() => kioskRow.textContent()).toMatch(/Removed on /);
    expect(await machines.removeButton('Reception kiosk by the door').count()).toBe(0);
    await new MachineRemovedPage(kiosk.page).heading.waitFor({ timeout: 15_000 });

    // Disconnecting the host desk: it keeps its data, says so, and offers to connect again.
    const connection = host.page.getByRole('region', { name: m.sync.machine.heading, exact: true });
    expect(await connection.textContent()).toContain(hub.url);
    await connection.getByRole('button', { name: m.sync.machine.disconnect, exact: true }).click();
    const confirm = host.page.getByRole('dialog', { name: m.sync.machine.disconnectTitle, exact: true });
    await expectAxeClean(host.page, 'disconnect dialog');
    await confirm.getByRole('button', { name: m.sync.machine.disconnect, exact: true }).click();
    await connection.getByText(m.sync.machine.notPaired, { exact: true }).waitFor();
    await machines.region.getByText(m.sync.machines.notPaired, { exact: true }).waitFor();
    expect(await machines.table.count()).toBe(0);
    await hostIndicator.connectButton.click();
    await host.page.getByRole('dialog', { name: m.sync.pairing.title, exact: true }).getByRole('textbox', { name: m.sync.pairing.code }).waitFor();
    await expectAxeClean(host.page, 'pairing dialog');
  });
});
