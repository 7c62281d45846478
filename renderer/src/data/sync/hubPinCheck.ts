import { PIN_CHECK_PATH, pinCheckAnswerSchema, type PinCheckAnswer, type PinCheckRequest } from '@core/pinCheck';
import { requireHub } from './pairing';
import type { SyncService } from './syncService';

/**
 * How long a kiosk waits for the hub's verdict on a PIN before it decides on its own: long
 * enough for the hub's slow hash, short enough that a person at the kiosk hardly notices.
 */
export const HUB_PIN_CHECK_TIMEOUT_MS = 2_500;

/**
 * Asks the hub whether a PIN is right, so wrong tries count across every kiosk of the hub.
 * Null when the hub cannot answer (not paired, offline, slow, refusing this machine): the
 * caller then checks the PIN against this machine's own verifier.
 */
export async function askHubAboutPin(sync: SyncService, request: PinCheckRequest, timeoutMs = HUB_PIN_CHECK_TIMEOUT_MS): Promise<PinCheckAnswer | null> {
  if (sync.status().state === 'offline') return null;
  let hub: { hubUrl: string; token: string };
  try {
    hub = await requireHub(sync);
  } catch {
    return null;
  }
  try {
    const response = await fetch(`${hub.hubUrl}${PIN_CHECK_PATH}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${hub.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Too many checks from this machine: the hub's answer to a flood is a lock-out, never a local retry.
    if (response.status === 429) return { result: 'lockedOut', retryAt: new Date(sync.context.now().getTime() + 60_000).toISOString() };
    if (!response.ok) return null;
    const answer = pinCheckAnswerSchema.safeParse(await response.json());
    return answer.success ? answer.data : null;
  } catch {
    return null;
  }
}
