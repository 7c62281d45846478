import { afterEach, describe, expect, it } from 'vitest';
import { occupyPort } from '../../../../main/hub/testSupport';
import { startTestHub } from '../../../../main/hub/sync/syncTestClient';
import type { DataContext } from '../dataContext';
import { openTestContext } from '../testContext';
import { askHubAboutPin } from './hubPinCheck';
import { createSyncService, type SyncService } from './syncService';
import { writeSyncSettings } from './syncSettings';

/** A kiosk's question to a hub that cannot give a verdict: always "no answer", never a guess. */
let silent: Awaited<ReturnType<typeof occupyPort>>['server'] | null = null;
let stopHub: (() => Promise<void>) | null = null;
let context: DataContext | null = null;

/** A kiosk's sync service, never started: asking about a PIN goes over HTTP, not the sync socket. */
async function kioskOf(hubUrl: string): Promise<SyncService> {
  context = await openTestContext();
  await writeSyncSettings(context, { hubUrl, token: 't'.repeat(43), role: 'kiosk', deviceName: 'Reception', pairedAt: new Date().toISOString() });
  return createSyncService(context);
}

afterEach(async () => {
  context?.db.close();
  context = null;
  silent?.close();
  silent = null;
  await stopHub?.();
  stopHub = null;
});

const question = { target: 'host', pin: '482915' } as const;

describe('asking the hub about a PIN', () => {
  it('gives up on a hub that takes the connection and never answers, so the kiosk decides on its own', async () => {
    const port = await occupyPort();
    silent = port.server;
    const kiosk = await kioskOf(`http://127.0.0.1:${port.port}`);
    expect(await askHubAboutPin(kiosk, question, 200)).toBeNull();
  });

  it('takes no verdict from a hub that does not know this machine', async () => {
    const started = await startTestHub();
    stopHub = started.stop;
    const kiosk = await kioskOf(started.hub.url);
    expect(await askHubAboutPin(kiosk, question)).toBeNull();
  });

  it('does not ask at all on a machine that is not paired', async () => {
    context = await openTestContext();
    expect(await askHubAboutPin(createSyncService(context), question)).toBeNull();
  });
});
