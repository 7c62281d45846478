import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import { hostPinStatus } from '../../data/hubSettingsRepo';
import { useHubSettings } from '../../data/liveQueries';
import { PinForm } from '../cards/PinForm';
import { useHubSettingsActions } from './useHubSettingsActions';

/** The host PIN that guards host screens on public machines: only ever "set" or "not set". */
export function HostPinForm() {
  const { t } = useTranslation();
  const hub = useHubSettings();
  const { saveHostPin } = useHubSettingsActions();
  const [editing, setEditing] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const status = hostPinStatus(hub);
  const isSet = status === 'set';
  const returnFocus = useRef(false);
  // Back to the button that opened the form, once it is drawn again.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    openButton.current?.focus();
  }, [editing]);
  const finishEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <section className="card" aria-labelledby="host-pin-title">
      <h2 id="host-pin-title">{t('cards.settings.hostPinHeading')}</h2>
      <p className="muted">{t('cards.settings.hostPinHelp')}</p>
      <p className="pin-status"><strong>{isSet ? t('cards.settings.hostPinIsSet') : t('cards.settings.hostPinNotSet')}</strong></p>
      {status === 'mustReset' && <p role="alert" className="form-error">{t('cards.hostPinMustReset')}</p>}
      {editing ? (
        <PinForm
          length={PIN_LENGTH.host}
          saveLabel={t('cards.settings.saveHostPin')}
          onCancel={finishEditing}
          onSave={async (pin) => {
            const saved = await saveHostPin(pin);
            if (saved) finishEditing();
            return saved;
          }}
        />
      ) : (
        <button type="button" ref={openButton} onClick={() => { setEditing(true); }}>
          {isSet ? t('cards.settings.changeHostPin') : t('cards.settings.setHostPin')}
        </button>
      )}
      <p className="settings-note">{t('cards.settings.kioskAccess')}</p>
    </section>
  );
}
