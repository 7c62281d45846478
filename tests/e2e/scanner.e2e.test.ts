import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { cardPayload, newCardToken } from '@core/secrets';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { scanWithBarcodeReader } from './support/barcodeScanner';
import { useE2eSession } from './support/browser';
import { fakeCameraArgs, writeFakeCameraVideo } from './support/fakeCamera';
import { addMemberAsHost } from './support/members';
import { escapeRegExp, fill, messages } from './support/messages';
import { CardDialog } from './support/pages/CardDialog';
import { startPersistentMachine, type PersistentMachine } from './support/persistentMachine';
import { storedRows } from './support/storedRows';

const m = messages.en;
/** Two cores, a camera stream and jsQR every 150 ms: give the first decoded frame plenty of time. */
const CAMERA_TIMEOUT_MS = 30_000;
const CAMERA_TEST_TIMEOUT_MS = 120_000;

interface StoredMember { id: string; name: string; cardToken: string | null }
interface StoredCheckIn { memberId: string; kind: 'in' | 'out'; method: string }

async function memberNamed(page: Page, name: string): Promise<StoredMember> {
  const member = (await storedRows<StoredMember>(page, 'members')).find((row) => row.name === name);
  if (!member?.cardToken) throw new Error(`${name} is not saved with a card token`);
  return member;
}

async function arrivalsOf(page: Page, memberId: string): Promise<StoredCheckIn[]> {
  return (await storedRows<StoredCheckIn>(page, 'checkIns')).filter((row) => row.memberId === memberId && row.kind === 'in');
}

const welcome = (page: Page, firstName: string) => page.getByText(fill(m.kiosk.confirm.welcome, { name: firstName }), { exact: true });
const cardRefused = (page: Page) => page.getByRole('alert').getByText(m.kiosk.card.invalid, { exact: true });

declare global {
  interface Window {
    cameraTracks?: MediaStreamTrack[];
  }
}

/** Keeps every camera track the page opens, so a test can tell whether the camera was turned off again. */
async function watchCameraStreams(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const devices = navigator.mediaDevices;
    const open = devices.getUserMedia.bind(devices);
    window.cameraTracks = [];
    devices.getUserMedia = async (constraints) => {
      const stream = await open(constraints);
      window.cameraTracks?.push(...stream.getVideoTracks());
      return stream;
    };
  });
}

async function cameraTrackStates(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.cameraTracks ?? []).map((track) => track.readyState));
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(describeViolations(await seriousAxeViolations(page)), `serious or critical axe violations on ${screen}`).toBe('');
}

const cameraProblem = new RegExp(`^(${Object.values(m.scanner.problems).map(escapeRegExp).join('|')})$`);
const cameraPreview = (page: Page) => page.getByLabel(m.scanner.cameraLabel, { exact: true });

describe('reading member cards at the kiosk', () => {
  const session = useE2eSession();
  let running: PersistentMachine[] = [];
  let folders: string[] = [];

  afterEach(async () => {
    const machines = running;
    running = [];
    await Promise.all(machines.map((machine) => machine.close()));
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
    folders = [];
    const problems = machines.flatMap((machine) => machine.problems);
    if (problems.length > 0) throw new Error(`The app logged errors:\n${problems.join('\n')}`);
  });

  async function start(userDataDir: string, options: Omit<Parameters<typeof startPersistentMachine>[1], 'hubUrl'>): Promise<PersistentMachine> {
    const machine = await startPersistentMachine(userDataDir, { hubUrl: session.hubUrl, ...options });
    running.push(machine);
    return machine;
  }

  async function stop(machine: PersistentMachine): Promise<void> {
    running = running.filter((other) => other !== machine);
    await machine.close();
    if (machine.problems.length > 0) throw new Error(`The app logged errors:\n${machine.problems.join('\n')}`);
  }

  /**
   * The kiosk machine, first as a host desk adding the member (a card token is random, so the
   * fake camera's video can only be made once the member exists), then restarted on the same
   * profile as the kiosk with a camera that shows `cardText(member)`.
   */
  async function kioskWithCameraShowing(
    name: string,
    cardText: (member: StoredMember) => string,
    beforeRestart?: (host: Page) => Promise<void>,
  ): Promise<{ kiosk: PersistentMachine; member: StoredMember }> {
    const folder = await mkdtemp(join(tmpdir(), 'landhub-camera-'));
    folders.push(folder);
    const profile = join(folder, 'profile');
    const host = await start(profile, { role: 'host' });
    await addMemberAsHost(host.page, { name });
    const member = await memberNamed(host.page, name);
    const video = join(folder, 'card.y4m');
    await writeFakeCameraVideo(video, cardText(member));
    await beforeRestart?.(host.page);
    await stop(host);

    const kiosk = await start(profile, {
      role: 'kiosk', chromiumArgs: fakeCameraArgs(video), camera: true, viewport: { width: 1920, height: 1080 }, beforeOpen: watchCameraStreams,
    });
    return { kiosk, member };
  }

  it('checks a member in when they hold their card up to the camera', { timeout: CAMERA_TEST_TIMEOUT_MS }, async () => {
    const { kiosk, member } = await kioskWithCameraShowing('Astrid Kamp', (stored) => cardPayload(stored.cardToken ?? ''));
    const { page } = kiosk;
    await cameraPreview(page).waitFor();
    await expectAccessible(page, 'the kiosk with the camera preview');
    await welcome(page, 'Astrid').waitFor({ timeout: CAMERA_TIMEOUT_MS });
    // The confirmation needs no camera: it was opened, and is now turned off, light and all.
    await expect.poll(async () => [...new Set(await cameraTrackStates(page))]).toEqual(['ended']);
    const arrivals = await arrivalsOf(page, member.id);
    expect(arrivals.length).toBeGreaterThanOrEqual(1);
    expect(arrivals[0]?.method).toBe('qrCard');
  });

  it('refuses a card that was replaced, without saving anything', { timeout: CAMERA_TEST_TIMEOUT_MS }, async () => {
    let oldToken = '';
    const { kiosk } = await kioskWithCameraShowing(
      'Bent Kortmann',
      (stored) => { oldToken = stored.cardToken ?? ''; return cardPayload(oldToken); },
      async (host) => {
        // The host replaces the card after the old one was "printed" into the camera's video.
        const card = await CardDialog.open(host, 'Bent Kortmann');
        await card.replaceCard();
        await card.close();
        await expect.poll(async () => (await memberNamed(host, 'Bent Kortmann')).cardToken).not.toBe(oldToken);
      },
    );
    const { page } = kiosk;
    await cardRefused(page).waitFor({ timeout: CAMERA_TIMEOUT_MS });
    expect(await welcome(page, 'Bent').count()).toBe(0);
    expect(await storedRows(page, 'checkIns')).toEqual([]);
    expect((await memberNamed(page, 'Bent Kortmann')).cardToken).not.toBe(oldToken);
  });

  it('refuses a card the hub has never issued', { timeout: CAMERA_TEST_TIMEOUT_MS }, async () => {
    const { kiosk } = await kioskWithCameraShowing('Cille Ukendt', () => cardPayload(newCardToken()));
    await cardRefused(kiosk.page).waitFor({ timeout: CAMERA_TIMEOUT_MS });
    expect(await welcome(kiosk.page, 'Cille').count()).toBe(0);
    expect(await storedRows(kiosk.page, 'checkIns')).toEqual([]);
  });

  it('checks a member in with a barcode scanner that types the card like a keyboard', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, { name: 'Dorte Skanner' });
    const member = await memberNamed(host.page, 'Dorte Skanner');
    const kiosk = await host.openTab('kiosk');

    // This machine has no camera: the kiosk says nothing about cameras, and the scanner still works.
    await kiosk.getByRole('button', { name: m.kiosk.attract.checkIn, exact: true }).waitFor();
    await expect.poll(() => kiosk.getByText(m.scanner.starting, { exact: true }).count()).toBe(0);
    expect(await kiosk.getByText(cameraProblem).count()).toBe(0);
    expect(await kiosk.getByText(m.kiosk.card.cameraTitle, { exact: true }).count()).toBe(0);
    expect(await cameraPreview(kiosk).isVisible()).toBe(false);
    await expectAccessible(kiosk, 'the kiosk without a camera');
    await scanWithBarcodeReader(kiosk, cardPayload(member.cardToken ?? ''));
    await welcome(kiosk, 'Dorte').waitFor();
    const arrivals = await arrivalsOf(kiosk, member.id);
    expect(arrivals.map((row) => row.method)).toEqual(['scanner']);
  });

  it('leaves a person typing their name alone, and reads scans while the name field has focus', async () => {
    const host = await session.newMachine('host');
    await addMemberAsHost(host.page, { name: 'Erik Langsom' });
    const member = await memberNamed(host.page, 'Erik Langsom');
    const kiosk = await host.openTab('kiosk');
    await kiosk.getByRole('button', { name: m.kiosk.attract.checkIn, exact: true }).click();
    const nameField = kiosk.getByLabel(m.kiosk.findMe.nameLabel, { exact: true });

    // A person types at people speed: every key lands and nobody is checked in.
    await nameField.pressSequentially('Erik Langsom', { delay: 120 });
    await expect.poll(() => nameField.inputValue()).toBe('Erik Langsom');
    expect(await arrivalsOf(kiosk, member.id)).toEqual([]);

    // A scan lands in the focused field too, as typing; once it is known to be a scan it is taken
    // out again. This scanner ends with Tab, which must not move the focus away.
    await nameField.fill('Erik');
    await scanWithBarcodeReader(kiosk, cardPayload(newCardToken()), { terminator: 'Tab' });
    await cardRefused(kiosk).waitFor();
    await expect.poll(() => nameField.inputValue()).toBe('Erik');
    expect(await nameField.evaluate((field) => field === document.activeElement)).toBe(true);

    // A scan of the member's card while the name field has focus checks them in.
    await scanWithBarcodeReader(kiosk, cardPayload(member.cardToken ?? ''));
    await welcome(kiosk, 'Erik').waitFor();
    expect((await arrivalsOf(kiosk, member.id)).map((row) => row.method)).toEqual(['scanner']);
  });
});
