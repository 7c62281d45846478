import { HOST_PIN_SUBJECT, isValidPinFor, makePinVerifier, newPinSalt, pinOpens, pinVerifierKind, verifierCanOpen } from '@core/pinVerifier';
import { defaultHubSettings, HUB_SETTINGS_ID, type HubSettingsFields } from '@core/schemas';
import { StorageError } from './storageErrors';
import type { DataContext } from './dataContext';
import { tableOf } from './database';
import { createRecord, updateRecord } from './recordWriter';

type SettingsPatch = Partial<Omit<HubSettingsFields, 'pinSalt'>>;

/**
 * The hub's time zone, in which every machine counts its days ("today", closing time), as this
 * machine's copy of hub settings says; a new hub's default until a host desk saved settings.
 */
export async function hubTimeZone(context: DataContext): Promise<string> {
  const stored = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  return stored && !stored.deleted && stored.timeZone ? stored.timeZone : defaultHubSettings.timeZone;
}

/**
 * Saves the host's settings. A new settings row gets the hub's secret PIN salt at once; the
 * salt is never part of a patch, because every PIN of the hub was made with it.
 */
export async function saveHubSettings(context: DataContext, patch: SettingsPatch) {
  const widened: Partial<HubSettingsFields> = patch;
  const { pinSalt: _neverPatched, ...fields } = widened;
  const existing = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  if (existing && !existing.deleted) return updateRecord(context, 'hubSettings', HUB_SETTINGS_ID, fields);
  return createRecord(context, 'hubSettings', { ...defaultHubSettings, ...fields, pinSalt: newPinSalt(), id: HUB_SETTINGS_ID });
}

/**
 * The hub's PIN salt, made here the first time a PIN is set on a hub from before PIN salts.
 * Settings rows are made by host desks, which pull the hub's row before they set PINs.
 */
export async function hubPinSalt(context: DataContext): Promise<string> {
  const existing = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  if (existing && !existing.deleted && existing.pinSalt) return existing.pinSalt;
  if (existing && !existing.deleted) {
    const pinSalt = newPinSalt();
    await updateRecord(context, 'hubSettings', HUB_SETTINGS_ID, { pinSalt });
    return pinSalt;
  }
  const created = await saveHubSettings(context, {});
  if (!created.pinSalt) throw new Error('A new settings row has a PIN salt');
  return created.pinSalt;
}

/** The host PIN guards host screens on public machines (kiosk settings, changing a machine's role). */
export async function setHostPin(context: DataContext, pin: string) {
  if (!isValidPinFor(HOST_PIN_SUBJECT, pin)) throw new StorageError('invalidInput', 'A host PIN is exactly six digits.');
  const verifier = await makePinVerifier(pin, await hubPinSalt(context), HOST_PIN_SUBJECT);
  return saveHubSettings(context, { hostPinHash: verifier });
}

/** `mustReset`: a 4-digit host PIN from an earlier version, which opens nothing until set again. */
export type HostPinStatus = 'notSet' | 'mustReset' | 'set';

export function hostPinStatus(settings: Pick<HubSettingsFields, 'hostPinHash'>): HostPinStatus {
  const kind = pinVerifierKind(settings.hostPinHash);
  if (kind === 'current') return 'set';
  return kind === 'legacy' ? 'mustReset' : 'notSet';
}

/** This machine's own check of the host PIN, for when the hub cannot be asked; null without a usable verifier here. */
export async function hostPinOpensHere(context: DataContext, pin: string): Promise<boolean | null> {
  const settings = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  if (!settings || settings.deleted || !verifierCanOpen(settings.hostPinHash, HOST_PIN_SUBJECT)) return null;
  return pinOpens(pin, settings.hostPinHash, settings.pinSalt, HOST_PIN_SUBJECT);
}
