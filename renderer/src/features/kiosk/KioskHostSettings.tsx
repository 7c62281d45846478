import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { SettingsScreen } from '../settings/SettingsScreen';

/**
 * The device settings behind the host PIN: only what a kiosk may write (its language, role and
 * hub connection). The hub's settings are a host desk's; choosing "Host desk" here leaves kiosk mode.
 */
export function KioskHostSettings({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-screen kiosk-host-settings">
      <div className="kiosk-host-side">
        <div className="kiosk-host-bar">
          <button type="button" className="primary" onClick={onBack}>{t('kiosk.host.backToKiosk')}</button>
          <p className="muted">{t('kiosk.host.settingsNote')}</p>
        </div>
        <p className="card kiosk-hub-settings-elsewhere">{t('kiosk.host.hubSettingsElsewhere')}</p>
        <section className="card" aria-labelledby="kiosk-language-title">
          <h2 id="kiosk-language-title">{t('kiosk.host.languageTitle')}</h2>
          <LanguageSwitch />
        </section>
        <p className="card">{t('kiosk.host.howTo')}</p>
      </div>
      <SettingsScreen role="kiosk" />
    </div>
  );
}
