import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright';
import { generateDemoHub } from '@core/demo/demoHub';
import type { UiLanguage } from '@core/languages';
import { seedDemoDataDir } from '../../main/hub/demoDataDir';
import { pageTexts } from '../../main/hub/publicProjects/pageTexts';
import { CHROMIUM_PATH } from './globalSetup';
import { describeViolations, seriousAxeViolations } from './support/axe';
import { CHROMIUM_ARGS, watchForProblems } from './support/browser';
import { reportIfFailed } from './support/failureReport';
import { startHub, type RunningHub } from './support/hub';
import { expectLayoutFine, saveShot } from './support/layoutChecks';

/**
 * A villager scans the wall's QR code: the public project's page opens on a phone that was never
 * paired, in the phone's language, and its "I'd like to help" form takes an offer. Under the
 * page's own strict policy (a blocked style or script would show as a console error).
 */
const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };
const LOCALES: Record<UiLanguage, string> = { da: 'da-DK', de: 'de-DE', en: 'en-GB' };
const demo = generateDemoHub({ members: 48, seed: 1 });
const project = demo.projects?.find((row) => row.title === 'Strandrensning i Nakskov');

let hub: RunningHub;
let browser: Browser;
const opened: { context: BrowserContext; problems: string[] }[] = [];

beforeAll(async () => {
  [hub, browser] = await Promise.all([
    startHub({ prepare: async (dataDir) => { await seedDemoDataDir(dataDir, demo); } }),
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }),
  ]);
});
afterEach(async (context) => {
  const created = opened.splice(0);
  await reportIfFailed(context, created.flatMap(({ context: browserContext }) => browserContext.pages()));
  await Promise.all(created.map(({ context: browserContext }) => browserContext.close()));
  const problems = created.flatMap((entry) => entry.problems);
  if (problems.length > 0) throw new Error(`The page logged errors:\n${problems.join('\n')}`);
});
afterAll(async () => { await Promise.all([browser.close(), hub.stop()]); });

/** A phone (or a desk's browser) set to `lang`, never paired with the hub. */
async function phone(lang: UiLanguage, viewport = PHONE) {
  const context = await browser.newContext({ viewport, locale: LOCALES[lang], isMobile: viewport === PHONE, hasTouch: viewport === PHONE });
  context.setDefaultTimeout(10_000);
  const problems: string[] = [];
  opened.push({ context, problems });
  const page = await context.newPage();
  watchForProblems(page, problems);
  return page;
}

/** An empty form comes back with each problem beside its field, the first one focused (a 400, which the browser logs). */
async function sendsEmptyForm(page: Awaited<ReturnType<typeof phone>>, lang: UiLanguage): Promise<void> {
  const texts = pageTexts[lang];
  await page.getByRole('button', { name: texts.send }).click();
  await page.getByRole('alert').filter({ hasText: texts.checkFields }).waitFor();
  const name = page.getByRole('textbox', { name: texts.field.name });
  await expect.poll(() => name.getAttribute('aria-invalid')).toBe('true');
  await expect.poll(() => name.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.getByText(texts.problem('contact', 'required', 0)).waitFor();
  await page.getByText(texts.problem('consent', 'required', 0)).waitFor();
  await expectNoSeriousAxe(page);
  await saveShot(page, `public project ${lang} phone errors`, true);
  expectedAnswer(400);
}

/** The browser reports a page answered with an error status as a console error: here it is what was asked for. */
function expectedAnswer(status: number): void {
  const watched = opened.at(-1);
  if (watched) watched.problems = watched.problems.filter((problem) => !problem.includes(`status of ${String(status)}`));
}

async function expectNoSeriousAxe(page: Awaited<ReturnType<typeof phone>>): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('a public project’s page on a phone', () => {
  if (!project) throw new Error('the demo has its beach clean-up');
  const address = () => `${hub.url}/projects/${project.id}`;

  for (const lang of ['da', 'de', 'en'] as const) {
    it(`opens in ${lang} from the phone’s language${lang === 'de' ? ', tells what is wrong with an empty form,' : ''} and takes an offer to help`, async () => {
      const texts = pageTexts[lang];
      const page = await phone(lang);
      await page.goto(address());
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(lang);
      await page.getByRole('heading', { level: 1, name: project.title }).waitFor();
      await page.getByRole('heading', { level: 2, name: texts.help }).waitFor();
      await expectNoSeriousAxe(page);
      await expectLayoutFine(page, lang, `public project ${lang} phone`, 'scrollsDown');

      // Every phone here is 127.0.0.1 to the hub, which takes a few offers per address: one language tries an empty form.
      if (lang === 'de') await sendsEmptyForm(page, lang);
      const name = page.getByRole('textbox', { name: texts.field.name });
      await name.fill('Birgit Ølgaard');
      await page.getByRole('textbox', { name: texts.field.contact }).fill('+45 51 22 33 44');
      await page.getByRole('textbox', { name: texts.field.message }).fill('Jeg har en trailer.');
      await page.getByRole('checkbox', { name: texts.field.consent }).check();
      await page.getByRole('button', { name: texts.send }).click();
      await page.getByRole('heading', { level: 1, name: texts.thanks }).waitFor();
      await page.getByText(texts.thanksBody(project.title)).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/projects/${project.id}/thanks`);
      await expectNoSeriousAxe(page);
      await expectLayoutFine(page, lang, `public project ${lang} phone thanks`, 'scrollsDown');
      await page.getByRole('link', { name: texts.back }).click();
      await page.getByRole('heading', { level: 1, name: project.title }).waitFor();
    });

    it(`reads well on a desk’s wide screen in ${lang}, and switches language by its links`, async () => {
      const page = await phone(lang, DESK);
      await page.goto(address());
      await page.getByRole('heading', { level: 1, name: project.title }).waitFor();
      await expectNoSeriousAxe(page);
      await expectLayoutFine(page, lang, `public project ${lang} desk`, 'scrollsDown');
      const other = lang === 'en' ? 'de' : 'en';
      await page.getByRole('navigation', { name: pageTexts[lang].languages }).getByRole('link', { name: pageTexts[other].languageName }).click();
      await page.getByRole('heading', { level: 2, name: pageTexts[other].help }).waitFor();
    });
  }

  it('shows the same “not shown” page for a members-only project as for one that never was', async () => {
    const hidden = demo.projects?.find((row) => !row.public);
    const page = await phone('en');
    for (const id of [hidden?.id ?? '', 'no-such-project']) {
      const answer = await page.goto(`${hub.url}/projects/${id}`);
      expect(answer?.status()).toBe(404);
      await page.getByRole('heading', { level: 1, name: pageTexts.en.notShown }).waitFor();
    }
    await expectNoSeriousAxe(page);
    await saveShot(page, 'public project en phone not shown');
    expectedAnswer(404);
  });
});
