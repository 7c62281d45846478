import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocketServer, WebSocket as NodeWebSocket, type WebSocket as ServerSocket } from 'ws';
import { formatHlc, hlcNodeFromDeviceId } from '@core/hlc';
import { EPOCH_FEATURE, SYNC_SUBPROTOCOL } from '@core/sync/protocol';
import type { DataContext } from '../dataContext';
import { addMember } from '../memberRepo';
import { openTestContext } from '../testContext';
import { eventually, memberProfile } from '../testSupport';
import { SyncClient } from './syncClient';
import { EPOCH_KEY, readCheckpoint, readEpoch, writeSyncSettings } from './syncSettings';

/**
 * A hub restored from a backup sends a new epoch in `welcome` (docs/sync-protocol.md,
 * "Restores"): the machine empties its synced tables, pulls from seq 0 again and keeps its
 * outbox and its pairing. Played by a scripted hub, so each frame is the test's own.
 */
const EPOCH_A = 'a'.repeat(32);
const EPOCH_B = 'b'.repeat(32);

let server: WebSocketServer | null = null;
let client: SyncClient | null = null;
let context: DataContext | null = null;
afterEach(async () => {
  client?.stop();
  context?.db.close();
  await new Promise<void>((resolve) => { if (server) server.close(() => { resolve(); }); else resolve(); });
  server = null;
  vi.unstubAllGlobals();
});

const hubRow = (id: string, name: string) => ({
  id, hlc: { '*': formatHlc({ wallMs: Date.now() - 60_000, counter: 0, node: hlcNodeFromDeviceId('hub') }) }, deviceId: 'hub', deleted: false,
  ...memberProfile(name), active: true, cardToken: null, pinHash: null,
});

describe('the sync client and the hub store epoch', () => {
  it('pulls from scratch when the epoch changes, keeping its outbox and pairing; adopts the first epoch it hears', async () => {
    server = new WebSocketServer({ port: 0, host: '127.0.0.1', handleProtocols: () => SYNC_SUBPROTOCOL });
    await new Promise<void>((resolve) => server?.once('listening', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    let epoch = EPOCH_A;
    const offers: string[] = [];
    const pulls: number[] = [];
    let connection: ServerSocket | null = null;
    server.on('connection', (socket, request) => {
      connection = socket;
      offers.push(request.headers['sec-websocket-protocol'] ?? '');
      socket.on('message', (data: Buffer) => {
        const message = JSON.parse(data.toString('utf8')) as { type: string; sinceSeq?: number };
        if (message.type === 'hello') socket.send(JSON.stringify({ type: 'welcome', role: 'host', hubTime: Date.now(), latestSeq: 7, epoch }));
        if (message.type === 'pull') {
          pulls.push(message.sinceSeq ?? -1);
          // Before the restore the hub held Anna (seq 7); the restored hub holds Bo only (seq 3).
          const records = epoch === EPOCH_A ? [{ seq: 7, table: 'members', row: hubRow('0190b7a0-0000-7000-8000-00000000000a', 'Anna Berg') }] : [{ seq: 3, table: 'members', row: hubRow('0190b7a0-0000-7000-8000-00000000000b', 'Bo Nielsen') }];
          const latestSeq = records[0]?.seq ?? 0;
          socket.send(JSON.stringify({ type: 'changes', records: (message.sinceSeq ?? 0) < latestSeq ? records : [], latestSeq, more: false }));
        }
        // Pushes go unanswered: the machine's change stays in its outbox throughout.
      });
    });
    vi.stubGlobal('WebSocket', NodeWebSocket);
    context = await openTestContext();
    const settings = { hubUrl: `http://127.0.0.1:${String(address.port)}`, token: 'x'.repeat(43), role: 'host' as const, deviceName: 'Host desk', pairedAt: new Date().toISOString() };
    await writeSyncSettings(context, { ...settings, token: null });
    const mine = await addMember(context, memberProfile('Cem Yilmaz'));
    client = new SyncClient({ context, settings, onStatus: () => undefined });
    client.start();

    const machine = context;
    const { db } = machine;
    await eventually(() => readCheckpoint(machine), (seq) => seq === 7);
    expect(offers[0]?.split(/,\s*/)).toContain(EPOCH_FEATURE);
    expect(await readEpoch(context)).toBe(EPOCH_A);
    expect((await db.table('members').toArray()).map((row: { name: string }) => row.name).sort()).toEqual(['Anna Berg', 'Cem Yilmaz']);

    // The hub is restored: a new epoch, and seqs that count from an older start.
    epoch = EPOCH_B;
    (connection as ServerSocket | null)?.close(1001, 'The hub is shutting down');
    await eventually(() => readEpoch(machine), (known) => known === EPOCH_B);
    await eventually(() => pulls, (seen) => seen.includes(0) && seen.length >= 2);
    await eventually(() => readCheckpoint(machine), (seq) => seq === 3);
    // Anna, whom the restored hub does not hold, is gone; Bo came down; Cem is still pending.
    const names = (await db.table('members').toArray()).map((row: { name: string }) => row.name).sort();
    expect(names).toEqual(['Bo Nielsen', 'Cem Yilmaz']);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((entry) => entry.recordId)).toEqual([mine.id]);
    expect(pulls.at(-1)).toBe(0);
    // The pairing is kept, and so is the epoch key beside the checkpoint.
    expect(await db.meta.get('sync.settings')).toBeDefined();
    expect((await db.meta.get(EPOCH_KEY))?.value).toBe(EPOCH_B);
  });
});
