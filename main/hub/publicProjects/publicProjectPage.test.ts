import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@core/ids';
import { uiLanguages } from '@core/languages';
import { peopleIn } from '@core/projects/membership';
import { skillLabel } from '@core/search/memberWords';
import type { DemoRecord } from '@core/demo/context';
import { startDemoHubForPages, type DemoHubForPages } from './demoHubForPages';
import { PAGE_LIMITS } from './publicProjectRoute';
import { pageTexts } from './pageTexts';

/**
 * A public project's page, as a phone gets it from the real hub (demo data, real HTTP): its
 * public fields in the reader's language, the same 404 for everything it does not show, no
 * person named, every value escaped, and a rate limit per client address.
 */
let site: DemoHubForPages;
beforeAll(async () => { site = await startDemoHubForPages(); });
afterAll(async () => { await site.stop(); });

/** Each test asks from its own loopback address, so one test's requests never use up another's budget. */
let nextAddress = 10;
const freshAddress = () => `127.0.3.${(nextAddress += 1)}`;

const demoProject = (title: string): DemoRecord<'projects'> => {
  const found = site.demo.projects?.find((project) => project.title === title);
  if (!found) throw new Error(`no demo project ${title}`);
  return found;
};
const textOf = (body: string) => body.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a public project’s page', () => {
  it('shows the project’s public fields in Danish, German and English, with links between the languages', async () => {
    const project = demoProject('Strandrensning i Nakskov');
    const memberships = (site.demo.projectMemberships ?? []).filter((row) => row.projectId === project.id);
    const openTasks = (site.demo.tasks ?? []).filter((task) => task.projectId === project.id && task.status === 'open');
    expect(openTasks.length).toBeGreaterThan(0);
    const from = freshAddress();
    for (const lang of uiLanguages) {
      const texts = pageTexts[lang];
      const answer = await site.get(`/projects/${project.id}?lang=${lang}`, { from });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(answer.headers['content-language']).toBe(lang);
      expect(answer.body).toContain(`<html lang="${lang}">`);
      const text = textOf(answer.body);
      expect(text).toContain(project.title);
      expect(text).toContain(project.pitch ?? '');
      expect(text).toContain(project.summary);
      expect(text).toContain(project.place ?? '');
      expect(text).toContain(texts.stage[project.status]);
      expect(text).toContain(texts.peopleOf(peopleIn(memberships), project.needsPeople ?? 0));
      for (const skillId of project.wantedSkills) {
        const skill = site.demo.skills?.find((row) => row.id === skillId);
        expect(text).toContain(skill ? skillLabel(skill, lang) : skillId);
      }
      for (const task of openTasks) expect(text).toContain(task.title);
      expect(text).toContain(texts.help);
      for (const other of uiLanguages) expect(answer.body).toContain(`href="/projects/${project.id}?lang=${other}" lang="${other}"`);
      expect(answer.body).toContain(`action="/projects/${project.id}/help?lang=${lang}"`);
    }
  });

  it('speaks the phone’s language from Accept-Language, else the hub’s', async () => {
    const project = demoProject('Repair Café i hubben');
    const from = freshAddress();
    const german = await site.get(`/projects/${project.id}`, { from, headers: { 'Accept-Language': 'fr-FR,de;q=0.8,en;q=0.5' } });
    expect(german.headers['content-language']).toBe('de');
    expect(german.body).toContain(pageTexts.de.help);
    const plain = await site.get(`/projects/${project.id}`, { from });
    expect(plain.headers['content-language']).toBe('da');
  });

  it('gives one and the same “not shown” page with 404 for a members-only, a deleted, an unknown and a malformed project', async () => {
    const membersOnly = demoProject('Bistader på taget');
    expect(membersOnly.public).toBe(false);
    const deleted = await site.project({ title: 'Soon gone' });
    expect(await site.push(site.host, 'projects', deleted, { deleted: true })).toMatchObject({ status: 'applied' });
    const from = freshAddress();
    const paths = [membersOnly.id, deleted, newId(), '%E0%A4%A', 'not.an.id', '..%2F..%2Fhub.sqlite', 'x'.repeat(150), `${membersOnly.id}/thanks`]
      .map((id) => `/projects/${id}?lang=en`);
    const answers = await Promise.all(paths.map((path) => site.get(path, { from })));
    expect(answers.map((answer) => answer.status)).toEqual(paths.map(() => 404));
    const bodies = new Set(answers.map((answer) => answer.body.replace(/href="[^"]*"/g, '')));
    expect(bodies.size).toBe(1);
    expect(textOf(answers[0]?.body ?? '')).toContain(pageTexts.en.notShown);
    expect(answers[0]?.body).not.toContain(membersOnly.title);
  });

  it('never names a member, a citizen or a comment’s author, and shows no comment and no task’s details', async () => {
    const demo = site.demo;
    const secrets = [
      ...(demo.members ?? []).map((member) => member.name),
      ...(demo.citizens ?? []).flatMap((citizen) => [citizen.name, citizen.contact]),
      ...(demo.comments ?? []).flatMap((comment) => [comment.body, comment.authorName]),
      ...(demo.tasks ?? []).map((task) => task.details).filter((details) => details.length > 12),
    ];
    const from = freshAddress();
    const publicProjects = (demo.projects ?? []).filter((project) => project.public);
    expect(publicProjects.length).toBeGreaterThan(3);
    for (const project of publicProjects) {
      const answer = await site.get(`/projects/${project.id}?lang=en`, { from });
      expect(answer.status).toBe(200);
      const text = textOf(answer.body);
      expect(secrets.filter((secret) => text.includes(secret)), project.title).toEqual([]);
    }
  });

  it('escapes every value, and allows no script and only its own stylesheet', async () => {
    const id = await site.project({
      title: '<script>alert("title")</script>', pitch: '"><img src=x onerror=alert(1)>', summary: "</p><b>bold</b> & 'quoted'", place: '<i>Maribo</i>',
    });
    const answer = await site.get(`/projects/${id}?lang=en`, { from: freshAddress() });
    expect(answer.status).toBe(200);
    expect(answer.body).not.toMatch(/<script|<img src=x|<b>bold|<i>Maribo/);
    expect(answer.body).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    expect(answer.body).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(answer.body).toContain('&lt;/p&gt;&lt;b&gt;bold&lt;/b&gt; &amp; &#39;quoted&#39;');
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe|script-src/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(answer.body)?.[1] ?? '';
    expect(csp).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(answer.headers['x-frame-options']).toBe('DENY');
  });

  it('shows a project’s photo, which its policy allows as a data URL and nothing else', async () => {
    const photo = `data:image/png;base64,${Buffer.from('not really a png').toString('base64')}`;
    const id = await site.project({ photo });
    const answer = await site.get(`/projects/${id}`, { from: freshAddress() });
    expect(answer.body).toContain(`<img class="photo" src="${photo}" alt="">`);
    expect(String(answer.headers['content-security-policy'])).toContain('img-src data:;');
  });

  it('slows a client that asks too often with 429 and Retry-After, while others are served, and serves it again once it waited', async () => {
    const project = demoProject('Sprogcafé dansk-tysk');
    const path = `/projects/${project.id}?lang=de`;
    const from = freshAddress();
    const statuses: number[] = [];
    for (let index = 0; index < PAGE_LIMITS.capacity; index += 1) statuses.push((await site.get(path, { from })).status);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await site.get(path, { from });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(Math.ceil(PAGE_LIMITS.refillEveryMs / 1000)));
    expect(textOf(refused.body)).toContain(pageTexts.de.tooMany);
    expect((await site.get(path, { from: freshAddress() })).status).toBe(200);
    site.later(PAGE_LIMITS.refillEveryMs);
    expect((await site.get(path, { from })).status).toBe(200);
  });
});
