import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PIN_LENGTH } from '@core/pinVerifier';
import type { Member } from '@core/schemas';
import { PinForm } from './PinForm';

/** Whether the member has a check-in PIN (never the PIN itself), and setting or removing it. */
export function MemberPinSection({ member, onSetPin, onRemovePin }: {
  member: Pick<Member, 'pinHash'>;
  onSetPin: (pin: string) => Promise<boolean>;
  onRemovePin: () => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const setButton = useRef<HTMLButtonElement>(null);
  const hasPin = member.pinHash !== null;
  const returnFocus = useRef(false);
  // The form that had the focus is gone: put it back on the button that opened it, once that
  // button is drawn again (a saved PIN can take a moment to hash, so no fixed frame is enough).
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    setButton.current?.focus();
  }, [editing]);
  const finishEditing = () => {
    returnFocus.current = true;
    setEditing(false);
  };

  return (
    <section className="card-dialog-section" aria-labelledby="member-pin-title">
      <h3 id="member-pin-title">{t('cards.pinHeading')}</h3>
      <p className="muted">{t('cards.pinHelp')}</p>
      <p className="pin-status"><strong>{hasPin ? t('cards.pinSet') : t('cards.pinNotSet')}</strong></p>
      {editing ? (
        <PinForm
          length={PIN_LENGTH.member}
          saveLabel={t('cards.savePin')}
          onCancel={finishEditing}
          onSave={async (pin) => {
            const saved = await onSetPin(pin);
            if (saved) finishEditing();
            return saved;
          }}
        />
      ) : (
        <div className="card-dialog-buttons">
          <button type="button" ref={setButton} onClick={() => { setEditing(true); }}>{hasPin ? t('cards.changePin') : t('cards.setPin')}</button>
          {hasPin && <button type="button" className="danger-quiet" onClick={() => { void onRemovePin(); }}>{t('cards.removePin')}</button>}
        </div>
      )}
    </section>
  );
}
