import { defaultHubSettings, HUB_SETTINGS_ID, hubSettingsFieldsSchema, type HubSettingsFields } from '@core/schemas';
import type { HubStore } from './sync/hubStore';

/**
 * The hub's settings as its own copy holds them, each field falling back to the default a new
 * hub starts with while no host has saved it (or a row from an older Landhub lacks it).
 */
export function storedHubSettings(store: Pick<HubStore, 'getRecord'>): HubSettingsFields {
  const row = store.getRecord('hubSettings', HUB_SETTINGS_ID);
  if (!row || row.deleted) return defaultHubSettings;
  const settings: Record<string, unknown> = { ...defaultHubSettings };
  for (const [field, schema] of Object.entries(hubSettingsFieldsSchema.shape)) {
    if (schema.safeParse(row[field]).success && row[field] !== undefined) settings[field] = row[field];
  }
  return hubSettingsFieldsSchema.parse(settings);
}
