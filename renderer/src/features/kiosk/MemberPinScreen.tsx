import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import type { Member } from '@core/schemas';
import { PinPad } from './PinPad';
import { useMemberPin } from './usePinChecks';

export function MemberPinScreen({ member, firstName, onRight, onTooManyWrong, onCancel }: {
  member: Pick<Member, 'id' | 'pinHash'>;
  firstName: string;
  onRight: () => void;
  onTooManyWrong: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const pin = useMemberPin(member, onRight, onTooManyWrong);
  return (
    <div className="kiosk-screen kiosk-pin-screen">
      <h1>{t('kiosk.pin.title', { name: firstName })}</h1>
      <p>{t('kiosk.pin.help')}</p>
      {pin.wrong > 0 && <p role="alert" className="kiosk-warning">{t('kiosk.pin.wrong', { count: pin.triesLeft })}</p>}
      <PinPad label={t('kiosk.pin.help')} length={PIN_LENGTH.member} onComplete={pin.tryPin} disabled={pin.checking} />
      <button type="button" className="kiosk-back" onClick={onCancel}>{t('kiosk.pin.cancel')}</button>
    </div>
  );
}
