import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, it } from 'vitest';
import type { Page } from 'playwright';
import type { UiLanguage } from '@core/languages';
import { useE2eSession } from './support/browser';
import { FAKE_CAMERA_HEIGHT, FAKE_CAMERA_WIDTH, fakeCameraArgs, y4mVideo } from './support/fakeCamera';
import { addMemberAsHost } from './support/members';
import { fill, messages, templatePattern } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { memberByName, patchHubSettings, putRow, setHostPinInStore, setMemberPinInStore, storedRows } from './support/pages/KioskData';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { startPersistentMachine, type PersistentMachine } from './support/persistentMachine';
import { expectLayoutFine } from './support/layoutChecks';

/** Two cores, a demo hub and a camera stream: a walk through every screen takes a while. */
const WALK_TIMEOUT_MS = 180_000;
const SOME_CASES: readonly { width: number; height: number; lang: UiLanguage }[] = [
  { width: 1280, height: 800, lang: 'de' },
  { width: 1280, height: 800, lang: 'da' },
  { width: 1920, height: 1080, lang: 'en' },
  { width: 1920, height: 1080, lang: 'de' },
];
/** A picture walk (LANDHUB_E2E_SHOTS) covers every language at both sizes; the test run, the likeliest breakers. */
const CASES = process.env.LANDHUB_E2E_SHOTS
  ? (['da', 'de', 'en'] as const).flatMap((lang) => [{ width: 1280, height: 800, lang }, { width: 1920, height: 1080, lang }])
  : SOME_CASES;


/** A kiosk stands alone at the door: nothing may need scrolling, and no control may hide, overlap or clip another. */
function expectFits(page: Page, lang: UiLanguage, screen: string): Promise<void> {
  return expectLayoutFine(page, lang, `kiosk ${screen}`, 'fixed');
}

describe('every kiosk screen fits the screen, with nothing to scroll and no button cut off or overlapping', () => {
  const session = useE2eSession();
  let running: PersistentMachine[] = [];
  let folders: string[] = [];

  afterEach(async () => {
    await Promise.all(running.map((machine) => machine.close()));
    running = [];
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
    folders = [];
  });

  /** A demo hub on this machine as a host desk, then the same machine restarted as a kiosk with a camera. */
  async function kioskWithCamera(viewport: { width: number; height: number }, lang: UiLanguage): Promise<KioskPage> {
    const folder = await mkdtemp(join(tmpdir(), 'landhub-layout-'));
    folders.push(folder);
    const profile = join(folder, 'profile');
    const host = await startPersistentMachine(profile, { hubUrl: session.hubUrl, role: 'host', viewport });
    running.push(host);
    const m = messages.en;
    const admin = new MembersAdmin(host.page);
    await new Shell(host.page).goTo('members');
    await admin.loadDemoButton.click();
    await admin.table.waitFor();
    await addMemberAsHost(host.page, { name: 'Wiebke Quast' });
    await addMemberAsHost(host.page, { name: 'Piet Quast' });
    const editor = await admin.openMember('Wiebke Quast');
    await editor.dialog.getByRole('switch', { name: m.editor.guestVisits, exact: true }).check();
    await editor.save();
    await patchHubSettings(host.page, { checkInPinRequired: true });
    await setMemberPinInStore(host.page, 'Piet Quast', '1357');
    await setHostPinInStore(host.page, '471100');
    // Two bookings of Piet's ahead, for his "My bookings" screen: the longest place name the demo has.
    const piet = await memberByName(host.page, 'Piet Quast');
    const room = (await storedRows(host.page, 'rooms')).toSorted((a, b) => String(b.name).length - String(a.name).length)[0];
    for (const days of [1, 9]) {
      const startsAt = Date.now() + days * 24 * 60 * 60_000;
      await putRow(host.page, 'bookings', {
        id: `piet-${String(days)}`, resourceKind: 'room', resourceId: room?.id, memberId: piet.id, title: '', status: 'confirmed', rejection: null, confirmedAt: null,
        startsAt: new Date(startsAt).toISOString(), endsAt: new Date(startsAt + 90 * 60_000).toISOString(),
      });
    }
    running = [];
    await host.close();

    // A camera that shows an empty wall: the preview is there, no card in it.
    const video = join(folder, 'wall.y4m');
    await writeFile(video, y4mVideo(new Uint8Array(FAKE_CAMERA_WIDTH * FAKE_CAMERA_HEIGHT).fill(200)));
    const kiosk = await startPersistentMachine(profile, { hubUrl: session.hubUrl, role: 'kiosk', lang, viewport, chromiumArgs: fakeCameraArgs(video), camera: true });
    running.push(kiosk);
    return new KioskPage(kiosk.page, messages[lang]);
  }

  for (const { lang, ...viewport } of CASES) {
    it(`at ${viewport.width}×${viewport.height} in ${lang}`, { timeout: WALK_TIMEOUT_MS }, async () => {
      const kiosk = await kioskWithCamera(viewport, lang);
      const { page } = kiosk;
      const m = messages[lang];
      const k = m.kiosk;
      const at = (screen: string) => `${screen} at ${viewport.width}×${viewport.height} in ${lang}`;
      await kiosk.waitForStart();
      await page.getByLabel(m.scanner.cameraLabel, { exact: true }).waitFor();
      await page.getByText(k.card.cameraTitle, { exact: true }).waitFor();
      await expectFits(page, lang, at('the start screen with the camera'));

      await kiosk.checkInButton.click();
      await kiosk.nameField.fill('quast');
      await kiosk.result('Wiebke Q.').waitFor();
      await expectFits(page, lang, at('the name search with results and the camera'));

      await kiosk.result('Piet Q.').click();
      await kiosk.pinPad(k.pin.help).waitFor();
      await kiosk.tapPin('0000');
      await kiosk.alert.getByText(fill(k.pin.wrong_other, { count: 2 })).waitFor();
      await expectFits(page, lang, at('the member PIN pad after a wrong PIN'));
      await kiosk.tapPin('1357');

      await kiosk.welcome('Piet').waitFor();
      await kiosk.freeDesks.first().waitFor();
      await expectFits(page, lang, at('the check-in confirmation with the free desks'));
      await kiosk.doneButton.click();

      await kiosk.checkOutButton.click();
      await kiosk.nameField.fill('piet');
      await kiosk.result('Piet Q.').click();
      await kiosk.tapPin('1357', k.pin.help);
      await kiosk.goodbye('Piet').waitFor();
      // Piet typed his PIN, so the confirmation offers his bookings.
      const myBookings = kiosk.main.getByRole('button', { name: templatePattern(k.myBookings.open_other) });
      await myBookings.waitFor();
      await expectFits(page, lang, at('the check-out confirmation'));
      await myBookings.click();
      await kiosk.main.getByRole('list', { name: k.myBookings.listLabel }).getByRole('button', { name: k.myBookings.cancel }).first().click();
      await kiosk.main.getByRole('button', { name: k.myBookings.yes }).waitFor();
      await expectFits(page, lang, at('my bookings, asking before a cancel'));
      await kiosk.doneButton.click();

      await kiosk.guestButton.click();
      await kiosk.main.getByRole('button', { name: k.guest.submit, exact: true }).click();
      await kiosk.main.getByText(k.guest.nameRequired).waitFor();
      await kiosk.main.getByRole('textbox', { name: k.guest.visiting, exact: true }).fill('quast');
      await kiosk.main.getByRole('button', { name: 'Wiebke Q.', exact: true }).waitFor();
      await expectFits(page, lang, at('the guest form with an error and the host picker\'s results'));
      await kiosk.main.getByRole('textbox', { name: k.guest.name, exact: true }).fill('Anna Berg');
      await kiosk.main.getByRole('button', { name: 'Wiebke Q.', exact: true }).click();
      await kiosk.main.getByRole('button', { name: m.presence.guestPurpose.meeting, exact: true }).click();
      await expectFits(page, lang, at('the filled guest form'));
      await kiosk.main.getByRole('button', { name: k.guest.submit, exact: true }).click();
      await kiosk.heading(fill(k.guest.welcome, { name: 'Anna' })).waitFor();
      await expectFits(page, lang, at('the guest welcome'));
      await kiosk.doneButton.click();

      for (let tap = 0; tap < 5; tap++) await kiosk.logo().click();
      await kiosk.pinPad(k.host.pinHelp).waitFor();
      await expectFits(page, lang, at('the host PIN pad'));
      await page.keyboard.type('471100');
      await kiosk.heading(m.settings.title).waitFor();
      await expectFits(page, lang, at('the kiosk\'s host settings'));
    });
  }
});
