import { describe, expect, it } from 'vitest';
import { useE2eSession } from './support/browser';
import { addMemberAsHost } from './support/members';
import { fill, messages } from './support/messages';
import { makePng } from './support/png';
import { Board } from './support/pages/Board';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';

const m = messages.en;
const SOREN = 'Søren Østergaard';
const OFFER = 'Builds kitchen tables from local oak';
const EMAIL = 'soren@snedkeri.example';
const PHONE = '+45 21 43 65 87';

describe('host manages members', () => {
  const session = useE2eSession();

  it('adds a member with skills, an offer, contact details and a photo, and the board finds them', async () => {
    const { page, openTab } = await session.newMachine('host');
    const shell = new Shell(page);
    const admin = new MembersAdmin(page);
    await shell.goTo('members');

    const editor = await admin.openNewMember();
    await editor.setText('name', SOREN);
    // "Snedker" is in the shared vocabulary (shown in the screen's language once saved);
    // "Rebslager" is a brand-new tag: it must become a skill of its own.
    await editor.addTags('skills', ['Snedker', 'Rebslager']);
    expect(await editor.tags('skills')).toEqual(['Snedker', 'Rebslager']);
    await editor.addTags('offers', [OFFER]);
    await editor.setText('email', EMAIL);
    await editor.setText('phone', PHONE);
    // 600×400 is larger than the app's 320-pixel photo limit, so the resize path runs.
    await editor.photoInput.setInputFiles({ name: 'soren.png', mimeType: 'image/png', buffer: makePng(600, 400) });
    await expect.poll(() => editor.photoPreview(SOREN).getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await editor.consentSwitch('skills').check();
    expect(await editor.consentSwitch('skills').isChecked()).toBe(true);
    expect(await editor.consentSwitch('email').isChecked()).toBe(false);
    await editor.save();

    await shell.notices.getByText(fill(m.members.added, { name: SOREN })).waitFor();
    expect(await admin.row(SOREN).getByRole('cell').first().textContent()).toBe('Carpentry, Rebslager');

    // A second member, so that filters visibly narrow the board down.
    await addMemberAsHost(page, { name: 'Anke Weiß', skills: ['Grafikdesign'] });

    await shell.goTo('board');
    const board = new Board(page);
    await expect.poll(() => board.resultCountText()).toBe(fill(m.board.resultCount_other, { count: 2 }));
    const card = board.card(SOREN);
    await card.getByText(OFFER).waitFor();
    // The host desk sees everything, private fields included.
    await card.getByRole('link', { name: EMAIL }).waitFor();
    await card.getByRole('link', { name: PHONE }).waitFor();
    const photo = card.getByRole('img', { name: fill(m.member.photoOf, { name: SOREN }), exact: true });
    expect(await photo.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    const size = await photo.evaluate((image: HTMLImageElement) => ({ width: image.naturalWidth, height: image.naturalHeight }));
    expect(size).toEqual({ width: 320, height: 213 });

    // Accent folding: typed without ø, or with the oe spelling, the name still matches.
    for (const query of ['soren', 'ostergaard', 'SOEREN OSTERGARD', 'rebslager', 'tischler', 'kitchen oak']) {
      await board.searchFor(query);
      await expect.poll(() => board.visibleNames(), { message: `search "${query}"` }).toEqual([SOREN]);
    }
    await board.searchFor('nobody-has-this-skill');
    await expect.poll(() => board.resultCountText()).toBe(fill(m.board.resultCount_other, { count: 0 }));
    await board.page.getByRole('heading', { name: fill(m.board.noResults, { query: 'nobody-has-this-skill' }) }).waitFor();
    await board.clearFilters.click();
    await expect.poll(() => board.visibleNames()).toEqual(['Anke Weiß', SOREN]);

    await board.skillFilter.selectOption({ label: 'Carpentry' });
    await expect.poll(() => board.visibleNames()).toEqual([SOREN]);
    await board.skillFilter.selectOption({ label: m.board.anySkill });
    await expect.poll(() => board.visibleNames()).toHaveLength(2);

    const ropeMaking = board.skillButton('Rebslager');
    expect(await ropeMaking.getAttribute('aria-label')).toBe('Rebslager: 1');
    await ropeMaking.click();
    expect(await ropeMaking.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => board.visibleNames()).toEqual([SOREN]);
    await ropeMaking.click();
    await expect.poll(() => board.visibleNames()).toHaveLength(2);

    // The wall display, on this same machine, shows the public skills but neither the photo nor the email.
    const wall = new WallDisplay(await openTab('wall'));
    const publicCard = wall.newMember(SOREN);
    await publicCard.getByText('Rebslager').waitFor({ state: 'attached' });
    expect(await publicCard.locator('img').count()).toBe(0);
    expect(await wall.page.content()).not.toContain(EMAIL);

    // Once the member agrees, the open wall shows the photo without a reload.
    await page.bringToFront();
    await shell.goTo('members');
    const photoEditor = await admin.openMember(SOREN);
    await photoEditor.consentSwitch('photo').check();
    await photoEditor.save();
    // Beside the name on the card: the photo itself is decoration there (alt="").
    const publicPhoto = publicCard.locator('img.wall-portrait');
    await expect.poll(() => publicPhoto.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('edits a member and the board shows the change', async () => {
    const { page } = await session.newMachine('host');
    await addMemberAsHost(page, { name: SOREN, skills: ['Snedker'], offers: [OFFER] });
    const admin = new MembersAdmin(page);

    const editor = await admin.openMember(SOREN);
    // The form opens with what was saved, not an empty draft.
    expect(await editor.input('name').inputValue()).toBe(SOREN);
    expect(await editor.tags('skills')).toEqual(['Carpentry']);
    expect(await editor.tags('offers')).toEqual([OFFER]);
    await editor.setText('company', 'Østergaard Snedkeri ApS');
    await editor.save();
    await new Shell(page).notices.getByText(fill(m.members.saved, { name: SOREN })).waitFor();

    await new Shell(page).goTo('board');
    const board = new Board(page);
    await board.card(SOREN).getByText('Østergaard Snedkeri ApS').waitFor();
    expect(await board.visibleNames()).toEqual([SOREN]);
  });

  it('refuses to save without a name or with a malformed email, and says why by the field', async () => {
    const { page } = await session.newMachine('host');
    await new Shell(page).goTo('members');
    const admin = new MembersAdmin(page);

    const editor = await admin.openNewMember();
    await editor.saveButton.click();
    expect(await editor.formAlert.textContent()).toBe(m.editor.fixErrors);
    expect(await editor.errorOf('name')).toEqual({ invalid: true, description: m.editor.required });
    await editor.dialog.waitFor();

    await editor.setText('name', 'Mette Bækgaard');
    await editor.setText('email', 'mette-at-example');
    await editor.saveButton.click();
    await expect.poll(() => editor.errorOf('email')).toEqual({ invalid: true, description: m.editor.invalidEmail });
    expect(await editor.errorOf('name')).toEqual({ invalid: false, description: '' });
    await editor.dialog.waitFor();

    await editor.cancelButton.click();
    await editor.dialog.waitFor({ state: 'detached' });
    // Nothing half-typed was saved.
    expect(await admin.table.count()).toBe(0);
    await page.getByText(fill(m.members.count_other, { count: 0 }), { exact: true }).waitFor();
    await new Shell(page).goTo('board');
    await page.getByRole('heading', { name: m.board.emptyHub }).waitFor();
  });

  it('deactivates only after confirmation, hides the member from the board, and Undo brings them back', async () => {
    const { page } = await session.newMachine('host');
    await addMemberAsHost(page, { name: SOREN, skills: ['Snedker'] });
    await addMemberAsHost(page, { name: 'Anke Weiß' });
    const admin = new MembersAdmin(page);
    const shell = new Shell(page);

    const question = await admin.askToDeactivate(SOREN);
    await question.getByText(fill(m.members.deactivateConfirmBody, { name: SOREN })).waitFor();
    // The safe answer has the focus, so a stray Enter does not deactivate anyone.
    expect(await question.getByRole('button', { name: m.members.cancel }).evaluate((button) => button === document.activeElement)).toBe(true);
    await question.getByRole('button', { name: m.members.cancel }).click();
    await question.waitFor({ state: 'detached' });
    expect(await admin.row(SOREN).count()).toBe(1);

    await admin.deactivate(SOREN);
    await shell.notices.getByText(fill(m.members.deactivated, { name: SOREN })).waitFor();
    await expect.poll(() => admin.row(SOREN).count()).toBe(0);

    await shell.goTo('board');
    const board = new Board(page);
    await expect.poll(() => board.visibleNames()).toEqual(['Anke Weiß']);
    expect(await board.resultCountText()).toBe(fill(m.board.resultCount_one, { count: 1 }));

    // The notice outlives the screen change, so Undo works from the board too.
    await admin.undoButton.click();
    await expect.poll(() => board.visibleNames()).toEqual(['Anke Weiß', SOREN]);
    await shell.goTo('members');
    await admin.row(SOREN).waitFor();
    expect(await admin.row(SOREN).getByRole('cell', { name: m.members.active, exact: true }).count()).toBe(1);
  });

  // A new hub starts with the shared skill vocabulary (core/skillVocabulary.ts), so the Danish
  // "Snedker" typed by a host is the same skill a German visitor finds as "Tischler".
  it('finds a member by the German name of a Danish skill on a new hub', async () => {
    const { page } = await session.newMachine('host');
    await addMemberAsHost(page, { name: SOREN, skills: ['Snedker'] });
    await new Shell(page).goTo('board');
    const board = new Board(page);
    await board.searchFor('tischler');
    await expect.poll(() => board.visibleNames()).toEqual([SOREN]);
  });
});
