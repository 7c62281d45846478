import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import type { Member } from '@core/schemas';
import { PinSetting } from './PinSetting';

/** Whether the member has a check-in PIN (never the PIN itself), and setting or removing it. */
export function MemberPinSection({ member, onSetPin, onRemovePin }: {
  member: Pick<Member, 'pinHash'>;
  onSetPin: (pin: string) => Promise<boolean>;
  onRemovePin: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const hasPin = member.pinHash !== null;

  return (
    <section className="card-dialog-section" aria-labelledby="member-pin-title">
      <h3 id="member-pin-title">{t('cards.pinHeading')}</h3>
      <p className="muted">{t('cards.pinHelp')}</p>
      <PinSetting
        length={PIN_LENGTH.member}
        statusText={hasPin ? t('cards.pinSet') : t('cards.pinNotSet')}
        openLabel={hasPin ? t('cards.changePin') : t('cards.setPin')}
        saveLabel={t('cards.savePin')}
        onSave={onSetPin}
        actionsClassName="card-dialog-buttons"
        otherActions={hasPin && <button type="button" className="danger-quiet" onClick={() => { void onRemovePin(); }}>{t('cards.removePin')}</button>}
      />
    </section>
  );
}
