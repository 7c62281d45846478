import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import { useFormatting } from '../../app/formatting';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useHasMembers } from '../../data/liveQueries';
import { PinPad } from '../kiosk/PinPad';
import { useIdleReset } from '../kiosk/useIdleReset';
import { useHostPin } from '../kiosk/usePinChecks';
import { SettingsScreen } from '../settings/SettingsScreen';
import '../kiosk/kiosk.css';

/** Host screens on the wall go back to the slides after this long untouched. */
const HOST_IDLE_SECONDS = 120;

/**
 * The host PIN on the wall. The wall holds no PIN verifier (the hub sends it none), so the hub
 * checks the PIN; away from the hub the wall cannot tell, and says so. A wall with no members
 * yet (the very first set-up, before it is even paired) lets the settings open, as the kiosk
 * does: they hold only this screen's language and hub connection, and changing a paired
 * machine's role asks the host PIN again.
 */
export function WallHostPin({ onRight, onCancel }: { onRight: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const pin = useHostPin(onRight);
  const hasMembers = useHasMembers();
  useIdleReset(HOST_IDLE_SECONDS, onCancel, true);
  const firstSetup = hasMembers === false;
  return (
    <main id="main" className="kiosk wall-host" tabIndex={-1}>
      <div className="kiosk-screen kiosk-pin-screen">
        <h1>{t('wall.host.pinTitle')}</h1>
        {pin.locked && pin.lockedUntil !== null ? (
          <p role="alert" className="kiosk-warning">{t('kiosk.host.locked', { time: format.kioskTime(new Date(pin.lockedUntil)) })}</p>
        ) : (
          <>
            <p>{t('kiosk.host.pinHelp')}</p>
            {pin.failures > 0 && <p role="alert" className="kiosk-warning">{t('kiosk.host.wrongPin', { count: pin.triesLeft })}</p>}
            {pin.undecided && !firstSetup && <p role="alert" className="kiosk-warning">{t(pin.undecided === 'notSet' ? 'cards.roleLock.noHostPin' : 'cards.roleLock.hubUnreachable')}</p>}
            {firstSetup && (
              <>
                <p>{t('wall.host.firstSetup')}</p>
                <button type="button" className="primary" onClick={onRight}>{t('wall.host.openSettings')}</button>
              </>
            )}
            <PinPad label={t('kiosk.host.pinHelp')} length={PIN_LENGTH.host} onComplete={pin.tryPin} disabled={pin.checking} />
          </>
        )}
        <button type="button" className="kiosk-back" onClick={onCancel}>{t('wall.host.back')}</button>
      </div>
    </main>
  );
}

/** The wall's own settings behind the host PIN: its language and hub connection; what it shows is set on a host desk. */
export function WallHostSettings({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  useIdleReset(HOST_IDLE_SECONDS, onBack, true);
  return (
    <main id="main" className="kiosk wall-host" tabIndex={-1}>
      <div className="kiosk-screen kiosk-host-settings">
        <div className="kiosk-host-side">
          <div className="kiosk-host-bar">
            <button type="button" className="primary" onClick={onBack}>{t('wall.host.back')}</button>
            <p className="muted">{t('wall.host.settingsNote')}</p>
          </div>
          <p className="card kiosk-hub-settings-elsewhere">{t('wall.host.elsewhere')}</p>
          <section className="card" aria-labelledby="wall-language-title">
            <h2 id="wall-language-title">{t('wall.host.languageTitle')}</h2>
            <LanguageSwitch />
          </section>
        </div>
        <SettingsScreen role="wall" />
      </div>
    </main>
  );
}
