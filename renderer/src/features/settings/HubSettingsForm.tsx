import { useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubSettings } from '../../data/liveQueries';
import { changedFields, draftFromSettings, validateHubSettingsDraft, type DraftErrorField, type HubSettingsDraft } from './hubSettingsDraft';
import { SettingsField } from './SettingsField';
import { useHubSettingsActions } from './useHubSettingsActions';
import { focusFirstInvalid } from './useSettingsFormSubmit';
import './settings.css';

/** The hub's name and town, closing time, and how the reception kiosk behaves. */
export function HubSettingsForm() {
  const { t } = useTranslation();
  const hub = useHubSettings();
  const { saveSettings } = useHubSettingsActions();
  const formRef = useRef<HTMLFormElement>(null);
  // Only what the host changed: the rest follows the stored settings, also when another tab saves.
  const [edits, setEdits] = useState<Partial<HubSettingsDraft>>({});
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  // What was just saved, as the form will show it once the live query delivers it: until then
  // the form shows this, so a saved field never flashes back to its old value.
  // Any other change of the stored settings (another tab, a refusal rolled back) ends the wait.
  const [awaiting, setAwaiting] = useState<{ saved: HubSettingsDraft; before: HubSettingsDraft } | null>(null);
  const stored = draftFromSettings(hub);
  if (awaiting && (sameDraft(awaiting.saved, stored) || !sameDraft(awaiting.before, stored))) setAwaiting(null);
  const draft: HubSettingsDraft = awaiting?.saved ?? { ...stored, ...edits };
  const result = validateHubSettingsDraft(draft);
  const errorOf = (field: DraftErrorField) => (tried && !result.ok && result.errors[field] ? t(`cards.settings.errors.${field}`) : null);
  const edit = <K extends keyof HubSettingsDraft>(field: K, value: HubSettingsDraft[K]) => {
    setAwaiting(null);
    setEdits({ ...edits, [field]: value });
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    if (!result.ok) {
      focusFirstInvalid(formRef.current);
      return;
    }
    setSaving(true);
    void saveSettings(changedFields(result.patch, hub))
      .then((saved) => {
        if (!saved) return;
        setAwaiting({ saved: draftFromSettings({ ...hub, ...result.patch }), before: draftFromSettings(hub) });
        setEdits({});
        setTried(false);
      })
      .finally(() => { setSaving(false); });
  };

  return (
    <form ref={formRef} className="card hub-settings-form" onSubmit={submit} noValidate>
      <h2>{t('settings.hubTitle')}</h2>
      <SettingsField label={t('settings.hubName')} error={errorOf('name')} required>
        {(props) => <input {...props} value={draft.name} maxLength={80} onChange={(event) => { edit('name', event.target.value); }} />}
      </SettingsField>
      <SettingsField label={t('cards.settings.town')} error={errorOf('town')}>
        {(props) => <input {...props} value={draft.town} maxLength={80} onChange={(event) => { edit('town', event.target.value); }} />}
      </SettingsField>
      <SettingsField label={t('cards.settings.closingTime')} help={t('cards.settings.closingTimeHelp')} error={errorOf('closingTime')} required>
        {(props) => <input {...props} className="short-input" value={draft.closingTime} maxLength={5} autoComplete="off" onChange={(event) => { edit('closingTime', event.target.value); }} />}
      </SettingsField>
      <fieldset className="settings-group">
        <legend>{t('cards.settings.kioskTitle')}</legend>
        <SettingsField label={t('cards.settings.idleSeconds')} help={t('cards.settings.idleHelp')} error={errorOf('kioskIdleSeconds')} required>
          {(props) => <input {...props} className="short-input" type="number" min={10} max={600} step={1} value={draft.kioskIdleSeconds} onChange={(event) => { edit('kioskIdleSeconds', event.target.value); }} />}
        </SettingsField>
        <label className="check-field">
          <input type="checkbox" checked={draft.checkInPinRequired} onChange={(event) => { edit('checkInPinRequired', event.target.checked); }} />
          {t('cards.settings.pinRequired')}
        </label>
        <SettingsField label={t('cards.settings.retentionDays')} help={t('cards.settings.retentionHelp')} error={errorOf('guestRetentionDays')} required>
          {(props) => <input {...props} className="short-input" type="number" min={1} max={365} step={1} value={draft.guestRetentionDays} onChange={(event) => { edit('guestRetentionDays', event.target.value); }} />}
        </SettingsField>
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('cards.settings.bookingsTitle')}</legend>
        <label className="check-field">
          <input type="checkbox" checked={draft.noShowRelease} onChange={(event) => { edit('noShowRelease', event.target.checked); }} />
          {t('cards.settings.noShowRelease')}
        </label>
        {draft.noShowRelease && (
          <SettingsField label={t('cards.settings.noShowMinutes')} help={t('cards.settings.noShowHelp')} error={errorOf('noShowReleaseMinutes')} required>
            {(props) => <input {...props} className="short-input" type="number" min={5} max={240} step={1} value={draft.noShowReleaseMinutes} onChange={(event) => { edit('noShowReleaseMinutes', event.target.value); }} />}
          </SettingsField>
        )}
      </fieldset>
      <button type="submit" className="primary" disabled={saving || Object.keys(edits).length === 0}>{t('settings.saveHub')}</button>
    </form>
  );
}

function sameDraft(a: HubSettingsDraft, b: HubSettingsDraft): boolean {
  return (Object.keys(a) as (keyof HubSettingsDraft)[]).every((field) => a[field] === b[field]);
}
