import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { useE2eSession, waitForApp } from './support/browser';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { addMemberAsHost } from './support/members';
import { fill, messages } from './support/messages';
import { CardDialog } from './support/pages/CardDialog';
import { KioskSettings } from './support/pages/KioskSettings';
import { Settings } from './support/pages/Settings';
import { Shell } from './support/pages/Shell';
import { StoredRows } from './support/pages/StoredRows';

const m = messages.en;
const SOREN = 'Søren Østergaard';
const EMAIL = 'soren@snedkeri.example';
/** ID-1 (bank card) size in CSS pixels at 96 per inch. */
const MM = 96 / 25.4;

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(describeViolations(await seriousAxeViolations(page)), `serious or critical axe violations on ${screen}`).toBe('');
}

async function cardOfSoren(page: Page): Promise<CardDialog> {
  await addMemberAsHost(page, { name: SOREN, company: 'Snedkeriet', email: EMAIL });
  return CardDialog.open(page, SOREN);
}

describe('member cards and PINs', () => {
  const session = useE2eSession();

  it('shows a card whose QR code holds only the random token, and replacing it retires the old code', async () => {
    const { page } = await session.newMachine('host');
    const card = await cardOfSoren(page);
    const stored = new StoredRows(page);
    const member = await stored.member(SOREN);
    const token = await stored.memberCardToken(SOREN);
    expect(token).toMatch(/^[A-Za-z0-9_-]{16,64}$/);

    await card.dialog.getByText(SOREN, { exact: true }).waitFor();
    await card.dialog.getByText(fill(m.cards.memberSince, { date: '' }).trim(), { exact: false }).waitFor();
    const shown = await card.qrText();
    expect(shown).toBe(`LH1-${token!}`);
    for (const secret of [SOREN, 'Søren', 'Ostergaard', EMAIL, String(member.id)]) {
      expect(shown!.toLowerCase()).not.toContain(secret.toLowerCase());
    }
    await expectAccessible(page, 'the card dialog');

    // Escape in the question closes only the question, not the card.
    await card.button(m.cards.replace).click();
    await card.replaceQuestion.getByText(fill(m.cards.replaceConfirmBody, { name: SOREN })).waitFor();
    await expectAccessible(page, 'the replace-card question');
    await page.keyboard.press('Escape');
    await card.replaceQuestion.waitFor({ state: 'detached' });
    expect(await stored.memberCardToken(SOREN)).toBe(token);
    await card.dialog.waitFor();

    await card.replaceCard();
    await new Shell(page).notices.getByText(fill(m.cards.replaced, { name: SOREN })).waitFor();
    await expect.poll(() => stored.memberCardToken(SOREN)).not.toBe(token);
    const newToken = await stored.memberCardToken(SOREN);
    await expect.poll(() => card.qrText()).toBe(`LH1-${newToken!}`);
    expect(newToken).not.toBe(token);
  });

  it('prints only the card at bank-card size, and downloads it as an image that scans', async () => {
    const { page } = await session.newMachine('host');
    const card = await cardOfSoren(page);
    const token = await new StoredRows(page).memberCardToken(SOREN);

    await page.evaluate(() => {
      // Headless Chromium has no print window; record that the app asked for one.
      window.print = () => { document.body.dataset.printed = 'yes'; };
    });
    await card.button(m.cards.print).click();
    expect(await page.evaluate(() => document.body.dataset.printed)).toBe('yes');

    await page.emulateMedia({ media: 'print' });
    // The open dialog makes the rest of the page inert, so the printed copy is outside the
    // accessibility tree: look at every copy of the QR code and keep the ones on paper.
    const qrCopies = page.getByRole('img', { name: fill(m.cards.qrAlt, { name: SOREN }), exact: true, includeHidden: true });
    const printedWidths = () => qrCopies.evaluateAll((images) => images.filter((image) => image.checkVisibility({ visibilityProperty: true, opacityProperty: true })).map((image) => Math.round(image.getBoundingClientRect().width)));
    // One copy, 36 mm wide as on the card: not the enlarged one of the dialog.
    await expect.poll(printedWidths).toEqual([Math.round(36 * MM)]);
    expect(await card.dialog.isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: m.members.title }).isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfText = pdf.toString('latin1');
    expect(pdfText.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    // The page is not blank: the QR code is on it.
    expect(pdfText).toMatch(/\/Subtype\s*\/Image\b/);
    const mediaBox = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdfText);
    // 85.6 × 54 mm in PDF points (1/72 inch).
    expect(Number(mediaBox?.[1])).toBeCloseTo((85.6 / 25.4) * 72, 0);
    expect(Number(mediaBox?.[2])).toBeCloseTo((54 / 25.4) * 72, 0);
    await page.emulateMedia({ media: 'screen' });
    await card.dialog.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), card.button(m.cards.download).click()]);
    expect(download.suggestedFilename()).toBe(`${fill(m.cards.fileName, { name: SOREN })}.png`);
    const image = await card.qrTextOfImage(await readFile(await download.path()));
    expect(image).toEqual({ text: `LH1-${token!}`, width: 1011, height: 638 });
  });

  it('sets, changes and removes a member PIN, and never shows it', async () => {
    const { page } = await session.newMachine('host');
    const card = await cardOfSoren(page);
    const stored = new StoredRows(page);
    await card.dialog.getByText(m.cards.pinNotSet, { exact: true }).waitFor();

    await card.button(m.cards.setPin).click();
    expect(await card.pinInput.getAttribute('type')).toBe('password');
    expect(await card.pinInput.getAttribute('inputmode')).toBe('numeric');
    await card.typePin('12');
    await card.dialog.getByText(fill(m.cards.pinLength.format, { digits: 4 })).waitFor();
    expect(await card.pinInput.getAttribute('aria-invalid')).toBe('true');
    await card.typePin('2580', '2581');
    await card.dialog.getByText(m.cards.pinErrors.mismatch).waitFor();
    expect((await stored.member(SOREN)).pinHash).toBeNull();
    await expectAccessible(page, 'the PIN form with errors');

    await card.typePin('2580');
    await card.dialog.getByText(m.cards.pinSet, { exact: true }).waitFor();
    await new Shell(page).notices.getByText(fill(m.cards.pinSaved, { name: SOREN })).waitFor();
    const pinHash = (await stored.member(SOREN)).pinHash;
    expect(typeof pinHash).toBe('string');
    expect(String(pinHash)).not.toContain('2580');
    expect(await page.getByText('2580').count()).toBe(0);
    // The focus goes back where the host started.
    await expect.poll(() => card.button(m.cards.changePin).evaluate((element) => element === document.activeElement)).toBe(true);

    await card.button(m.cards.changePin).click();
    await card.typePin('1357');
    await new Shell(page).notices.getByText(fill(m.cards.pinSaved, { name: SOREN })).waitFor();
    await expect.poll(async () => (await stored.member(SOREN)).pinHash).not.toBe(pinHash);
    await card.dialog.getByText(m.cards.pinSet, { exact: true }).waitFor();

    await card.button(m.cards.removePin).click();
    await card.dialog.getByText(m.cards.pinNotSet, { exact: true }).waitFor();
    await expect.poll(async () => (await stored.member(SOREN)).pinHash).toBeNull();
  });

  it('offers to create a card for a member saved before cards existed', async () => {
    const { page } = await session.newMachine('host');
    await addMemberAsHost(page, { name: SOREN });
    const stored = new StoredRows(page);
    await stored.overwriteMemberField(SOREN, 'cardToken', null);
    await page.reload();
    await waitForApp(page);
    await new Shell(page).goTo('members');
    const card = await CardDialog.open(page, SOREN);
    await card.dialog.getByText(fill(m.cards.noCard, { name: SOREN })).waitFor();
    expect(await card.qrImage.count()).toBe(0);
    await card.button(m.cards.createCard).click();
    await expect.poll(() => stored.memberCardToken(SOREN)).not.toBeNull();
    const token = await stored.memberCardToken(SOREN);
    await expect.poll(() => card.qrText()).toBe(`LH1-${token!}`);
  });

  it('saves the idle time and the PIN rule, refuses a wrong closing time, and sets the host PIN', async () => {
    const { page } = await session.newMachine('host');
    const shell = new Shell(page);
    await shell.goTo('settings');
    const kiosk = new KioskSettings(page);
    const stored = new StoredRows(page);
    await kiosk.idleSeconds.waitFor();
    expect(await kiosk.idleSeconds.inputValue()).toBe('30');
    await page.getByText(m.cards.settings.kioskAccess).waitFor();
    await expectAccessible(page, 'the settings screen');

    await kiosk.idleSeconds.fill('15');
    await kiosk.pinRequired.check();
    await kiosk.town.fill('Nakskov');
    await kiosk.saveButton.click();
    await shell.notices.getByText(m.settings.hubSaved).waitFor();
    await expect.poll(async () => (await stored.hubSettings())?.kioskIdleSeconds).toBe(15);
    expect((await stored.hubSettings())?.checkInPinRequired).toBe(true);

    await page.reload();
    await waitForApp(page);
    await shell.goTo('settings');
    await expect.poll(() => kiosk.idleSeconds.inputValue()).toBe('15');
    expect(await kiosk.pinRequired.isChecked()).toBe(true);
    expect(await kiosk.town.inputValue()).toBe('Nakskov');

    await kiosk.closingTime.fill('25:00');
    await kiosk.idleSeconds.fill('5');
    await kiosk.saveButton.click();
    await expect.poll(() => kiosk.descriptionOf(kiosk.closingTime)).toEqual({
      invalid: true,
      description: `${m.cards.settings.closingTimeHelp} ${m.cards.settings.errors.closingTime}`,
    });
    expect(await kiosk.descriptionOf(kiosk.idleSeconds)).toEqual({
      invalid: true,
      description: `${m.cards.settings.idleHelp} ${m.cards.settings.errors.kioskIdleSeconds}`,
    });
    // The first wrong field gets the focus, so a keyboard user lands where the fix is.
    await expect.poll(() => kiosk.closingTime.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page, 'the settings screen with errors');
    expect((await stored.hubSettings())?.closingTime).toBe('18:00');
    expect((await stored.hubSettings())?.kioskIdleSeconds).toBe(15);

    // Danes write 17.30: that is understood.
    await kiosk.closingTime.fill('17.30');
    await kiosk.idleSeconds.fill('45');
    await kiosk.saveButton.click();
    await expect.poll(async () => (await stored.hubSettings())?.closingTime).toBe('17:30');
    expect(await kiosk.closingTime.inputValue()).toBe('17:30');

    const settings = new Settings(page);
    await kiosk.hostPinSection.getByText(m.cards.settings.hostPinNotSet, { exact: true }).waitFor();
    // Four digits, as earlier versions took, are no longer a host PIN.
    await kiosk.setHostPin('1234');
    await kiosk.hostPinSection.getByText(fill(m.cards.pinLength.format, { digits: 6 })).waitFor();
    await kiosk.setHostPin('482915', '482916');
    await kiosk.hostPinSection.getByText(m.cards.pinErrors.mismatch).waitFor();
    expect((await stored.hubSettings())?.hostPinHash).toBeNull();
    await kiosk.setHostPin('482915');
    await kiosk.hostPinSection.getByText(m.cards.settings.hostPinIsSet, { exact: true }).waitFor();
    await shell.notices.getByText(m.cards.settings.hostPinSaved).waitFor();
    const hostPinHash = (await stored.hubSettings())?.hostPinHash;
    expect(typeof hostPinHash).toBe('string');
    expect(String(hostPinHash)).toMatch(/^pbkdf2-sha256\$600000\$/);
    expect(String(hostPinHash)).not.toContain('482915');
    await settings.heading.waitFor();
    await kiosk.hostPinSection.getByRole('button', { name: m.cards.settings.changeHostPin, exact: true }).waitFor();
  });
});
