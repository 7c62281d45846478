import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITIZEN_CONSENT_TEXT_VERSION } from '@core/projects/citizens';
import { startDemoHubForPages, type DemoHubForPages } from './demoHubForPages';
import { MAX_PENDING_OFFERS_PER_PROJECT } from './helpOfferWrite';
import { OFFER_LIMITS } from './publicProjectRoute';
import { pageTexts } from './pageTexts';

/**
 * "I'd like to help" through the real hub: a good form is a pending offer that reaches the host
 * desk and no public machine; a bad one is the form again, as typed, with what is wrong beside
 * its field, and no row; offers have their own, stricter budget per address.
 */
let site: DemoHubForPages;
beforeAll(async () => { site = await startDemoHubForPages(); });
afterAll(async () => { await site.stop(); });

let nextAddress = 10;
const freshAddress = () => `127.0.4.${(nextAddress += 1)}`;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const good = { name: 'Birgit Ølgaard', contact: '+45 51 22 33 44', message: 'Jeg har en trailer.', consent: 'yes' };
const textOf = (body: string) => body.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

async function offersOf(projectId: string) {
  return (await site.pulled(site.host)).filter((record) => record.table === 'helpOffers' && record.row.projectId === projectId && record.row.deleted === false);
}

describe('offering help on a public project’s page', () => {
  it('stores a pending offer with its consent, thanks in the page’s language, and syncs the offer to the host desk but never to a kiosk or wall', async () => {
    const projectId = await site.project({ title: 'Shelter by the lake' });
    const kiosk = await site.machine('kiosk');
    const wall = await site.machine('wall');
    const from = freshAddress();
    const answer = await site.post(`/projects/${projectId}/help?lang=de`, form(good), { from });
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe(`/projects/${projectId}/thanks?lang=de`);
    const thanks = await site.get(String(answer.headers.location), { from });
    expect(thanks.status).toBe(200);
    expect(textOf(thanks.body)).toContain(pageTexts.de.thanksBody('Shelter by the lake'));

    await site.host.connection.next('poke');
    const [offer] = await offersOf(projectId);
    expect(offer?.row).toMatchObject({
      projectId, name: good.name, contact: good.contact, message: good.message, language: 'de', status: 'pending', handledAt: null, deviceId: 'hub',
      consent: { textVersion: CITIZEN_CONSENT_TEXT_VERSION },
    });
    for (const machine of [kiosk, wall]) {
      const pulled = await site.pulled(machine);
      expect(pulled.some((record) => record.table === 'projects' && record.row.id === projectId && record.row.deleted === false)).toBe(true);
      const rows = pulled.filter((record) => record.table === 'helpOffers');
      expect(rows.every((record) => Object.keys(record.row).sort().join() === 'deleted,deviceId,hlc,id')).toBe(true);
      expect(JSON.stringify(rows)).not.toMatch(/Birgit|51 22 33 44|trailer/);
    }
  });

  it('shows the form again as typed, with each problem beside its field in the page’s language, and stores nothing', async () => {
    const projectId = await site.project();
    const from = freshAddress();
    const answer = await site.post(`/projects/${projectId}/help?lang=da`, form({ name: '  ', contact: '', message: 'Hej <b>dér</b>' }), { from });
    expect(answer.status).toBe(400);
    const texts = pageTexts.da;
    expect(answer.body).toContain(`<p class="error" id="help-name-error">${texts.problem('name', 'required', 0)}</p>`);
    expect(answer.body).toContain(`<p class="error" id="help-contact-error">${texts.problem('contact', 'required', 0)}</p>`);
    expect(answer.body).toContain(`<p class="error" id="help-consent-error">${texts.problem('consent', 'required', 0)}</p>`);
    expect(answer.body).toMatch(/id="help-name"[^>]*aria-describedby="help-name-error" aria-invalid="true" autofocus>/);
    expect(answer.body).toContain('>Hej &lt;b&gt;dér&lt;/b&gt;</textarea>');
    expect(answer.body).not.toContain('help-message-error');

    const tooLong = await site.post(`/projects/${projectId}/help?lang=en`, form({ ...good, name: 'N'.repeat(121), message: 'm'.repeat(1001) }), { from });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toContain(`<p class="error" id="help-name-error">${pageTexts.en.problem('name', 'tooLong', 120)}</p>`);
    expect(tooLong.body).toContain(`<p class="error" id="help-message-error">${pageTexts.en.problem('message', 'tooLong', 1000)}</p>`);
    expect(tooLong.body).toContain(`value="${'N'.repeat(121)}"`);
    expect(tooLong.body).toContain('value="+45 51 22 33 44"');
    expect(tooLong.body).toMatch(/id="help-consent"[^>]* checked/);
    expect(await offersOf(projectId)).toEqual([]);
  });

  it('refuses a huge body, another content type, a form from another site and a project that is not public, and stores nothing', async () => {
    const projectId = await site.project();
    const membersOnly = await site.project({ public: false });
    const from = freshAddress();
    const path = `/projects/${projectId}/help?lang=en`;
    const huge = await site.post(path, form({ ...good, message: 'x'.repeat(40_000) }), { from });
    expect(huge.status).toBe(413);
    expect(textOf(huge.body)).toContain(pageTexts.en.tooLarge);
    site.later(OFFER_LIMITS.refillEveryMs * OFFER_LIMITS.capacity);
    const json = await site.post(path, JSON.stringify(good), { from, contentType: 'application/json' });
    expect(json.status).toBe(415);
    expect(textOf(json.body)).toContain(pageTexts.en.unreadable);
    const elsewhere = await site.post(path, form(good), { from, headers: { Origin: 'http://evil.example' } });
    expect(elsewhere.status).toBe(415);
    const hidden = await site.post(`/projects/${membersOnly}/help?lang=en`, form(good), { from });
    expect(hidden.status).toBe(404);
    expect(textOf(hidden.body)).toContain(pageTexts.en.notShown);
    expect(await offersOf(projectId)).toEqual([]);
    expect(await offersOf(membersOnly)).toEqual([]);
  });

  it('takes no offer for a project that is done, and keeps the form’s address from being a page of its own', async () => {
    const done = await site.project({ status: 'done' });
    const answer = await site.post(`/projects/${done}/help?lang=en`, form(good), { from: freshAddress() });
    expect(answer.status).toBe(409);
    expect(textOf(answer.body)).toContain(pageTexts.en.noOffers);
    expect(answer.body).not.toContain('<form');
    expect(await offersOf(done)).toEqual([]);
    const opened = await site.get(`/projects/${done}/help?lang=de`, { from: freshAddress() });
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe(`/projects/${done}?lang=de`);
  });

  it('lets one address send a few offers, then one a minute (429 with Retry-After)', async () => {
    const projectId = await site.project();
    const from = freshAddress();
    const statuses: number[] = [];
    for (let index = 0; index < OFFER_LIMITS.capacity; index += 1) statuses.push((await site.post(`/projects/${projectId}/help`, form(good), { from })).status);
    expect(statuses).toEqual(statuses.map(() => 303));
    const refused = await site.post(`/projects/${projectId}/help`, form(good), { from });
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe(String(OFFER_LIMITS.refillEveryMs / 1000));
    site.later(OFFER_LIMITS.refillEveryMs);
    expect((await site.post(`/projects/${projectId}/help`, form(good), { from })).status).toBe(303);
    expect(await offersOf(projectId)).toHaveLength(OFFER_LIMITS.capacity + 1);
  });

  it('takes no more offers for a project once many wait for a host, and says so with the form as typed', async () => {
    const projectId = await site.project();
    for (let index = 0; index < MAX_PENDING_OFFERS_PER_PROJECT; index += 1) {
      const answer = await site.post(`/projects/${projectId}/help`, form({ ...good, name: `Helper ${index}` }), { from: `127.0.5.${Math.floor(index / OFFER_LIMITS.capacity) + 1}` });
      expect(answer.status).toBe(303);
    }
    const full = await site.post(`/projects/${projectId}/help?lang=en`, form({ ...good, name: 'One too many' }), { from: freshAddress() });
    expect(full.status).toBe(503);
    expect(textOf(full.body)).toContain(pageTexts.en.offersWaiting);
    expect(full.body).toContain('value="One too many"');
    expect(await offersOf(projectId)).toHaveLength(MAX_PENDING_OFFERS_PER_PROJECT);
  });
});
