import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import { PinPad } from './PinPad';
import { useHostPin } from './usePinChecks';
import { useFormatting } from '../../app/formatting';

export function HostPinScreen({ onRight, onCancel }: { onRight: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const pin = useHostPin(onRight);
  const body = () => {
    if (pin.mustReset) return <p role="alert" className="kiosk-warning">{t('kiosk.host.mustReset')}</p>;
    if (pin.noPinYet) {
      return (
        <>
          <p>{t('kiosk.host.noPinYet')}</p>
          {pin.firstSetup && (
            <>
              <p>{t('kiosk.host.firstSetup')}</p>
              <button type="button" className="primary" onClick={onRight}>{t('kiosk.host.openSettings')}</button>
            </>
          )}
        </>
      );
    }
    if (pin.locked && pin.lockedUntil !== null) return <p role="alert" className="kiosk-warning">{t('kiosk.host.locked', { time: format.kioskTime(new Date(pin.lockedUntil)) })}</p>;
    return (
      <>
        <p>{t('kiosk.host.pinHelp')}</p>
        {pin.failures > 0 && <p role="alert" className="kiosk-warning">{t('kiosk.host.wrongPin', { count: pin.triesLeft })}</p>}
        <PinPad label={t('kiosk.host.pinHelp')} length={PIN_LENGTH.host} onComplete={pin.tryPin} disabled={pin.checking} />
      </>
    );
  };
  return (
    <div className="kiosk-screen kiosk-pin-screen">
      <h1>{t('kiosk.host.pinTitle')}</h1>
      {body()}
      <button type="button" className="kiosk-back" onClick={onCancel}>{t('kiosk.host.backToKiosk')}</button>
    </div>
  );
}
