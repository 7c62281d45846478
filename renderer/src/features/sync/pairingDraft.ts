import { normalizeHubUrl } from '@core/hubAddress';
import { isPairingCode, normalizePairingCode } from './syncFormat';

export interface PairingDraft {
  hubUrl: string;
  code: string;
  name: string;
}

export type PairingField = keyof PairingDraft;

export type PairingDraftResult =
  | { ok: true; input: { hubUrl: string; code: string; deviceName: string } }
  | { ok: false; errors: Partial<Record<PairingField, true>> };

const MAX_NAME_LENGTH = 80;

/** What the pairing form sends, or which fields a person still has to fix. */
export function validatePairingDraft(draft: PairingDraft): PairingDraftResult {
  const hubUrl = normalizeHubUrl(draft.hubUrl);
  const code = normalizePairingCode(draft.code);
  const deviceName = draft.name.trim();
  const errors: Partial<Record<PairingField, true>> = {};
  if (hubUrl === null) errors.hubUrl = true;
  if (!isPairingCode(code)) errors.code = true;
  if (deviceName === '' || deviceName.length > MAX_NAME_LENGTH) errors.name = true;
  if (hubUrl === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { hubUrl, code, deviceName } };
}
