import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import type { DeviceRole } from '@core/deviceRole';
import { PinPad } from '../kiosk/PinPad';
import { useHostPin } from '../kiosk/usePinChecks';
import { useFormatting } from '../../app/formatting';
import { useRoleChange } from './useRoleChange';

function RoleChangePin({ onRight, onCancel }: { onRight: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const pin = useHostPin(onRight);
  return (
    <div className="role-change-pin">
      <h3>{t('cards.roleLock.pinTitle')}</h3>
      {pin.locked && pin.lockedUntil !== null ? (
        <p role="alert" className="form-error">{t('kiosk.host.locked', { time: format.kioskTime(new Date(pin.lockedUntil)) })}</p>
      ) : (
        <>
          {pin.failures > 0 && <p role="alert" className="form-error">{t('kiosk.host.wrongPin', { count: pin.triesLeft })}</p>}
          {pin.undecided && <p role="alert" className="form-error">{t(pin.undecided === 'notSet' ? 'cards.roleLock.noHostPin' : 'cards.roleLock.hubUnreachable')}</p>}
          <PinPad label={t('cards.roleLock.pinTitle')} length={PIN_LENGTH.host} onComplete={pin.tryPin} disabled={pin.checking} />
        </>
      )}
      <button type="button" onClick={onCancel}>{t('cards.cancel')}</button>
    </div>
  );
}

/** Settings → This machine on a paired machine: its role is the paired one; changing it means pairing again. */
export function PairedRoleSection({ role, hubUrl, onDisconnected }: { role: DeviceRole; hubUrl: string | null; onDisconnected: (hubUrl: string | null) => void }) {
  const { t } = useTranslation();
  const change = useRoleChange(role, hubUrl, onDisconnected);
  return (
    <section className="card" aria-labelledby="paired-role-title">
      <h2 id="paired-role-title">{t('settings.deviceTitle')}</h2>
      <p>{t('cards.roleLock.pairedAs', { role: t(`roles.${role}`) })}</p>
      <p className="muted">{t('cards.roleLock.changeHelp')}</p>
      {change.phase === 'idle' && <button type="button" onClick={change.start}>{t('cards.roleLock.change')}</button>}
      {change.phase === 'needsHostPin' && <p role="alert" className="form-error">{t('cards.roleLock.noHostPin')}</p>}
      {change.phase === 'pin' && <RoleChangePin onRight={change.pinRight} onCancel={change.cancel} />}
      {change.phase === 'confirm' && (
        <div className="card-dialog-buttons">
          <button type="button" onClick={change.cancel}>{t('cards.cancel')}</button>
          <button type="button" className="primary" onClick={change.disconnect}>{t('cards.roleLock.disconnect')}</button>
        </div>
      )}
    </section>
  );
}
