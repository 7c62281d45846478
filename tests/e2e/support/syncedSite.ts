import type { Browser, BrowserContext, Page } from 'playwright';
import type { DeviceRole } from '@core/deviceRole';
import { ACTION_TIMEOUT_MS, DEFAULT_VIEWPORT, isIgnorable, waitForApp } from './browser';
import type { RunningHub } from './hub';
import { MembersAdmin } from './pages/MembersAdmin';
import { PairingForm, MachinesSection, SyncIndicatorArea } from './pages/SyncPages';
import { RolePicker } from './pages/RolePicker';
import { Shell } from './pages/Shell';

/** One machine of a synced site: its own storage, one tab, and the errors that tab logged. */
export interface SiteMachine {
  context: BrowserContext;
  page: Page;
  indicator: SyncIndicatorArea;
  /** Console errors and uncaught page errors not matched by `tolerate`. */
  problems: () => string[];
  /** Browser noise this test expects (a blocked connection logs failed WebSocket attempts). */
  tolerate: RegExp[];
}

/**
 * Machines that pair with a real hub through the UI, as a host would set them up: the first
 * host desk with the hub's one-time code, every other machine through a `?pair=` link.
 */
export class SyncedSite {
  private readonly machines: SiteMachine[] = [];

  /** `clockOffsetMs`: the browsers' clocks run shifted like the hub's (support/hubTime.ts). */
  constructor(private readonly browser: Browser, private readonly hub: RunningHub, private readonly clockOffsetMs?: number) {}

  /** A fresh machine (its own IndexedDB) opened at `path` on the hub. */
  async openMachine(path: string): Promise<SiteMachine> {
    const context = await this.browser.newContext({ viewport: DEFAULT_VIEWPORT, locale: 'en-GB' });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    if (this.clockOffsetMs !== undefined) await context.clock.install({ time: Date.now() + this.clockOffsetMs });
    const found: string[] = [];
    const page = await context.newPage();
    const machine: SiteMachine = {
      context,
      page,
      indicator: new SyncIndicatorArea(page),
      tolerate: [],
      problems: () => found.filter((text) => !machine.tolerate.some((pattern) => pattern.test(text))),
    };
    this.machines.push(machine);
    page.on('console', (message) => {
      if (message.type() === 'error' && !isIgnorable(message)) found.push(`console.error: ${message.text()}`);
    });
    page.on('pageerror', (error) => { found.push(`uncaught ${error.name}: ${error.message}`); });
    await page.goto(`${this.hub.url}${path}`);
    await waitForApp(page);
    return machine;
  }

  /** The first host desk, with the demo hub loaded from its Members screen (it syncs to the hub). */
  async pairFirstHostWithDemo(): Promise<SiteMachine> {
    const host = await this.pairFirstHost();
    await MembersAdmin.loadDemo(host.page);
    return host;
  }

  /** The hub's first host desk: role picker → "Connect this machine to a hub" → one-time code. */
  async pairFirstHost(): Promise<SiteMachine> {
    const code = await this.hub.firstHostCode();
    const host = await this.openMachine('/');
    await new RolePicker(host.page).heading.waitFor();
    const form = new PairingForm(host.page);
    await form.rolePickerOption.click();
    await form.heading.waitFor();
    await form.pair({ code });
    await new Shell(host.page).navigation.waitFor();
    return host;
  }

  /**
   * A new machine of `role`: the host creates its code in Settings → Machines (for a room display,
   * beside `roomName`), the machine opens the pairing link and connects under `name`.
   */
  async pairFromHost(host: SiteMachine, role: DeviceRole, name: string, roomName?: string): Promise<SiteMachine> {
    const machine = await this.openMachine(`/?pair=${await this.pairingCode(host, role, roomName)}`);
    const form = new PairingForm(machine.page);
    await form.heading.waitFor();
    await form.pair({ name });
    await form.heading.waitFor({ state: 'detached' });
    return machine;
  }

  /** Pairs a host desk that was used on its own so far, from its sync indicator, in the same tab. */
  async pairInPlace(host: SiteMachine, machine: SiteMachine, name: string): Promise<SiteMachine> {
    const code = await this.pairingCode(host, 'host');
    await machine.indicator.connectButton.click();
    const form = new PairingForm(machine.page);
    await form.pair({ code, name });
    await form.heading.waitFor({ state: 'detached' });
    return machine;
  }

  private async pairingCode(host: SiteMachine, role: DeviceRole, roomName?: string): Promise<string> {
    await new Shell(host.page).goTo('settings');
    const machines = new MachinesSection(host.page);
    const code = await machines.createCode(role, roomName);
    await machines.closeAddDialog();
    return code;
  }

  /** Closes every machine; throws if any of them logged an error the test did not expect. */
  /** Every open tab of every machine, for a failure report. */
  pages(): Page[] {
    return this.machines.flatMap((machine) => machine.context.pages());
  }

  async close(): Promise<void> {
    const machines = this.machines.splice(0);
    const problems = machines.flatMap((machine) => machine.problems());
    await Promise.all(machines.map((machine) => machine.context.close()));
    if (problems.length > 0) throw new Error(`The app logged errors:\n${problems.join('\n')}`);
  }
}
