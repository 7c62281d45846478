import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright';
import { WebSocket } from 'ws';
import { cardLookupHash } from '@core/cardLookup';
import { generateDemoHub } from '@core/demo/demoHub';
import { isFieldPublic } from '@core/memberPrivacy';
import type { ConsentField, Member } from '@core/schemas';
import { MAX_PULL_LIMIT } from '@core/sync/messages';
import { hubSocketUrl, syncProtocols } from '@core/sync/protocol';
import type { RunningHub } from './support/hub';
import { useSyncedSite } from './support/useSyncedSite';
import { messages, templatePattern } from './support/messages';
import { CardDialog } from './support/pages/CardDialog';
import { KioskSettings } from './support/pages/KioskSettings';
import { MembersAdmin } from './support/pages/MembersAdmin';
import { Shell } from './support/pages/Shell';
import { storedRows } from './support/storedRows';
import type { SiteMachine } from './support/syncedSite';

const m = messages.en;
const SYNCED = { timeout: 60_000, interval: 250 };
const MEMBER_PIN = '4711';
const HOST_PIN = '246810';
/** Fields whose values are personal: any of them private on a member must reach no public machine. */
const PERSONAL_FIELDS = ['email', 'phone', 'company', 'bio', 'offers', 'needs'] as const satisfies readonly ConsentField[];

type Row = Record<string, unknown>;

/** Every object store of the machine's database, read straight from IndexedDB in the page. */
async function wholeDatabase(page: Page): Promise<Record<string, Row[]>> {
  return page.evaluate(() => new Promise<Record<string, Row[]>>((resolve, reject) => {
    const opening = indexedDB.open('landhub');
    opening.onerror = () => { reject(opening.error ?? new Error('Could not open landhub')); };
    opening.onsuccess = () => {
      const db = opening.result;
      const names = [...db.objectStoreNames];
      const transaction = db.transaction(names, 'readonly');
      const result: Record<string, Row[]> = {};
      for (const name of names) {
        const reading = transaction.objectStore(name).getAll();
        reading.onsuccess = () => { result[name] = reading.result as Row[]; };
      }
      transaction.oncomplete = () => { db.close(); resolve(result); };
      transaction.onerror = () => { db.close(); reject(transaction.error ?? new Error('Could not read')); };
    };
  }));
}

async function metaValue(page: Page, key: string): Promise<string | undefined> {
  return (await storedRows<{ key: string; value: string }>(page, 'meta')).find((row) => row.key === key)?.value;
}

async function hubLatestSeq(hub: RunningHub): Promise<number> {
  const health = (await (await fetch(`${hub.url}/healthz`)).json()) as { latestSeq?: number };
  return health.latestSeq ?? 0;
}

/** Waits until the machine has stored everything the hub has (its checkpoint is the hub's latest seq). */
async function caughtUp(hub: RunningHub, machine: SiteMachine): Promise<void> {
  const latest = await hubLatestSeq(hub);
  await expect.poll(async () => Number(await metaValue(machine.page, 'sync.checkpoint') ?? 0), SYNCED).toBeGreaterThanOrEqual(latest);
}

/** The largest `changes` frame the hub sends this machine's token for a full download, in bytes. */
async function largestPullFrame(hub: RunningHub, token: string): Promise<{ bytes: number; pages: number }> {
  const socket = new WebSocket(hubSocketUrl(hub.url), syncProtocols(token));
  try {
    return await new Promise((resolve, reject) => {
      let largest = 0;
      let pages = 0;
      socket.once('error', reject);
      socket.once('open', () => { socket.send(JSON.stringify({ type: 'hello', protocol: 1, lastSeq: 0 })); });
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as { type: string; more?: boolean; records?: { seq: number }[] };
        if (message.type === 'welcome') socket.send(JSON.stringify({ type: 'pull', sinceSeq: 0, limit: MAX_PULL_LIMIT }));
        if (message.type !== 'changes') return;
        pages += 1;
        largest = Math.max(largest, data.byteLength);
        const last = message.records?.at(-1)?.seq;
        if (message.more && last !== undefined) socket.send(JSON.stringify({ type: 'pull', sinceSeq: last, limit: MAX_PULL_LIMIT }));
        else resolve({ bytes: largest, pages });
      });
    });
  } finally {
    socket.close();
  }
}

async function tokenOf(page: Page): Promise<string> {
  const settings = JSON.parse((await metaValue(page, 'sync.settings')) ?? '{}') as { token?: string };
  if (!settings.token) throw new Error('the machine keeps no hub token in browser mode');
  return settings.token;
}

/**
 * Issue 7 end to end: a real hub with the demo loaded through the host desk (plus a member PIN
 * and the host PIN), a wall display and a kiosk paired through the UI. Their IndexedDB, read
 * whole, holds no private value of any member: no private e-mail, phone, company, bio, offer
 * or need, no card token; the wall no PIN verifier either; the kiosk's card values are the
 * keyed hashes of the real tokens.
 */
describe('public machines hold only public data', () => {
  const synced = useSyncedSite({ hubPer: 'file' });

  it('a wall display and a kiosk paired through the UI store no private field value of any member', { timeout: 240_000 }, async () => {
    const host = await synced.site.pairFirstHost();
    const shell = new Shell(host.page);
    await shell.goTo('members');
    await new MembersAdmin(host.page).loadDemoButton.click();
    await shell.notices.getByText(templatePattern(m.demo.loaded)).waitFor({ timeout: SYNCED.timeout });

    const demo = generateDemoHub({ now: new Date() });
    const pinMember = (demo.members ?? []).find((member) => member.active);
    if (!pinMember) throw new Error('the demo has no active member');
    const card = await CardDialog.open(host.page, pinMember.name);
    await card.button(m.cards.setPin).click();
    await card.typePin(MEMBER_PIN);
    await card.button(m.cards.changePin).waitFor();
    await card.close();
    await shell.goTo('settings');
    await new KioskSettings(host.page).setHostPin(HOST_PIN);
    await expect.poll(async () => (await storedRows(host.page, 'outbox')).length, SYNCED).toBe(0);

    const wall = await synced.site.pairFromHost(host, 'wall', 'Wall display in the café');
    const kiosk = await synced.site.pairFromHost(host, 'kiosk', 'Reception kiosk');
    await caughtUp(synced.hub, wall);
    await caughtUp(synced.hub, kiosk);

    // The truth, from the host desk: every member in full, and the hub's PIN secrets.
    const members = (await storedRows<Member>(host.page, 'members')).filter((member) => !member.deleted);
    const settings = (await storedRows<Row>(host.page, 'hubSettings')).find((row) => row.id === 'hub');
    const withPin = members.find((member) => member.id === pinMember.id);
    expect(withPin?.pinHash, 'the member PIN reached the host store').toEqual(expect.any(String));
    expect(settings?.hostPinHash, 'the host PIN reached the host store').toEqual(expect.any(String));

    // Values shown publicly for someone (say, a company two members share) prove nothing; the rest must not appear.
    const publicValues = new Set(members.filter((member) => member.active).flatMap((member) => PERSONAL_FIELDS.filter((field) => isFieldPublic(member, field)).flatMap((field) => [member[field]].flat())));
    const privateValues = new Set(members.flatMap((member) => PERSONAL_FIELDS.filter((field) => !isFieldPublic(member, field) || !member.active).flatMap((field) => [member[field]].flat())));
    const secrets = [...privateValues].filter((value) => value.trim().length >= 6 && !publicValues.has(value));
    const cardTokens = members.flatMap((member) => member.cardToken ?? []);
    const pinVerifiers = [...members.flatMap((member) => member.pinHash ?? []), String(settings?.hostPinHash), String(settings?.pinSalt)];
    expect(secrets.length).toBeGreaterThan(50);
    expect(cardTokens.length).toBe(members.length);

    const wallData = await wholeDatabase(wall.page);
    const wallText = JSON.stringify(wallData);
    for (const value of [...secrets, ...cardTokens, ...pinVerifiers]) expect(wallText.includes(value), `the wall holds "${value}"`).toBe(false);
    expect(await metaValue(wall.page, 'sync.cardKey')).toBeUndefined();

    const kioskData = await wholeDatabase(kiosk.page);
    const kioskText = JSON.stringify(kioskData);
    for (const value of [...secrets, ...cardTokens]) expect(kioskText.includes(value), `the kiosk holds "${value}"`).toBe(false);
    // The kiosk checks PINs offline, so it holds the verifiers, and the hashes of the cards.
    expect(kioskText).toContain(String(withPin?.pinHash));
    const cardKey = await metaValue(kiosk.page, 'sync.cardKey');
    if (!cardKey) throw new Error('the kiosk got no card key');
    const kioskMembers = new Map((kioskData.members ?? []).map((row) => [row.id, row]));
    for (const member of members.filter((candidate) => candidate.active)) {
      expect(kioskMembers.get(member.id)?.cardToken, member.name).toBe(await cardLookupHash(cardKey, member.cardToken ?? ''));
    }

    // Inactive members and guests are not there at all, only their bare tombstones.
    for (const data of [wallData, kioskData]) {
      const byId = new Map((data.members ?? []).map((row) => [row.id, row]));
      for (const member of members.filter((candidate) => !candidate.active)) expect(byId.get(member.id)?.deleted ?? true, member.name).toBe(true);
      expect((data.guests ?? []).filter((row) => row.deleted !== true)).toEqual([]);
    }

    const frames = await Promise.all([host, wall, kiosk].map(async (machine) => largestPullFrame(synced.hub, await tokenOf(machine.page))));
    const [hostFrame, wallFrame, kioskFrame] = frames.map((frame) => frame.bytes);
    console.log(`Largest pull frame with the demo hub (${await hubLatestSeq(synced.hub)} seqs): host ${hostFrame} B, wall ${wallFrame} B, kiosk ${kioskFrame} B`);
    expect(wallFrame).toBeLessThan(hostFrame ?? 0);
  });
});
