import { hashPin, isValidPin, pinMatches } from '@core/secrets';
import { defaultHubSettings, HUB_SETTINGS_ID, type HubSettingsFields } from '@core/schemas';
import { StorageError } from './storageErrors';
import type { DataContext } from './dataContext';
import { tableOf } from './database';
import { createRecord, updateRecord } from './recordWriter';


export async function saveHubSettings(context: DataContext, patch: Partial<HubSettingsFields>) {
  const existing = await tableOf(context.db, 'hubSettings').get(HUB_SETTINGS_ID);
  if (existing && !existing.deleted) return updateRecord(context, 'hubSettings', HUB_SETTINGS_ID, patch);
  return createRecord(context, 'hubSettings', { ...defaultHubSettings, ...patch, id: HUB_SETTINGS_ID });
}

/** The host PIN guards host screens on public machines (kiosk settings, leaving kiosk mode). */
export async function setHostPin(context: DataContext, pin: string) {
  if (!isValidPin(pin)) throw new StorageError('invalidInput', 'A PIN is exactly four digits.');
  return saveHubSettings(context, { hostPinHash: await hashPin(pin, HUB_SETTINGS_ID) });
}

export async function hostPinMatches(settings: Pick<HubSettingsFields, 'hostPinHash'>, pin: string): Promise<boolean> {
  return pinMatches(pin, HUB_SETTINGS_ID, settings.hostPinHash);
}
