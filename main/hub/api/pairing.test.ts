/**
 * Pairing through a real hub on loopback over real HTTP: one answer for every bad code, the
 * budgets against guessing (per address and across addresses), one rule for machine ids, and
 * pairing a removed machine again.
 */
import { request } from 'node:http';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '@core/ids';
import { deviceIdSchema } from '@core/sync/hubDevice';
import { setHubLogSink } from '../hubLog';
import { startHub, type RunningHub } from '../hubService';
import { HUB_NODE } from '../sync/syncEngine';
import { makeTempDir, writeFakeRenderer } from '../testSupport';
import { FAILED_PAIRINGS_PER_MINUTE, PAIR_ATTEMPTS_PER_ADDRESS_PER_MINUTE } from './pairingGuard';

interface Answer { status: number; body: Record<string, unknown> }

let hub: RunningHub;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let clock: number;
let log: string[];

beforeEach(async () => {
  temp = await makeTempDir('pairing');
  await writeFakeRenderer(`${temp.dir}/renderer`);
  clock = Date.parse('2026-03-02T09:00:00.000Z');
  log = [];
  setHubLogSink((line) => log.push(line));
  hub = await startHub({ port: 0, host: '127.0.0.1', dataDir: `${temp.dir}/data`, rendererDir: `${temp.dir}/renderer`, now: () => new Date(clock) });
});
afterEach(async () => {
  setHubLogSink(null);
  await hub.close();
  await temp.remove();
});

/** POST /api/pair from a chosen loopback address (all of 127.0.0.0/8 reaches the hub). */
function postPair(body: unknown, from = '127.0.0.1'): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(`${hub.url}/api/pair`, { method: 'POST', localAddress: from, agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => { resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }); });
    });
    req.on('error', reject);
    req.end(text);
  });
}

async function pairHost(): Promise<string> {
  const answer = await postPair({ code: hub.firstHostCode?.code, name: 'Host desk', deviceId: newId() });
  expect(answer.status).toBe(200);
  return String(answer.body.token);
}

async function api(path: string, token: string, body?: unknown): Promise<Answer> {
  const response = await fetch(`${hub.url}${path}`, { method: body === undefined ? 'GET' : 'POST', headers: { Authorization: `Bearer ${token}` }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function newCode(hostToken: string, role: string, roomId: string | null = null): Promise<string> {
  return String((await api('/api/pairing-codes', hostToken, { role, roomId })).body.code);
}

const wrongCode = (used: string) => (used === '00000000' ? '00000001' : '00000000');

describe('pairing a machine', () => {
  it('gives one answer, status and text alike, for a wrong, a used and an expired code', async () => {
    const hostToken = await pairHost();
    const used = hub.firstHostCode?.code ?? '';
    const expiring = await newCode(hostToken, 'kiosk');
    const wrong = await postPair({ code: wrongCode(used), name: 'Kiosk', deviceId: newId() });
    const reused = await postPair({ code: used, name: 'Kiosk', deviceId: newId() });
    clock += 10 * 60_000 + 1;
    const expired = await postPair({ code: expiring, name: 'Kiosk', deviceId: newId() });
    expect(wrong).toEqual({ status: 403, body: { error: expect.stringMatching(/does not work/) as unknown, code: 'codeInvalid' } });
    expect(reused).toEqual(wrong);
    expect(expired).toEqual(wrong);
  });

  it('stops one address after a few tries a minute, and lets it try again a minute later', async () => {
    const answers: number[] = [];
    for (let attempt = 0; attempt <= PAIR_ATTEMPTS_PER_ADDRESS_PER_MINUTE; attempt += 1) {
      answers.push((await postPair({ code: '12345678', name: 'Guess', deviceId: newId() }, '127.0.0.9')).status);
    }
    expect(answers.slice(0, -1).every((status) => status === 403)).toBe(true);
    expect(answers.at(-1)).toBe(429);
    expect((await postPair({ code: '12345678', name: 'Guess', deviceId: newId() }, '127.0.0.10')).status).toBe(403);
    clock += 60_001;
    expect((await postPair({ code: '12345678', name: 'Guess', deviceId: newId() }, '127.0.0.9')).status).toBe(403);
  });

  it('expires every live code when guesses spread over many addresses use up the shared budget, and logs it', async () => {
    const hostToken = await pairHost();
    const kioskCode = await newCode(hostToken, 'kiosk');
    const wallCode = await newCode(hostToken, 'wall');
    const addresses = Math.ceil(FAILED_PAIRINGS_PER_MINUTE / PAIR_ATTEMPTS_PER_ADDRESS_PER_MINUTE);
    const guesses: Promise<Answer>[] = [];
    for (let address = 0; address < addresses; address += 1) {
      for (let attempt = 0; attempt < PAIR_ATTEMPTS_PER_ADDRESS_PER_MINUTE; attempt += 1) {
        // Never one of the live codes: this test is about the budget, not about luck.
        const guess = String(10_000_000 + address * 100 + attempt);
        if (guess !== kioskCode && guess !== wallCode) guesses.push(postPair({ code: guess, name: 'Guess', deviceId: newId() }, `127.0.1.${address + 1}`));
      }
    }
    const statuses = (await Promise.all(guesses)).map((answer) => answer.status);
    expect(statuses.every((status) => status === 403)).toBe(true);
    expect(statuses.length).toBeGreaterThanOrEqual(FAILED_PAIRINGS_PER_MINUTE);
    expect(log.filter((line) => / pairing\.codesExpired reason=failedPairingBudget expired=2$/.test(line))).toHaveLength(1);

    // The codes the host made before the flood are dead, with the same answer as any wrong code.
    const late = await postPair({ code: kioskCode, name: 'Reception', deviceId: newId() }, '127.0.2.1');
    expect(late).toMatchObject({ status: 403, body: { code: 'codeInvalid' } });
    // The host makes a new one, and it works.
    const fresh = await postPair({ code: await newCode(hostToken, 'kiosk'), name: 'Reception', deviceId: newId() }, '127.0.2.2');
    expect(fresh).toMatchObject({ status: 200, body: { role: 'kiosk', lastMutation: 0 } });
    // Failed attempts are logged, but only a few lines a minute however many addresses try.
    const failedLines = log.filter((line) => line.includes(' pairing.failed '));
    expect(failedLines.length).toBeGreaterThan(0);
    expect(failedLines.length).toBeLessThanOrEqual(10);
  });

  it('pairs an id only if every other route accepts it, and never the hub’s own id', async () => {
    const hostToken = await pairHost();
    expect(deviceIdSchema.safeParse(HUB_NODE).success).toBe(false);
    for (const reserved of ['hub', 'HUB', 'h-u-b', 'h_ub']) {
      const answer = await postPair({ code: await newCode(hostToken, 'wall'), name: 'Wall', deviceId: reserved });
      expect(answer.status, reserved).toBe(400);
    }
    const idChars = fc.constantFrom(...'abcXYZ019-_.~ %/'.split(''));
    await fc.assert(
      fc.asyncProperty(fc.array(idChars, { minLength: 1, maxLength: 70 }).map((chars) => chars.join('')), async (deviceId) => {
        clock += 60_001; // a fresh per-address minute for each try
        const paired = await postPair({ code: await newCode(hostToken, 'wall'), name: 'Wall', deviceId });
        expect([200, 400]).toContain(paired.status);
        expect(paired.status === 200).toBe(deviceIdSchema.safeParse(deviceId).success);
        if (paired.status !== 200) return;
        const revoke = await api(`/api/devices/${encodeURIComponent(deviceId)}/revoke`, hostToken, {});
        expect(revoke, deviceId).toEqual({ status: 200, body: { revoked: true } });
      }),
      { numRuns: 40 },
    );
  });

  it('refuses an id whose clock node another paired machine already stamps with', async () => {
    const hostToken = await pairHost();
    const first = await postPair({ code: await newCode(hostToken, 'wall'), name: 'Wall', deviceId: 'wall-one' });
    expect(first.status).toBe(200);
    // "wallone" and "wall-one" both stamp as node "wallone": the same stamp for different values.
    const twin = await postPair({ code: await newCode(hostToken, 'wall'), name: 'Wall 2', deviceId: 'wallone' });
    expect(twin).toMatchObject({ status: 409, body: { code: 'alreadyPaired' } });
    // Once the first is removed, the node is free again.
    expect((await api('/api/devices/wall-one/revoke', hostToken, {})).status).toBe(200);
    const later = await postPair({ code: await newCode(hostToken, 'wall'), name: 'Wall 2', deviceId: 'wallone' });
    expect(later.status).toBe(200);
  });

  it('pairs a removed machine again under its own id, with a new token, the new role and the hub’s last mutation number', async () => {
    const hostToken = await pairHost();
    const deviceId = `kiosk_${newId()}`;
    const first = await postPair({ code: await newCode(hostToken, 'kiosk'), name: 'Reception', deviceId });
    expect(first).toMatchObject({ status: 200, body: { deviceId, role: 'kiosk', lastMutation: 0 } });
    const again = await postPair({ code: await newCode(hostToken, 'kiosk'), name: 'Reception', deviceId });
    expect(again).toMatchObject({ status: 409, body: { code: 'alreadyPaired' } });

    expect((await api(`/api/devices/${deviceId}/revoke`, hostToken, {})).status).toBe(200);
    const oldToken = String(first.body.token);
    expect(await api('/api/devices', oldToken)).toMatchObject({ status: 401, body: { code: 'removed' } });
    expect(await api('/api/devices', 'x'.repeat(43))).toMatchObject({ status: 401, body: { code: 'unknownToken' } });

    const repaired = await postPair({ code: await newCode(hostToken, 'room', 'room-1'), name: 'Room Ada', deviceId });
    expect(repaired).toMatchObject({ status: 200, body: { deviceId, role: 'room', lastMutation: 0 } });
    expect(repaired.body.token).not.toBe(oldToken);
    const listed = (await api('/api/devices', hostToken)).body.devices as { id: string; role: string; roomId: string | null; revokedAt: string | null }[];
    expect(listed.filter((device) => device.id === deviceId)).toEqual([expect.objectContaining({ role: 'room', roomId: 'room-1', revokedAt: null })]);

    const lines = log.join('\n');
    expect(lines).toMatch(new RegExp(` pairing\\.paired deviceId=${deviceId} role=kiosk again=false`));
    expect(lines).toMatch(new RegExp(` device\\.removed deviceId=${deviceId} by=`));
    expect(lines).toMatch(new RegExp(` pairing\\.paired deviceId=${deviceId} role=room room=room-1 again=true`));
    expect(lines).toMatch(new RegExp(` pairing\\.refused deviceId=${deviceId} reason=alreadyPaired`));
    for (const secret of [oldToken, String(repaired.body.token), hostToken, hub.firstHostCode?.code ?? '']) expect(lines).not.toContain(secret);
  });
});
