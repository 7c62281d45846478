import { hubSettingsFieldsSchema, type HubSettingsFields } from '@core/schemas';

/** The hub settings a host edits in one form; the host PIN has a form of its own. */
export const editableHubFields = ['name', 'town', 'closingTime', 'kioskIdleSeconds', 'checkInPinRequired', 'guestRetentionDays', 'noShowReleaseMinutes'] as const;
export type EditableHubField = (typeof editableHubFields)[number];
export type HubSettingsPatch = Pick<HubSettingsFields, EditableHubField>;

/** What the form's inputs hold: numbers stay text until saved, so "1" on the way to "15" is fine. */
export interface HubSettingsDraft {
  name: string;
  town: string;
  closingTime: string;
  kioskIdleSeconds: string;
  checkInPinRequired: boolean;
  guestRetentionDays: string;
  /** Off by default: a booking nobody checked in to is released only when the host turns this on. */
  noShowRelease: boolean;
  noShowReleaseMinutes: string;
}

/** What the minutes field offers when the host turns the release on. */
const SUGGESTED_NO_SHOW_MINUTES = 15;

/** Fields that can be wrong, each with its own message in `cards.settings.errors`. */
export type DraftErrorField = Exclude<EditableHubField, 'checkInPinRequired'>;
export type DraftErrors = Partial<Record<DraftErrorField, true>>;

const patchSchema = hubSettingsFieldsSchema.pick({
  name: true,
  town: true,
  closingTime: true,
  kioskIdleSeconds: true,
  checkInPinRequired: true,
  guestRetentionDays: true,
  noShowReleaseMinutes: true,
});

export function draftFromSettings(settings: HubSettingsPatch): HubSettingsDraft {
  return {
    name: settings.name,
    town: settings.town,
    closingTime: settings.closingTime,
    kioskIdleSeconds: String(settings.kioskIdleSeconds),
    checkInPinRequired: settings.checkInPinRequired,
    guestRetentionDays: String(settings.guestRetentionDays),
    noShowRelease: settings.noShowReleaseMinutes != null,
    noShowReleaseMinutes: String(settings.noShowReleaseMinutes ?? SUGGESTED_NO_SHOW_MINUTES),
  };
}

/**
 * "18:00" as the schema stores it, from the ways people write a time: Danes write 18.00,
 * some type 1800 or 9:30. Anything else is returned as typed, for the schema to refuse.
 */
export function normalizeClockTime(typed: string): string {
  const text = typed.trim();
  const match = /^(\d{1,2})[:.]?(\d{2})$/.exec(text);
  if (!match?.[1] || !match[2]) return text;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** A whole number, or NaN for anything else (empty, "15.5", "abc"), so the schema refuses it. */
function wholeNumber(typed: string): number {
  const text = typed.trim();
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

function isErrorField(key: unknown): key is DraftErrorField {
  return key === 'name' || key === 'town' || key === 'closingTime' || key === 'kioskIdleSeconds' || key === 'guestRetentionDays' || key === 'noShowReleaseMinutes';
}

/** The validated settings to save, or which fields are wrong. The schema of core/ is the one judge. */
export function validateHubSettingsDraft(draft: HubSettingsDraft):
  { ok: true; patch: HubSettingsPatch } | { ok: false; errors: DraftErrors } {
  const result = patchSchema.safeParse({
    name: draft.name,
    town: draft.town,
    closingTime: normalizeClockTime(draft.closingTime),
    kioskIdleSeconds: wholeNumber(draft.kioskIdleSeconds),
    checkInPinRequired: draft.checkInPinRequired,
    guestRetentionDays: wholeNumber(draft.guestRetentionDays),
    noShowReleaseMinutes: draft.noShowRelease ? wholeNumber(draft.noShowReleaseMinutes) : null,
  });
  if (result.success) return { ok: true, patch: result.data };
  const errors: DraftErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (isErrorField(field)) errors[field] = true;
  }
  return { ok: false, errors };
}

/** Only the fields that differ from what is stored, so a save does not stamp untouched fields. */
export function changedFields(patch: HubSettingsPatch, stored: HubSettingsPatch): Partial<HubSettingsPatch> {
  const changed: Partial<HubSettingsPatch> = {};
  for (const field of editableHubFields) {
    // A setting older hubs never stored (undefined) is the same as one turned off (null).
    if ((patch[field] ?? null) !== (stored[field] ?? null)) Object.assign(changed, { [field]: patch[field] });
  }
  return changed;
}
