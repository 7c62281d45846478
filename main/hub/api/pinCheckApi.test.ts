import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatHlc } from '@core/hlc';
import { HUB_PIN_MAX_FAILURES } from '@core/pinCheck';
import { HOST_PIN_SUBJECT, legacyPinVerifier, makePinVerifier, memberPinSubject, newPinSalt } from '@core/pinVerifier';
import { defaultHubSettings } from '@core/schemas';
import type { RunningHub } from '../hubService';
import { setHubLogSink } from '../hubLog';
import { pair, pairingCode, startTestHub, SyncConnection } from '../sync/syncTestClient';

/** The hub's PIN check, through a real hub on loopback: verifiers arrive by sync, as from a host desk. */
const memberFields = (name: string, pinHash: string | null, active = true) => ({
  name, photo: null, company: '', bio: '', skills: [], offers: [], needs: [], languages: [], email: '', phone: '',
  plan: 'flex', memberSince: '2024-01-01', active, consent: {}, cardToken: null, pinHash,
});
// The verifier carries its own cost; the hub checks these exactly as it checks 600,000-round ones.
const FAST = 1_000;

let hub: RunningHub;
let stop: () => Promise<void>;
let host: { deviceId: string; token: string };
let kiosk: { deviceId: string; token: string };
let logLines: string[];
let lastMutation = 0;

async function pushAsHost(changes: { table: string; recordId: string; fields: Record<string, unknown> }[]): Promise<void> {
  const sync = await SyncConnection.open(hub, host.token);
  sync.send({ type: 'hello', protocol: 1, lastSeq: 0 });
  await sync.next('welcome');
  sync.send({
    type: 'push',
    mutations: changes.map((change, at) => ({
      mutation: ++lastMutation,
      change: { ...change, hlc: formatHlc({ wallMs: Date.now(), counter: at, node: host.deviceId.replace(/-/g, '') }), deviceId: host.deviceId },
    })),
  });
  const { results } = await sync.next('pushResult');
  expect(results.every((result) => result.status === 'applied')).toBe(true);
  sync.close();
}

function check(token: string | null, body: unknown): Promise<Response> {
  return fetch(`${hub.url}/api/pins/check`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function verdict(token: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await check(token, body);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

const salt = newPinSalt();

beforeEach(async () => {
  logLines = [];
  lastMutation = 0;
  setHubLogSink((line) => { logLines.push(line); });
  ({ hub, stop } = await startTestHub());
  host = await pair(hub, hub.firstHostCode!.code, 'Host desk');
  kiosk = await pair(hub, await pairingCode(hub, host.token, 'kiosk'), 'Reception');
  await pushAsHost([
    { table: 'hubSettings', recordId: 'hub', fields: { ...defaultHubSettings, pinSalt: salt, hostPinHash: await makePinVerifier('482915', salt, HOST_PIN_SUBJECT, FAST) } },
    { table: 'members', recordId: 'member-anja', fields: memberFields('Anja Schröder', await makePinVerifier('2580', salt, memberPinSubject('member-anja'), FAST)) },
    { table: 'members', recordId: 'member-bo', fields: memberFields('Bo Hansen', await makePinVerifier('1357', salt, memberPinSubject('member-bo'), FAST)) },
    { table: 'members', recordId: 'member-old', fields: memberFields('Old Timer', await legacyPinVerifier('4711', 'member-old')) },
    { table: 'members', recordId: 'member-none', fields: memberFields('No Pin', null) },
    { table: 'members', recordId: 'member-gone', fields: memberFields('Gone', await makePinVerifier('2222', salt, memberPinSubject('member-gone'), FAST), false) },
  ]);
});
afterEach(async () => {
  await stop();
  setHubLogSink(null);
});

describe('POST /api/pins/check', () => {
  it('says right or wrong for the host PIN and a member PIN, and logs no PIN', async () => {
    expect(await verdict(kiosk.token, { target: 'host', pin: '482915' })).toEqual({ result: 'right' });
    expect(await verdict(kiosk.token, { target: 'host', pin: '482916' })).toEqual({ result: 'wrong', triesLeft: HUB_PIN_MAX_FAILURES - 1 });
    expect(await verdict(host.token, { target: 'member', memberId: 'member-anja', pin: '2580' })).toEqual({ result: 'right' });
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-anja', pin: '1357' })).toMatchObject({ result: 'wrong' });
    // Bo's PIN is not Anja's: verifiers are bound to their member.
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-bo', pin: '2580' })).toMatchObject({ result: 'wrong' });
    expect(logLines.some((line) => line.includes('pin.wrong'))).toBe(true);
    for (const pin of ['482916', '1357', '2580']) expect(logLines.join('\n')).not.toContain(pin);
  });

  it('locks a PIN after five wrong tries across all kiosks, for everyone, even with the right PIN', async () => {
    const second = await pair(hub, await pairingCode(hub, host.token, 'kiosk'), 'Side door');
    for (let wrong = 0; wrong < HUB_PIN_MAX_FAILURES; wrong++) {
      const from = wrong % 2 === 0 ? kiosk.token : second.token;
      expect(await verdict(from, { target: 'member', memberId: 'member-anja', pin: `000${wrong}` })).toMatchObject({ result: 'wrong', triesLeft: HUB_PIN_MAX_FAILURES - wrong - 1 });
    }
    const locked = await verdict(second.token, { target: 'member', memberId: 'member-anja', pin: '2580' });
    expect(locked.result).toBe('lockedOut');
    expect(Date.parse(String(locked.retryAt)) - Date.now()).toBeGreaterThan(10 * 60_000);
    expect(await verdict(host.token, { target: 'member', memberId: 'member-anja', pin: '2580' })).toMatchObject({ result: 'lockedOut' });
    // Another member, and the host PIN, are not locked by Anja's lock.
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-bo', pin: '1357' })).toEqual({ result: 'right' });
    expect(await verdict(kiosk.token, { target: 'host', pin: '482915' })).toEqual({ result: 'right' });
    expect(logLines.some((line) => line.includes('pin.locked') && line.includes('member-anja'))).toBe(true);
  });

  it('forgives earlier wrong tries after a right PIN', async () => {
    for (let wrong = 0; wrong < HUB_PIN_MAX_FAILURES - 1; wrong++) await verdict(kiosk.token, { target: 'host', pin: '000000' });
    expect(await verdict(kiosk.token, { target: 'host', pin: '482915' })).toEqual({ result: 'right' });
    expect(await verdict(kiosk.token, { target: 'host', pin: '000000' })).toEqual({ result: 'wrong', triesLeft: HUB_PIN_MAX_FAILURES - 1 });
  });

  it('keeps an old member PIN working, but treats an old 4-digit host PIN as not set', async () => {
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-old', pin: '4711' })).toEqual({ result: 'right' });
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-old', pin: '4712' })).toMatchObject({ result: 'wrong' });
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-none', pin: '1234' })).toEqual({ result: 'notSet' });
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-gone', pin: '2222' })).toEqual({ result: 'notSet' });
    expect(await verdict(kiosk.token, { target: 'member', memberId: 'member-unknown', pin: '2222' })).toEqual({ result: 'notSet' });
    await pushAsHost([{ table: 'hubSettings', recordId: 'hub', fields: { hostPinHash: await legacyPinVerifier('4711', 'hub') } }]);
    expect(await verdict(kiosk.token, { target: 'host', pin: '4711' })).toEqual({ result: 'notSet' });
  });

  it('answers paired machines only, members\' PINs to kiosks and host desks only, and only well-formed requests', async () => {
    const wall = await pair(hub, await pairingCode(hub, host.token, 'wall'), 'Wall');
    expect((await check(null, { target: 'host', pin: '482915' })).status).toBe(401);
    expect((await check('x'.repeat(43), { target: 'host', pin: '482915' })).status).toBe(401);
    const refused = await check(wall.token, { target: 'member', memberId: 'member-anja', pin: '2580' });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await refused.json())).not.toContain('right');
    // A wall display changes its role only with the host PIN, which it has no verifier for: the hub checks it.
    expect(await verdict(wall.token, { target: 'host', pin: '482915' })).toEqual({ result: 'right' });
    for (const body of [
      { target: 'host', pin: '48291a' }, { target: 'host', pin: '1'.repeat(200) }, { target: 'host' }, { target: 'member', pin: '2580' },
      { target: 'member', memberId: '../x', pin: '2580' }, { target: 'host', pin: '482915', extra: 1 }, 'not json', '{"target":"host","pin":"482915","__proto__":{}}',
    ]) {
      expect((await check(kiosk.token, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await check(kiosk.token, JSON.stringify({ target: 'host', pin: '482915', pad: 'x'.repeat(20_000) }))).status).toBe(413);
    // None of the refused requests counted as a try.
    expect(await verdict(kiosk.token, { target: 'host', pin: '000000' })).toEqual({ result: 'wrong', triesLeft: HUB_PIN_MAX_FAILURES - 1 });
  });

  it('refuses a machine that floods it with checks, while other machines keep checking', async () => {
    const members = Array.from({ length: 40 }, (_, at) => `member-flood-${at}`);
    await pushAsHost(await Promise.all(members.map(async (id) => ({ table: 'members', recordId: id, fields: memberFields(id, await makePinVerifier('2580', salt, memberPinSubject(id), FAST)) }))));
    const statuses: number[] = [];
    for (const id of members) statuses.push((await check(kiosk.token, { target: 'member', memberId: id, pin: '9999' })).status);
    expect(statuses.filter((status) => status === 200).length).toBe(30);
    expect(statuses.slice(30).every((status) => status === 429)).toBe(true);
    expect(await verdict(host.token, { target: 'host', pin: '482915' })).toEqual({ result: 'right' });
  });
});
