import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import { hostPinStatus } from '../../data/hubSettingsRepo';
import { useHubSettings } from '../../data/liveQueries';
import { PinSetting } from '../cards/PinSetting';
import { useHubSettingsActions } from './useHubSettingsActions';

/** The host PIN that guards host screens on public machines: only ever "set" or "not set". */
export function HostPinForm() {
  const { t } = useTranslation();
  const hub = useHubSettings();
  const { saveHostPin } = useHubSettingsActions();
  const status = hostPinStatus(hub);
  const isSet = status === 'set';

  return (
    <section className="card" aria-labelledby="host-pin-title">
      <h2 id="host-pin-title">{t('cards.settings.hostPinHeading')}</h2>
      <p className="muted">{t('cards.settings.hostPinHelp')}</p>
      <PinSetting
        length={PIN_LENGTH.host}
        statusText={isSet ? t('cards.settings.hostPinIsSet') : t('cards.settings.hostPinNotSet')}
        notice={status === 'mustReset' && <p role="alert" className="form-error">{t('cards.hostPinMustReset')}</p>}
        openLabel={isSet ? t('cards.settings.changeHostPin') : t('cards.settings.setHostPin')}
        saveLabel={t('cards.settings.saveHostPin')}
        onSave={saveHostPin}
      />
      <p className="settings-note">{t('cards.settings.kioskAccess')}</p>
    </section>
  );
}
