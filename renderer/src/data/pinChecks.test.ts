import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import { HUB_PIN_MAX_FAILURES } from '@core/pinCheck';
import { startTestHub } from '../../../main/hub/sync/syncTestClient';
import type { RunningHub } from '../../../main/hub/hubService';
import type { DataContext } from './dataContext';
import { setHostPin } from './hubSettingsRepo';
import { setMemberPin } from './memberCardRepo';
import { addMember } from './memberRepo';
import { checkHostPin, checkMemberPin } from './pinChecks';
import { createPairingCode } from './sync/hubDevices';
import { pairThisMachine } from './sync/pairing';
import type { SyncService } from './sync/syncService';
import { writeSyncSettings } from './sync/syncSettings';
import { testSyncServices } from './sync/testSyncServices';
import { openTestContext } from './testContext';
import { eventually, memberProfile } from './testSupport';

/** Kiosks (Dexie on fake-indexeddb) asking a real hub on loopback about PINs, and deciding alone when it is gone. */

let hub: RunningHub;
let stopHub: (() => Promise<void>) | null;
const contexts: DataContext[] = [];
const services = testSyncServices();

/** A kiosk paired with the hub: it keeps its hub settings and syncs through its own sync service. */
async function pairedKiosk(host: SyncService, name: string): Promise<SyncService> {
  const context = await openTestContext({ deviceId: crypto.randomUUID() });
  contexts.push(context);
  const { code } = await createPairingCode(host, 'kiosk');
  const response = await fetch(`${hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code, name, deviceId: context.deviceId }) });
  const { token } = (await response.json()) as { token: string };
  const settings = { hubUrl: hub.url, token, role: 'kiosk' as const, deviceName: name, pairedAt: new Date().toISOString() };
  await writeSyncSettings(context, settings);
  const sync = services.of(context);
  await sync.start();
  return sync;
}

beforeEach(async () => {
  vi.stubGlobal('WebSocket', NodeWebSocket);
  ({ hub, stop: stopHub } = await startTestHub());
});
afterEach(async () => {
  services.stopAll();
  for (const context of contexts.splice(0)) context.db.close();
  await stopHub?.();
  vi.unstubAllGlobals();
});

async function hubWithPins() {
  const host = await openTestContext({ deviceId: crypto.randomUUID() });
  contexts.push(host);
  const hostSync = services.of(host);
  await pairThisMachine(hostSync, { hubUrl: hub.url, code: hub.firstHostCode!.code, deviceName: 'Host desk' });
  const anja = await addMember(host, memberProfile('Anja Schröder'));
  await setMemberPin(host, anja.id, '2580');
  await setHostPin(host, '482915');
  const reception = await pairedKiosk(hostSync, 'Reception');
  const sideDoor = await pairedKiosk(hostSync, 'Side door');
  // The kiosks hold the verifiers and the hub's salt once they have synced.
  for (const { context: kiosk } of [reception, sideDoor]) {
    await eventually(async () => (await kiosk.db.members.get(anja.id))?.pinHash ?? null, (pinHash) => pinHash !== null);
    await eventually(async () => (await kiosk.db.hubSettings.get('hub'))?.pinSalt ?? null, (salt) => salt !== null);
  }
  return { host, anja, reception, sideDoor };
}

describe('PIN checks on a kiosk', () => {
  it('go to the hub first, whose lock-out counts the wrong tries of every kiosk', async () => {
    const { anja, reception, sideDoor } = await hubWithPins();
    const stored = (await reception.context.db.members.get(anja.id))!;
    expect(await checkMemberPin(reception, stored, '2580')).toEqual({ result: 'right', byHub: true });
    expect(await checkHostPin(sideDoor, '482915')).toEqual({ result: 'right', byHub: true });
    for (let wrong = 0; wrong < HUB_PIN_MAX_FAILURES; wrong++) {
      expect(await checkMemberPin(wrong % 2 ? reception : sideDoor, stored, `000${wrong}`)).toEqual({ result: 'wrong', byHub: true });
    }
    // The right PIN, on the other kiosk: the hub has locked Anja's PIN for every machine.
    expect(await checkMemberPin(reception, stored, '2580')).toMatchObject({ result: 'lockedOut' });
    expect(await checkMemberPin(sideDoor, stored, '2580')).toMatchObject({ result: 'lockedOut' });
  });

  it('fall back to the kiosk\'s own verifier when the hub cannot be reached', async () => {
    const { anja, reception } = await hubWithPins();
    const stored = (await reception.context.db.members.get(anja.id))!;
    services.stopAll();
    await stopHub?.();
    stopHub = null;
    expect(await checkMemberPin(reception, stored, '2580')).toEqual({ result: 'right', byHub: false });
    expect(await checkMemberPin(reception, stored, '2581')).toEqual({ result: 'wrong', byHub: false });
    expect(await checkHostPin(reception, '482915')).toEqual({ result: 'right', byHub: false });
    expect(await checkHostPin(reception, '482916')).toEqual({ result: 'wrong', byHub: false });
    // A wall display holds no verifier: away from the hub it cannot decide, and says so.
    const wall = await openTestContext({ deviceId: crypto.randomUUID() });
    contexts.push(wall);
    await writeSyncSettings(wall, { hubUrl: hub.url, token: 'w'.repeat(43), role: 'wall', deviceName: 'Wall', pairedAt: new Date().toISOString() });
    expect(await checkHostPin(services.of(wall), '482915')).toEqual({ result: 'unreachable' });
  });

  it('say "not set" when neither the hub nor the machine has a host PIN that opens anything', async () => {
    const host = await openTestContext({ deviceId: crypto.randomUUID() });
    contexts.push(host);
    const hostSync = services.of(host);
    await pairThisMachine(hostSync, { hubUrl: hub.url, code: hub.firstHostCode!.code, deviceName: 'Host desk' });
    const wall = await openTestContext({ deviceId: crypto.randomUUID() });
    contexts.push(wall);
    const { code } = await createPairingCode(hostSync, 'wall');
    const { token } = (await (await fetch(`${hub.url}/api/pair`, { method: 'POST', body: JSON.stringify({ code, name: 'Wall', deviceId: wall.deviceId }) })).json()) as { token: string };
    await writeSyncSettings(wall, { hubUrl: hub.url, token, role: 'wall', deviceName: 'Wall', pairedAt: new Date().toISOString() });
    const wallSync = services.of(wall);
    expect(await checkHostPin(wallSync, '482915')).toEqual({ result: 'notSet' });
    await setHostPin(host, '482915');
    // The wall asks the hub, which now has the verifier the wall itself never receives.
    expect(await eventually(() => checkHostPin(wallSync, '482915'), (verdict) => verdict.result !== 'notSet')).toEqual({ result: 'right', byHub: true });
  });
});
