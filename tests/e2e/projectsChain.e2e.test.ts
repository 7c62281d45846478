import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { fill, messages } from './support/messages';
import { CardDialog } from './support/pages/CardDialog';
import { KioskPage } from './support/pages/KioskPage';
import { Pinboard } from './support/pages/Pinboard';
import { Shell } from './support/pages/Shell';
import { WallDisplay } from './support/pages/WallDisplay';
import { storedRows } from './support/storedRows';
import { useSyncedSite } from './support/useSyncedSite';

const LIVE = { timeout: 20_000 };
const PIN = '2580';
const PUBLIC_TITLE = 'Bænk ved gadekæret';
const MEMBERS_ONLY_TITLE = 'Julefrokost for medlemmer';

interface StoredMember { name: string; active: boolean }

/** A demo member the kiosk finds by name: first name and the initial of the last. */
async function someMember(page: Parameters<typeof storedRows>[0]): Promise<{ name: string; first: string; short: string }> {
  const members = await storedRows<StoredMember>(page, 'members');
  const member = members.find((each) => each.active && /^\p{L}+ \p{L}+$/u.test(each.name));
  if (!member) throw new Error('the demo has a member with a first and a last name');
  const [first = '', last = ''] = member.name.split(' ');
  return { name: member.name, first, short: `${first} ${last.charAt(0)}.` };
}

describe('a project from the pinboard to the kiosk and the wall', () => {
  const synced = useSyncedSite();

  it('a host pins a project, a member joins it at the kiosk after checking in with a PIN, the host sees it, the wall shows it; a members-only project never reaches the wall', { timeout: 150_000 }, async () => {
    const m = messages.en;
    const host = await synced.site.pairFirstHostWithDemo();
    const member = await someMember(host.page);
    const card = await CardDialog.open(host.page, member.name);
    await card.button(m.cards.setPin).click();
    await card.typePin(PIN);
    await card.dialog.getByText(m.cards.pinSet, { exact: true }).waitFor();
    await card.close();
    // The hub asks for PINs at check-in by name, so the kiosk knows who stands at it.
    await new Shell(host.page).goTo('settings');
    await host.page.getByRole('checkbox', { name: m.cards.settings.pinRequired, exact: true }).check();
    await host.page.getByRole('button', { name: m.settings.saveHub, exact: true }).click();
    await expect.poll(async () => (await storedRows<{ checkInPinRequired?: boolean }>(host.page, 'hubSettings'))[0]?.checkInPinRequired, LIVE).toBe(true);
    const kioskMachine = await synced.site.pairFromHost(host, 'kiosk', 'Reception kiosk');
    const wallMachine = await synced.site.pairFromHost(host, 'wall', 'Wall display in the café');

    // The host pins a public project asking for a skill of the vocabulary, and one for members only.
    const shell = new Shell(host.page);
    await shell.goTo('projects');
    const pinboard = new Pinboard(host.page);
    for (const [title, visibility] of [[PUBLIC_TITLE, m.pinboard.form.public], [MEMBERS_ONLY_TITLE, m.pinboard.form.membersOnly]] as const) {
      await pinboard.pinButton.click();
      await pinboard.field(m.pinboard.form.title).fill(title);
      await pinboard.field(m.pinboard.form.pitch).fill('A bench by the pond, built together');
      await pinboard.dialog.getByRole('searchbox', { name: m.pinboard.form.skills }).fill('carp');
      await pinboard.dialog.getByRole('button', { name: fill(m.pinboard.form.addSkill, { name: 'Carpentry' }) }).click();
      await pinboard.field(m.pinboard.form.needsPeople).fill('3');
      await pinboard.dialog.getByRole('radio', { name: visibility }).check();
      await pinboard.dialog.getByRole('button', { name: m.pinboard.form.pinIt }).click();
      await host.page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      expect(describeViolations(await seriousAxeViolations(host.page)), `axe on ${title}`).toBe('');
      await pinboard.backButton.click();
    }

    // A task on the public project, before anyone comes to the kiosk.
    await pinboard.open(PUBLIC_TITLE);
    const hostTasks = host.page.getByRole('region', { name: m.projectDetail.tasks.title, exact: true });
    await hostTasks.getByRole('button', { name: m.projectDetail.tasks.add, exact: true }).click();
    await hostTasks.getByRole('textbox', { name: new RegExp(`^${m.projectDetail.tasks.titleField}`) }).fill('Fetch the planks');
    await hostTasks.getByRole('button', { name: m.projectDetail.tasks.save, exact: true }).click();
    await hostTasks.getByText('Fetch the planks').waitFor();
    await pinboard.backButton.click();

    // The member checks in at the kiosk with their PIN and joins from the confirmation.
    const kiosk = new KioskPage(kioskMachine.page);
    await kiosk.waitForStart();
    await kiosk.findMe('in', member.first.toLowerCase(), member.short);
    await kiosk.tapPin(PIN);
    await kiosk.welcome(member.first).waitFor();
    const kioskBoard = new Pinboard(kioskMachine.page);
    await kiosk.main.getByRole('button', { name: /^Projects that need help/ }).click();
    await kioskBoard.heading.waitFor();
    // Public projects only: the members-only one is not even in the kiosk's storage.
    await expect.poll(() => kioskBoard.card(PUBLIC_TITLE).count(), LIVE).toBe(1);
    expect(await kioskBoard.card(MEMBERS_ONLY_TITLE).count()).toBe(0);
    // The skill it asks for is named there too (the kiosk holds the skill vocabulary).
    await kioskBoard.card(PUBLIC_TITLE).getByText('Carpentry', { exact: true }).waitFor();
    expect(await kioskBoard.pinButton.count()).toBe(0);
    await expectLayoutFine(kioskMachine.page, 'en', 'kiosk projects', 'scrollsDown');
    await kioskBoard.open(PUBLIC_TITLE);
    await kioskMachine.page.getByRole('button', { name: m.pinboard.group.imIn, exact: true }).click();
    await expect.poll(() => kioskMachine.page.getByRole('button', { name: m.pinboard.group.imIn, exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(describeViolations(await seriousAxeViolations(kioskMachine.page)), 'axe on the kiosk project').toBe('');
    await expectLayoutFine(kioskMachine.page, 'en', 'kiosk project', 'scrollsDown');
    // The kiosk names the group as public screens do: first name and initial, never the full name.
    const kioskGroup = kioskMachine.page.getByRole('region', { name: m.pinboard.group.title });
    await expect.poll(() => kioskGroup.textContent()).toContain(member.short);
    expect(await kioskMachine.page.content()).not.toContain(member.name);

    // They take the task, and log two hours for today in three taps.
    const kioskTasks = kioskMachine.page.getByRole('region', { name: m.projectDetail.tasks.title, exact: true });
    await kioskTasks.getByRole('button', { name: m.projectDetail.tasks.take, exact: true }).click();
    await kioskTasks.getByText(m.projectDetail.tasks.status.takenByYou).waitFor();
    await kioskMachine.page.getByRole('button', { name: m.projectDetail.hours.logMine, exact: true }).click();
    await kioskMachine.page.getByRole('group', { name: m.projectDetail.hours.howMany }).getByRole('button', { name: /^2\s?hrs?$/ }).click();
    await kioskMachine.page.getByRole('button', { name: m.projectDetail.hours.logIt, exact: true }).click();
    await kiosk.main.getByRole('region', { name: m.projectDetail.hours.title, exact: true }).getByText(m.projectDetail.hours.state.pending).first().waitFor();
    await expectLayoutFine(kioskMachine.page, 'en', 'kiosk project after logging hours', 'scrollsDown');

    // The host sees the member in the group, through the hub.
    await pinboard.open(PUBLIC_TITLE);
    const group = host.page.getByRole('region', { name: m.pinboard.group.title });
    await expect.poll(async () => (await group.getByRole('listitem').allTextContents()).join('|'), LIVE).toContain(member.name);

    // ... the task as theirs, and approves the hours waiting on the pinboard.
    await hostTasks.getByText(new RegExp(`Taken by ${member.short.replace('.', '\\.')}|Taken by ${member.name}`)).waitFor(LIVE);

    // The host downloads the summary: Markdown with the group in it, and a PDF of the same.
    const [markdown] = await Promise.all([host.page.waitForEvent('download'), host.page.getByRole('button', { name: m.pinboard.export.markdown }).click()]);
    expect(markdown.suggestedFilename()).toBe(`${PUBLIC_TITLE}.md`);
    const text = await readFile(await markdown.path(), 'utf8');
    expect(text.startsWith(`# ${PUBLIC_TITLE}\n`)).toBe(true);
    expect(text).toContain(`- ${member.name} \\(${m.pinboard.group.role.helper}\\)`);
    expect(text).toContain(`## ${m.pinboard.export.tasks}`);
    const [pdf] = await Promise.all([host.page.waitForEvent('download'), host.page.getByRole('button', { name: m.pinboard.export.pdf }).click()]);
    expect(pdf.suggestedFilename()).toBe(`${PUBLIC_TITLE}.pdf`);
    const bytes = await readFile(await pdf.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain(member.name.normalize('NFC'));

    await pinboard.backButton.click();
    // The member's two hours wait among the demo's, and a host approves them all at once.
    const pending = host.page.getByRole('region', { name: /hours waiting for approval$/ });
    await expect.poll(async () => (await pending.getByRole('listitem').allTextContents()).join('|'), LIVE).toContain(member.name);
    await pending.getByRole('button', { name: /^Approve (the \d+ waiting entry|all \d+ waiting entries)$/ }).click();
    await new Shell(host.page).notices.getByText(/entr(y|ies) approved\.$/).waitFor();
    await pending.getByText(m.projectDetail.pending.none).waitFor();

    // The wall shows the public project, never the members-only one, not even in its storage.
    const wall = new WallDisplay(wallMachine.page);
    await wall.project(PUBLIC_TITLE).waitFor({ state: 'attached', ...LIVE });
    const wallProjects = await storedRows<{ title?: string }>(wallMachine.page, 'projects');
    expect(wallProjects.map((row) => row.title)).not.toContain(MEMBERS_ONLY_TITLE);
    expect(await wallMachine.page.content()).not.toContain(MEMBERS_ONLY_TITLE);
  });
});
