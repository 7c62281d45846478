import { describe, expect, it } from 'vitest';
import { defaultHubSettings } from '@core/schemas';
import { changedFields, draftFromSettings, normalizeClockTime, validateHubSettingsDraft, type HubSettingsDraft } from './hubSettingsDraft';

const stored = draftFromSettings(defaultHubSettings);
const withDraft = (patch: Partial<HubSettingsDraft>): HubSettingsDraft => ({ ...stored, ...patch });

describe('hub and kiosk settings', () => {
  it('turns the stored settings into a form and back without change', () => {
    const result = validateHubSettingsDraft(stored);
    expect(result.ok).toBe(true);
    if (result.ok) expect(changedFields(result.patch, defaultHubSettings)).toEqual({});
  });

  it('saves numbers as numbers and only the fields that changed', () => {
    const result = validateHubSettingsDraft(withDraft({ kioskIdleSeconds: '15', checkInPinRequired: true, town: '  Nakskov ' }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(changedFields(result.patch, defaultHubSettings)).toEqual({ kioskIdleSeconds: 15, checkInPinRequired: true, town: 'Nakskov' });
  });

  it.each([
    ['kioskIdleSeconds', '9'], ['kioskIdleSeconds', '601'], ['kioskIdleSeconds', ''], ['kioskIdleSeconds', '15.5'], ['kioskIdleSeconds', 'abc'],
    ['guestRetentionDays', '0'], ['guestRetentionDays', '366'], ['guestRetentionDays', '-3'],
    ['closingTime', '25:00'], ['closingTime', '18:60'], ['closingTime', 'six'], ['closingTime', ''],
    ['name', '   '], ['name', 'x'.repeat(81)], ['town', 'y'.repeat(81)],
  ] as const)('refuses %s = "%s" and says which field is wrong', (field, value) => {
    const result = validateHubSettingsDraft(withDraft({ [field]: value }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors)).toEqual([field]);
  });

  it('accepts the limits of each range', () => {
    for (const patch of [{ kioskIdleSeconds: '10' }, { kioskIdleSeconds: '600' }, { guestRetentionDays: '1' }, { guestRetentionDays: '365' }]) {
      expect(validateHubSettingsDraft(withDraft(patch)).ok, JSON.stringify(patch)).toBe(true);
    }
  });

  it('reports every wrong field at once', () => {
    const result = validateHubSettingsDraft(withDraft({ name: '', kioskIdleSeconds: '5', closingTime: '24:00' }));
    expect(result.ok ? [] : Object.keys(result.errors).sort()).toEqual(['closingTime', 'kioskIdleSeconds', 'name']);
  });

  it('understands the ways people write a closing time', () => {
    expect(normalizeClockTime('18:00')).toBe('18:00');
    expect(normalizeClockTime('18.30')).toBe('18:30');
    expect(normalizeClockTime('9:30')).toBe('09:30');
    expect(normalizeClockTime(' 1745 ')).toBe('17:45');
    expect(normalizeClockTime('six')).toBe('six');
    const result = validateHubSettingsDraft(withDraft({ closingTime: '17.30' }));
    expect(result.ok && result.patch.closingTime).toBe('17:30');
  });

  it('keeps the no-show release off until the host turns it on, then saves its minutes, and off again as null', () => {
    expect(stored.noShowRelease).toBe(false);
    const on = validateHubSettingsDraft(withDraft({ noShowRelease: true, noShowReleaseMinutes: '10' }));
    expect(on.ok && changedFields(on.patch, defaultHubSettings)).toEqual({ noShowReleaseMinutes: 10 });
    const enabled = { ...defaultHubSettings, noShowReleaseMinutes: 10 };
    expect(draftFromSettings(enabled)).toMatchObject({ noShowRelease: true, noShowReleaseMinutes: '10' });
    const off = validateHubSettingsDraft({ ...draftFromSettings(enabled), noShowRelease: false });
    expect(off.ok && changedFields(off.patch, enabled)).toEqual({ noShowReleaseMinutes: null });
    // A hub from before the setting stored nothing: off, and saving it off changes nothing.
    const { noShowReleaseMinutes: _unset, ...older } = defaultHubSettings;
    const unchanged = validateHubSettingsDraft(draftFromSettings(older));
    expect(unchanged.ok && changedFields(unchanged.patch, older)).toEqual({});
  });

  it.each(['4', '241', '', '7.5'])('refuses a release after "%s" minutes, but not while the release is off', (minutes) => {
    const result = validateHubSettingsDraft(withDraft({ noShowRelease: true, noShowReleaseMinutes: minutes }));
    expect(!result.ok && Object.keys(result.errors)).toEqual(['noShowReleaseMinutes']);
    expect(validateHubSettingsDraft(withDraft({ noShowRelease: false, noShowReleaseMinutes: minutes })).ok).toBe(true);
  });
});
