import { useTranslation } from 'react-i18next';
import { SettingsScreen } from '../settings/SettingsScreen';

/** The device settings behind the host PIN; choosing "Host desk" there leaves kiosk mode. */
export function KioskHostSettings({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-screen kiosk-host-settings">
      <div className="kiosk-host-bar">
        <button type="button" className="primary" onClick={onBack}>{t('kiosk.host.backToKiosk')}</button>
        <p className="muted">{t('kiosk.host.settingsNote')}</p>
      </div>
      <SettingsScreen role="kiosk" />
      <p className="card">{t('kiosk.host.howTo')}</p>
    </div>
  );
}
