import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { DeviceRole } from '@core/deviceRole';
import type { DiscoveredHub } from '@core/ipcContract';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { useE2eSession, waitForApp, type Machine } from './support/browser';
import { fill, messages } from './support/messages';
import { Shell } from './support/pages/Shell';
import { PairingForm } from './support/pages/SyncPages';

const m = messages.en;

declare global {
  interface Window {
    /** What the page asked the stand-in desktop shell, in order. */
    landhubCalls?: unknown[][];
  }
}

async function expectAxeClean(page: Page, where: string) {
  const violations = await seriousAxeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/** The desktop-only controls: finding hubs on the network and running the hub here. */
function desktopControls(page: Page) {
  return {
    findHubs: page.getByRole('button', { name: m.sync.finder.find, exact: true }),
    hubHere: page.getByRole('region', { name: m.sync.hubHere.heading, exact: true }),
    runsHubSwitch: page.getByRole('switch', { name: m.sync.hubHere.switchLabel, exact: true }),
  };
}

describe('desktop-only hub controls in browser mode', () => {
  const session = useE2eSession();

  it('never offers "Find hubs" or "This machine runs the hub" in a browser, and the pairing form stays accessible', async () => {
    // A new machine's pairing page: the address is the page's own, nothing to search for.
    const fresh = await session.newMachine(null);
    const form = new PairingForm(fresh.page);
    await form.rolePickerOption.click();
    await form.heading.waitFor();
    expect(await form.hubUrl.inputValue()).toBe(session.hubUrl);
    expect(await desktopControls(fresh.page).findHubs.count()).toBe(0);
    await expectAxeClean(fresh.page, 'pairing page in browser mode');

    // A host desk's settings: its hub connection is there, running a hub is not.
    const host = await session.newMachine('host');
    await new Shell(host.page).goTo('settings');
    const connection = host.page.getByRole('region', { name: m.sync.machine.heading, exact: true });
    await connection.waitFor();
    const controls = desktopControls(host.page);
    expect(await controls.hubHere.count()).toBe(0);
    expect(await controls.runsHubSwitch.count()).toBe(0);

    // …and its pairing dialog has no "Find hubs" either.
    await connection.getByRole('button', { name: m.sync.machine.connect, exact: true }).click();
    const dialog = host.page.getByRole('dialog', { name: m.sync.pairing.title, exact: true });
    await dialog.getByRole('textbox', { name: m.sync.pairing.code }).waitFor();
    expect(await dialog.getByRole('button', { name: m.sync.finder.find, exact: true }).count()).toBe(0);
    await expectAxeClean(host.page, 'pairing dialog in browser mode');
  });
});

interface FakeDesktop {
  role: DeviceRole | null;
  discovered: DiscoveredHub[];
  /** Discovery fails with this message, as main's would through Electron's IPC. */
  discoverError?: string;
  /** The hub does not start, for this reason. */
  startProblem?: string;
}

/**
 * Stands in for Electron's preload (`window.landhub`), so the desktop-only controls can be
 * driven in Chromium. It answers like main does, slowly where main is slow (discovery, starting
 * the hub), and records what the page asked for in `window.landhubCalls`.
 */
function installFakeDesktop(fake: FakeDesktop) {
  const calls: unknown[][] = [];
  const config = { deviceId: 'desktop-1', role: fake.role, language: 'en', runsHub: false };
  let running = false;
  const later = <T>(value: T, ms: number) => new Promise<T>((resolve) => { setTimeout(() => { resolve(value); }, ms); });
  const status = () => (fake.startProblem !== undefined && config.runsHub
    ? { running: false, url: null, lanUrls: [], firstHostCode: null, problem: fake.startProblem }
    : running
    ? { running: true, url: 'http://127.0.0.1:4870', lanUrls: ['http://192.168.1.20:4870', 'http://192.168.1.20:4870'], firstHostCode: '12345678', problem: null }
    : { running: false, url: null, lanUrls: [], firstHostCode: null, problem: null });
  const handlers: Record<string, (...args: unknown[]) => Promise<unknown>> = {
    'device:getConfig': () => Promise.resolve({ ...config }),
    'device:setRole': (role) => { config.role = role as DeviceRole; return Promise.resolve({ ...config }); },
    'device:setLanguage': (language) => { config.language = language as string; return Promise.resolve({ ...config }); },
    'app:getInfo': () => Promise.resolve({ version: '9.9.9', shell: 'electron', platform: 'linux' }),
    'app:notify': () => Promise.resolve(false),
    'hub:discover': () => (fake.discoverError === undefined
      ? later(fake.discovered, 600)
      : Promise.reject(new Error(`Error invoking remote method 'hub:discover': Error: ${fake.discoverError}`))),
    'secrets:setHubToken': () => Promise.resolve({ stored: false }),
    'secrets:getHubToken': () => Promise.resolve(null),
    'hub:runHere': (on) => { config.runsHub = on === true; running = on === true; return later(status(), 600); },
    'hub:status': () => Promise.resolve(status()),
  };
  Object.assign(window, {
    landhubCalls: calls,
    landhub: {
      invoke: (channel: string, ...args: unknown[]) => {
        calls.push([channel, ...args]);
        const handler = handlers[channel];
        return handler ? handler(...args) : Promise.reject(new Error(`No such channel ${channel}`));
      },
    },
  });
}

async function openDesktop(machine: Machine, fake: FakeDesktop): Promise<Page> {
  await machine.context.addInitScript(installFakeDesktop, fake);
  const page = await machine.context.newPage();
  await page.goto(`${new URL(machine.page.url()).origin}/`);
  await waitForApp(page);
  return page;
}

const callsTo = (page: Page, channel: string) => page.evaluate(
  (name) => (window.landhubCalls ?? []).filter((call) => call[0] === name),
  channel,
);

describe('desktop-only hub controls with a stand-in for the desktop shell', () => {
  const session = useE2eSession();

  it('finds hubs on the network, lists each once, and fills in the chosen address', async () => {
    const machine = await session.newMachine(null);
    const page = await openDesktop(machine, {
      role: null,
      discovered: [
        { name: 'Barn hub', url: 'http://192.168.1.20:4870/', version: null },
        { name: 'Barn hub', url: 'http://192.168.1.20:4870', version: '2.1.0' },
        { name: 'Attic hub', url: 'http://10.0.0.7:4870', version: null },
      ],
    });
    const form = new PairingForm(page);
    await form.rolePickerOption.click();
    await form.heading.waitFor();
    expect(await form.hubUrl.inputValue()).toBe('');

    const { findHubs } = desktopControls(page);
    await findHubs.click();
    await expect.poll(() => page.getByRole('button', { name: m.sync.finder.searching }).getAttribute('aria-busy')).toBe('true');
    const list = page.getByRole('list', { name: m.sync.finder.listLabel, exact: true });
    await list.waitFor();
    const choices = list.getByRole('button');
    expect(await choices.allTextContents()).toEqual([
      expect.stringMatching(/^Attic hub.*http:\/\/10\.0\.0\.7:4870$/),
      expect.stringMatching(/^Barn hub.*Version 2\.1\.0.*http:\/\/192\.168\.1\.20:4870$/),
    ]);
    await page.getByText(fill(m.sync.finder.found_other, { count: 2 }), { exact: true }).waitFor();
    await expectAxeClean(page, 'pairing page with hubs found');

    await choices.filter({ hasText: 'Barn hub' }).click();
    expect(await form.hubUrl.inputValue()).toBe('http://192.168.1.20:4870');
    expect(await choices.filter({ hasText: 'Barn hub' }).getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => form.code.evaluate((input) => input === document.activeElement)).toBe(true);
    expect(await callsTo(page, 'hub:discover')).toHaveLength(1);
  });

  it('says so in words when no hub answers', async () => {
    const machine = await session.newMachine(null);
    const page = await openDesktop(machine, { role: null, discovered: [] });
    const form = new PairingForm(page);
    await form.rolePickerOption.click();
    await desktopControls(page).findHubs.click();
    await page.getByText(m.sync.finder.none, { exact: true }).waitFor();
    expect(await desktopControls(page).findHubs.isEnabled()).toBe(true);
  });

  it('explains a failed search and a hub that cannot start, in words', async () => {
    const machine = await session.newMachine(null);
    const page = await openDesktop(machine, { role: 'host', discovered: [], discoverError: 'Multicast is blocked.', startProblem: 'The hub could not start on this machine. Port 4870 is busy.' });
    await new Shell(page).goTo('settings');
    const { hubHere, runsHubSwitch } = desktopControls(page);
    await runsHubSwitch.click();
    await hubHere.getByText(m.sync.hubHere.problem, { exact: true }).waitFor();
    await hubHere.getByText('The hub could not start on this machine. Port 4870 is busy.', { exact: true }).waitFor();
    // The choice is kept (main tries again at the next start), so the switch stays on.
    expect(await runsHubSwitch.isChecked()).toBe(true);

    await page.getByRole('region', { name: m.sync.machine.heading, exact: true }).getByRole('button', { name: m.sync.machine.connect, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m.sync.pairing.title, exact: true });
    await dialog.getByRole('button', { name: m.sync.finder.find, exact: true }).click();
    await dialog.getByText(fill(m.sync.finder.failed, { message: 'Multicast is blocked.' }), { exact: true }).waitFor();
    await expectAxeClean(page, 'pairing dialog after a failed search');
  });

  it('runs the hub on this machine: the switch, the address for other machines and the first host code', async () => {
    const machine = await session.newMachine(null);
    const page = await openDesktop(machine, { role: 'host', discovered: [] });
    await new Shell(page).goTo('settings');
    const { hubHere, runsHubSwitch } = desktopControls(page);
    await hubHere.getByText(m.sync.hubHere.off, { exact: true }).waitFor();
    expect(await runsHubSwitch.isChecked()).toBe(false);
    await expectAxeClean(page, 'settings with the hub switched off');

    await runsHubSwitch.click();
    await hubHere.getByText(m.sync.hubHere.starting, { exact: true }).waitFor();
    expect(await runsHubSwitch.isDisabled()).toBe(true);
    await hubHere.getByText(m.sync.hubHere.running, { exact: true }).waitFor();
    expect(await runsHubSwitch.isChecked()).toBe(true);
    expect(await hubHere.getByRole('listitem').allTextContents()).toEqual(['http://192.168.1.20:4870']);
    await hubHere.getByText('1234 5678', { exact: true }).waitFor();
    await hubHere.getByText(m.sync.hubHere.firstCodeHint, { exact: true }).waitFor();
    expect(await callsTo(page, 'hub:runHere')).toEqual([['hub:runHere', true]]);
    await expectAxeClean(page, 'settings with the hub running');

    // Its own hub, prefilled: the loopback address and the first host code.
    await hubHere.getByRole('button', { name: m.sync.hubHere.connectHere, exact: true }).click();
    const dialog = page.getByRole('dialog', { name: m.sync.pairing.title, exact: true });
    expect(await dialog.getByRole('textbox', { name: m.sync.pairing.hubUrl }).inputValue()).toBe('http://127.0.0.1:4870');
    expect(await dialog.getByRole('textbox', { name: m.sync.pairing.code }).inputValue()).toBe('1234 5678');
    await dialog.getByRole('button', { name: m.sync.pairing.back, exact: true }).click();

    await runsHubSwitch.click();
    await hubHere.getByText(m.sync.hubHere.off, { exact: true }).waitFor();
    expect(await runsHubSwitch.isChecked()).toBe(false);
    expect(await hubHere.getByText('1234 5678').count()).toBe(0);
  });
});
