import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import type { UiLanguage } from '@core/languages';
import { pageTexts } from '../../main/hub/publicProjects/pageTexts';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { expectLayoutFine } from './support/layoutChecks';
import { escapeRegExp, fill, messages } from './support/messages';
import { Pinboard } from './support/pages/Pinboard';
import { Shell } from './support/pages/Shell';
import { storedRows } from './support/storedRows';
import { useSyncedSite } from './support/useSyncedSite';

const LIVE = { timeout: 20_000 };
const TITLE = 'Shelter at the bus stop';

interface StoredMember { id: string; name: string; active: boolean; skills?: string[] }

/** Three active demo members, for a clean-up day's hours. */
async function threeMembers(page: Page): Promise<string[]> {
  const members = (await storedRows<StoredMember>(page, 'members')).filter((member) => member.active && /^\p{L}+ \p{L}+$/u.test(member.name));
  return members.slice(0, 3).map((member) => member.name);
}

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The skill most demo members offer, by its name in `lang`. */
async function commonSkill(page: Page, lang: UiLanguage): Promise<string> {
  const counts = new Map<string, number>();
  for (const member of await storedRows<StoredMember>(page, 'members')) for (const skill of member.skills ?? []) counts.set(skill, (counts.get(skill) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  const skills = await storedRows<{ id: string; labels: Partial<Record<UiLanguage, string>> }>(page, 'skills');
  const label = skills.find((skill) => skill.id === top?.[0])?.labels[lang];
  if (!label) throw new Error('the demo members offer skills');
  return label;
}

describe('working on a project on the host desk', () => {
  const synced = useSyncedSite();

  for (const lang of ['da', 'de', 'en'] as const satisfies readonly UiLanguage[]) {
    it(`finds helpers, takes input and counter-input, adds a task, logs hours for three at once, approves them, and takes a citizen's offer from a phone, in ${lang}`, { timeout: 180_000 }, async () => {
      const m = messages[lang];
      const d = m.projectDetail;
      const host = await synced.site.pairFirstHostWithDemo();
      const shell = await new Shell(host.page).switchLanguage(lang);
      const [first, second, third] = await threeMembers(host.page);
      if (!first || !second || !third) throw new Error('the demo has three members');
      const check = async (screen: string) => {
        await expectLayoutFine(host.page, lang, `${screen} in ${lang}`, 'scrollsDown');
        expect(describeViolations(await seriousAxeViolations(host.page)), `axe on ${screen} in ${lang}`).toBe('');
      };

      // The host pins a public project that asks for the skill most members offer.
      const skill = await commonSkill(host.page, lang);
      await shell.goTo('projects');
      const pinboard = new Pinboard(host.page, m);
      await pinboard.pinButton.click();
      await pinboard.field(m.pinboard.form.title).fill(TITLE);
      await pinboard.dialog.getByRole('searchbox', { name: m.pinboard.form.skills }).fill(skill.slice(0, 4));
      await pinboard.dialog.getByRole('button', { name: fill(m.pinboard.form.addSkill, { name: skill }), exact: true }).click();
      await pinboard.field(m.pinboard.form.needsPeople).fill('4');
      await pinboard.dialog.getByRole('button', { name: m.pinboard.form.pinIt }).click();
      await host.page.getByRole('heading', { level: 1, name: TITLE, exact: true }).waitFor();

      // Find helpers: members who offer that skill; one tap adds the first as a helper.
      const helpers = region(host.page, d.helpers.title);
      const addHelper = helpers.getByRole('button', { name: new RegExp(`^${escapeRegExp(d.helpers.add)}`) }).first();
      await addHelper.waitFor(LIVE);
      const helperName = ((await addHelper.getAttribute('aria-label')) ?? '').split(': ').at(-1) ?? '';
      await addHelper.click();
      const group = region(host.page, m.pinboard.group.title);
      await expect.poll(() => group.textContent(), LIVE).toContain(helperName);

      // Input and counter-input land in their own columns.
      const feedback = region(host.page, d.feedback.title);
      for (const [kind, text] of [['idea', 'Use the old oak from the school yard'], ['concern', 'The municipality owns the bus stop']] as const) {
        await feedback.getByRole('radio', { name: d.feedback.kind[kind], exact: true }).check();
        await feedback.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(d.feedback.text)}`) }).fill(text);
        await feedback.getByRole('button', { name: d.feedback.add, exact: true }).click();
        await feedback.getByRole('region', { name: kind === 'idea' ? d.feedback.for : d.feedback.against }).getByText(text).waitFor();
      }
      expect(await feedback.getByRole('region', { name: d.feedback.for }).textContent()).not.toContain('municipality');

      // A task that asks for the project's skill.
      const tasks = region(host.page, d.tasks.title);
      await tasks.getByRole('button', { name: d.tasks.add, exact: true }).click();
      await tasks.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(d.tasks.titleField)}`) }).fill('Cut the planks');
      await tasks.getByRole('button', { name: fill(m.pinboard.form.addSkill, { name: skill }), exact: true }).click();
      await tasks.getByRole('button', { name: d.tasks.save, exact: true }).click();
      await tasks.getByText('Cut the planks').waitFor();

      // A clean-up day: three people's hours at once, waiting, then approved in one go.
      const hours = region(host.page, d.hours.title);
      await hours.getByRole('button', { name: d.hours.logFor, exact: true }).click();
      for (const name of [first, second, third]) {
        await hours.getByRole('searchbox').fill(name.split(' ')[0] ?? name);
        await hours.getByRole('list', { name: d.people.results }).getByRole('button', { name: new RegExp(escapeRegExp(name)) }).first().click();
      }
      await hours.getByRole('textbox', { name: new RegExp(`^${escapeRegExp(d.hours.hoursEach)}`) }).fill(lang === 'en' ? '2.5' : '2,5');
      await check('logging hours for three');
      await hours.getByRole('button', { name: fill(d.hours.log_other, { count: 3 }) }).click();
      const pendingRows = async () => (await storedRows<{ projectId: string | null; approval?: string }>(host.page, 'volunteerHours')).filter((row) => row.approval === 'pending');
      await expect.poll(async () => (await pendingRows()).length, LIVE).toBeGreaterThanOrEqual(3);
      await hours.getByRole('button', { name: fill(d.hours.approveAll_other, { count: 3 }) }).click();
      await shell.notices.getByText(fill(d.hours.approvedCount_other, { count: 3 })).waitFor();
      await check('a project with helpers, feedback, a task and hours');

      // A passer-by opens the project's page from the wall's QR code and offers to help.
      const projectId = (await storedRows<{ id: string; title: string }>(host.page, 'projects')).find((row) => row.title === TITLE)?.id ?? '';
      const phone = await synced.site.openMachine(`/projects/${projectId}?lang=${lang}`);
      await phone.page.setViewportSize({ width: 390, height: 844 });
      const texts = pageTexts[lang];
      await phone.page.getByRole('textbox', { name: texts.field.name }).fill('Birgit Ølgaard');
      await phone.page.getByRole('textbox', { name: texts.field.contact }).fill('+45 51 22 33 44');
      await phone.page.getByRole('checkbox', { name: texts.field.consent }).check();
      await phone.page.getByRole('button', { name: texts.send }).click();
      await phone.page.getByRole('heading', { level: 1, name: texts.thanks }).waitFor();

      // The host takes her in as a helper; she joins the group as a local citizen.
      const offers = host.page.getByRole('region', { name: fill(m.pinboard.offers.title_one, { count: 1 }) });
      await offers.getByText('Birgit Ølgaard').waitFor(LIVE);
      await check('an offer to help waiting');
      await offers.getByRole('button', { name: m.pinboard.offers.approve }).click();
      await expect.poll(() => group.textContent(), LIVE).toContain('Birgit Ølgaard');
    });
  }
});
