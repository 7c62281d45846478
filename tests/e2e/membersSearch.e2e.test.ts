import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { generateDemoHub } from '@core/demo/demoHub';
import type { UiLanguage } from '@core/languages';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { useE2eSession } from './support/browser';
import { fill, messages, templatePattern } from './support/messages';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';

/** The app seeds its demo the same way every time, so the test knows who is in it. */
const demoMembers = generateDemoHub({ now: new Date() }).members ?? [];
const active = demoMembers.filter((member) => member.active);

/** The longest name part with a letter people type differently, and how a keyboard without it types it. */
const folded = (() => {
  const spell = (word: string) => word.replace(/ø/g, 'o').replace(/å/g, 'aa').replace(/æ/g, 'ae').replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ä/g, 'ae');
  const word = active.flatMap((member) => member.name.split(' ')).filter((part) => /[øåæüöä]/.test(part)).sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error('the demo has no name with ø, å, æ, ü, ö or ä');
  return { word, typed: spell(word).toLowerCase(), names: active.filter((member) => member.name.includes(word)).map((member) => member.name) };
})();
const withEmail = active.find((member) => member.email !== '' && member.phone !== '');
const inactive = demoMembers.find((member) => !member.active);
if (!withEmail || !inactive) throw new Error('the demo has no active member with e-mail and phone, or no inactive member');

async function expectAccessible(page: Page, screen: string): Promise<void> {
  expect(describeViolations(await seriousAxeViolations(page)), `serious or critical axe violations on ${screen}`).toBe('');
}

describe.each<UiLanguage>(['en', 'de'])('Members admin search (%s)', (lang) => {
  const session = useE2eSession();
  const m = messages[lang];
  const countOf = (shown: number, count: number) => fill(count === 1 ? m.members.countFiltered_one : m.members.countFiltered_other, { shown, count });

  async function demoHub(): Promise<MembersAdmin> {
    const { page } = await session.newMachine('host', { lang });
    await new Shell(page, m).goTo('members');
    const admin = new MembersAdmin(page, m);
    // No search on an empty hub: there is nobody to look for.
    expect(await admin.search.count()).toBe(0);
    await admin.loadDemoButton.click();
    await admin.table.waitFor();
    await expect.poll(() => admin.countText()).toBe(fill(m.members.count_other, { count: active.length }));
    return admin;
  }

  it('finds by folded name, e-mail and phone digits, with a truthful count, and keeps the search across the editor', async () => {
    const admin = await demoHub();
    const { page } = admin;
    const box = await admin.search.boundingBox();
    expect(box?.height ?? 0, 'a touch-sized search box').toBeGreaterThanOrEqual(44);
    expect(await admin.search.getAttribute('placeholder')).toBe(m.members.searchPlaceholder);

    await admin.search.fill(folded.typed);
    await expect.poll(async () => {
      const rows = await admin.rowNames();
      return folded.names.every((name) => rows.includes(name)) && rows.length < active.length / 2;
    }, { message: `"${folded.typed}" finds every ${folded.word}` }).toBe(true);
    const rows = await admin.rowNames();
    expect(await admin.countText()).toBe(countOf(rows.length, active.length));
    await expectAccessible(page, 'Members admin with a search');

    await admin.search.fill(withEmail.email.toUpperCase());
    await expect.poll(() => admin.rowNames()).toEqual([withEmail.name]);
    expect(await admin.countText()).toBe(countOf(1, active.length));

    const digits = withEmail.phone.replace(/\D/g, '');
    await admin.search.fill(digits);
    await expect.poll(() => admin.rowNames()).toContain(withEmail.name);

    // Opening and closing the editor, by its button or by Escape, leaves the search as it was.
    await admin.search.fill(withEmail.email);
    await expect.poll(() => admin.rowNames()).toEqual([withEmail.name]);
    const editor = await admin.openMember(withEmail.name);
    await editor.cancelButton.click();
    await editor.dialog.waitFor({ state: 'detached' });
    expect(await admin.search.inputValue()).toBe(withEmail.email);
    expect(await admin.rowNames()).toEqual([withEmail.name]);
    const added = await admin.openNewMember();
    await page.keyboard.press('Escape');
    await added.dialog.waitFor({ state: 'detached' });
    expect(await admin.search.inputValue()).toBe(withEmail.email);
    expect(await admin.rowNames()).toEqual([withEmail.name]);
    expect(await admin.countText()).toBe(countOf(1, active.length));

    // A saved edit keeps the search too.
    const again = await admin.openMember(withEmail.name);
    await again.setText('company', 'Landhub Testværksted');
    await again.save();
    expect(await admin.search.inputValue()).toBe(withEmail.email);
    await expect.poll(() => admin.rowNames()).toEqual([withEmail.name]);
    await admin.search.fill('testvaerksted');
    await expect.poll(() => admin.rowNames()).toEqual([withEmail.name]);

    // Escape in the box clears it, as in any search field.
    await admin.search.focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => admin.countText()).toBe(fill(m.members.count_other, { count: active.length }));
    expect(await admin.search.inputValue()).toBe('');
  });

  it('says when nobody matches, clears with one button, and combines with "show inactive"', async () => {
    const admin = await demoHub();
    const { page } = admin;

    await admin.search.fill('zzqx');
    await admin.noMatch('zzqx').waitFor();
    await page.getByText(m.members.noMatchHelp, { exact: true }).waitFor();
    expect(await admin.table.count()).toBe(0);
    expect(await admin.countText()).toBe(countOf(0, active.length));
    await expectAccessible(page, 'Members admin with no match');
    await admin.clearSearchButton.click();
    expect(await admin.search.inputValue()).toBe('');
    await expect.poll(() => admin.rowNames()).toHaveLength(active.length);
    expect(await admin.countText()).toBe(fill(m.members.count_other, { count: active.length }));

    // An inactive member is hidden, and the empty result says so and offers to include them.
    await admin.search.fill(inactive.name);
    await admin.noMatch(inactive.name).waitFor();
    await page.getByText(templatePattern(m.members.noMatchInactive_one)).waitFor();
    await admin.includeInactiveButton.click();
    expect(await admin.showInactive.isChecked()).toBe(true);
    await expect.poll(() => admin.rowNames()).toContain(inactive.name);
    const rows = await admin.rowNames();
    expect(await admin.countText()).toBe(countOf(rows.length, demoMembers.length));

    await admin.showInactive.uncheck();
    await admin.noMatch(inactive.name).waitFor();
    await admin.clearSearchButton.click();
    await expect.poll(() => admin.rowNames()).toHaveLength(active.length);
    await admin.showInactive.check();
    await expect.poll(() => admin.countText()).toBe(fill(m.members.count_other, { count: demoMembers.length }));
  });
});
