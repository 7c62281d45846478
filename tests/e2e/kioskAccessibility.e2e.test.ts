import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { cardPayload, newCardToken } from '@core/secrets';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { addMemberAsHost } from './support/members';
import { fill, messages } from './support/messages';
import { KioskPage } from './support/pages/KioskPage';
import { patchHubSettings, setHostPinInStore, setMemberPinInStore } from './support/pages/KioskData';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

const m = messages.en;
const k = m.kiosk;
const VIEWPORTS = [{ width: 1920, height: 1080 }, { width: 1280, height: 800 }] as const;
const MIN_TARGET_PX = 56;

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(describeViolations(violations), `serious or critical axe violations on ${screen}`).toBe('');
}

/** Every visible button and text field on the kiosk is at least 56 px tall and wide (fields: tall). */
async function expectBigTargets(page: Page, screen: string): Promise<void> {
  const small = await page.getByRole('main').locator('button:visible, input:visible').evaluateAll((elements, min) => elements
    .map((element) => ({ element, box: element.getBoundingClientRect() }))
    .filter(({ element, box }) => box.height < min || (element.tagName === 'BUTTON' && box.width < min))
    .map(({ element, box }) => `${element.tagName} "${element.textContent}" ${Math.round(box.width)}×${Math.round(box.height)}`), MIN_TARGET_PX);
  expect(small, `touch targets under ${MIN_TARGET_PX} px on ${screen}`).toEqual([]);
}

async function check(kiosk: KioskPage, screen: string): Promise<void> {
  await expectAccessible(kiosk.page, screen);
  await expectBigTargets(kiosk.page, screen);
}

describe('every kiosk screen is accessible, with big touch targets, on a large and a small screen', () => {
  const session = useE2eSession();

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}`, async () => {
      const host = await session.newMachine('host', { viewport });
      const admin = new MembersAdmin(host.page);
      await new Shell(host.page).goTo('members');
      await admin.loadDemoButton.click();
      await admin.table.waitFor();
      await addMemberAsHost(host.page, { name: 'Wiebke Quast' });
      await addMemberAsHost(host.page, { name: 'Piet Quast' });
      const editor = await admin.openMember('Wiebke Quast');
      await editor.dialog.getByRole('switch', { name: m.editor.guestVisits, exact: true }).check();
      await editor.save();
      const page = await host.openTab('kiosk');
      await patchHubSettings(page, { checkInPinRequired: true });
      await setMemberPinInStore(page, 'Piet Quast', '1357');
      await setHostPinInStore(page, '471100');
      await page.reload();
      await waitForApp(page);
      const kiosk = new KioskPage(page);
      await kiosk.waitForStart();
      const size = `${viewport.width}×${viewport.height}`;
      await check(kiosk, `the start screen at ${size}`);

      await kiosk.checkInButton.click();
      await kiosk.nameField.fill('quast');
      await kiosk.result('Wiebke Q.').waitFor();
      await check(kiosk, `the name search with results at ${size}`);
      await kiosk.nameField.fill('zzzz');
      await page.getByText(k.findMe.noMatch).waitFor();
      await check(kiosk, `the name search without results at ${size}`);

      await kiosk.scan(cardPayload(newCardToken()));
      await kiosk.alert.getByText(k.card.invalid).waitFor();
      await check(kiosk, `a refused card at ${size}`);

      await kiosk.nameField.fill('piet');
      await kiosk.result('Piet Q.').click();
      await kiosk.pinPad().waitFor();
      await kiosk.tapPin('0000');
      await kiosk.alert.getByText(fill(k.pin.wrong_other, { count: 2 })).waitFor();
      await check(kiosk, `the member PIN pad after a wrong PIN at ${size}`);
      await kiosk.tapPin('1357');

      await kiosk.welcome('Piet').waitFor();
      await kiosk.freeDesks.first().waitFor();
      await check(kiosk, `the check-in confirmation with free desks at ${size}`);
      await kiosk.doneButton.click();

      await kiosk.findMe('out', 'piet', 'Piet Q.');
      await kiosk.tapPin('1357');
      await kiosk.goodbye('Piet').waitFor();
      await check(kiosk, `the check-out confirmation at ${size}`);
      await kiosk.doneButton.click();

      await kiosk.guestButton.click();
      await kiosk.main.getByRole('button', { name: k.guest.submit, exact: true }).click();
      await kiosk.main.getByText(k.guest.nameRequired).waitFor();
      await kiosk.main.getByRole('textbox', { name: k.guest.visiting, exact: true }).fill('wieb');
      await kiosk.main.getByRole('button', { name: 'Wiebke Q.', exact: true }).waitFor();
      await check(kiosk, `the guest form with an error and host results at ${size}`);
      await kiosk.main.getByRole('textbox', { name: k.guest.name, exact: true }).fill('Anna Berg');
      await kiosk.main.getByRole('button', { name: 'Wiebke Q.', exact: true }).click();
      await kiosk.main.getByRole('button', { name: k.guest.submit, exact: true }).click();
      await kiosk.heading(fill(k.guest.welcome, { name: 'Anna' })).waitFor();
      await check(kiosk, `the guest welcome at ${size}`);
      await kiosk.doneButton.click();

      for (let tap = 0; tap < 5; tap++) await kiosk.logo().click();
      await kiosk.pinPad(k.host.pinHelp).waitFor();
      await check(kiosk, `the host PIN pad at ${size}`);
      await kiosk.page.keyboard.type('471100');
      await kiosk.heading(m.settings.title).waitFor();
      // The host settings are the shared settings screen: axe only, its controls are the host desk's.
      await expectAccessible(page, `the kiosk host settings at ${size}`);
    });
  }
});
