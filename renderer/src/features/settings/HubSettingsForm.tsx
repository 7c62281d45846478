import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useHubSettings } from '../../data/liveQueries';
import { useHubSettingsActions } from './useHubSettingsActions';

export function HubSettingsForm() {
  const { t } = useTranslation();
  const hub = useHubSettings();
  const { saveName } = useHubSettingsActions();
  const [name, setName] = useState<string | null>(null);
  const shownName = name ?? hub.name;
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void saveName(shownName).then((saved) => { if (saved) setName(null); });
  };
  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('settings.hubTitle')}</h2>
      <div className="field">
        <label htmlFor="hub-name">{t('settings.hubName')}</label>
        <input id="hub-name" value={shownName} required maxLength={80} onChange={(event) => { setName(event.target.value); }} />
      </div>
      <button type="submit" className="primary" disabled={shownName.trim() === '' || shownName === hub.name}>{t('settings.saveHub')}</button>
    </form>
  );
}
