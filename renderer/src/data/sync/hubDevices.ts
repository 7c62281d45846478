import { z } from 'zod';
import type { DeviceRole } from '@core/deviceRole';
import { hubDeviceSchema } from '@core/sync/hubDevice';
import { requireHub } from './pairing';
import type { SyncService } from './syncService';
import { SyncError, type HubDevice } from './syncTypes';

/** The host desk's view of the hub's machines, over the hub's HTTP API with this machine's token. */

async function hubRequest(sync: SyncService, path: string, init: RequestInit = {}): Promise<unknown> {
  const { hubUrl, token } = await requireHub(sync);
  let response: Response;
  try {
    response = await fetch(`${hubUrl}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } });
  } catch {
    throw new SyncError(`Landhub could not reach the hub at ${hubUrl}. Check that the hub is running.`);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = z.object({ error: z.string() }).safeParse(body);
    throw new SyncError(error.success ? error.data.error : `The hub refused this (${response.status}).`);
  }
  return body;
}

/** A one-time code for a new machine; a room display is paired for one meeting room. */
export async function createPairingCode(sync: SyncService, role: DeviceRole, roomId: string | null = null): Promise<{ code: string; expiresAt: string }> {
  const body = await hubRequest(sync, '/api/pairing-codes', { method: 'POST', body: JSON.stringify({ role, roomId }) });
  return z.object({ code: z.string(), expiresAt: z.string() }).parse(body);
}

export async function listHubDevices(sync: SyncService): Promise<HubDevice[]> {
  return z.object({ devices: z.array(hubDeviceSchema) }).parse(await hubRequest(sync, '/api/devices')).devices;
}

export async function revokeHubDevice(sync: SyncService, deviceId: string): Promise<void> {
  await hubRequest(sync, `/api/devices/${encodeURIComponent(deviceId)}/revoke`, { method: 'POST', body: '{}' });
}
