import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { newId } from '@core/ids';
import { killHubProcesses, TEST_TIMEOUT_MS } from '../hubProcessSupport';
import { makeTempDir } from '../testSupport';
import { startPairedHubProcess, type PairedHubProcess } from '../sync/pairedHubProcess';
import { SyncConnection } from '../sync/syncTestClient';
import { pageTexts } from './pageTexts';

/**
 * The public page and its form on the real hub process (`npm run hub`), as a phone reaches it:
 * the CLI serves /projects/, and an offer reaches the host desk that is connected at that moment.
 */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let hub: PairedHubProcess;
beforeAll(async () => {
  temp = await makeTempDir('pageprocess');
  hub = await startPairedHubProcess(temp.dir);
}, TEST_TIMEOUT_MS);
afterAll(async () => {
  killHubProcesses();
  await temp.remove();
});

describe('the hub process', () => {
  it('serves a public project’s page, takes an offer, and pokes the connected host desk, which pulls it', { timeout: TEST_TIMEOUT_MS }, async () => {
    const host = await SyncConnection.greeted(hub, hub.host.token);
    const projectId = newId();
    const fields = { title: 'Bænke ved havnen', summary: 'Nye bænke', status: 'gathering', ownerMemberId: null, wantedSkills: [], public: true, startsOn: null, createdAt: new Date().toISOString() };
    const hlc = formatHlc({ wallMs: Date.now(), counter: 0, node: hlcNodeFromDeviceId(hub.host.deviceId) });
    host.send({ type: 'push', mutations: [{ mutation: 1, change: { table: 'projects', recordId: projectId, fields, hlc, deviceId: hub.host.deviceId } }] });
    expect((await host.next('pushResult')).results[0]).toMatchObject({ status: 'applied' });

    const page = await fetch(`${hub.url}/projects/${projectId}?lang=da`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h1>Bænke ved havnen</h1>');
    expect((await fetch(`${hub.url}/projects/${newId()}?lang=da`)).status).toBe(404);

    const body = new URLSearchParams({ name: 'Jens fra havnen', contact: '+45 20 30 40 50', message: '', consent: 'yes' });
    const posted = await fetch(`${hub.url}/projects/${projectId}/help?lang=da`, { method: 'POST', body, redirect: 'manual' });
    expect(posted.status).toBe(303);
    const thanks = await fetch(new URL(posted.headers.get('location') ?? '', hub.url));
    expect(await thanks.text()).toContain(pageTexts.da.thanks);

    // The pusher itself is not poked for its own push: this poke is the offer's.
    await host.next('poke');
    host.send({ type: 'pull', sinceSeq: 0, limit: 5000 });
    const offers = (await host.next('changes')).records.filter((record) => record.table === 'helpOffers');
    expect(offers.map((record) => record.row)).toEqual([expect.objectContaining({ projectId, name: 'Jens fra havnen', status: 'pending', language: 'da' })]);
    host.close();
  });
});
