import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormField } from '../members/FormField';
import { emptyPinEntry, pinDigits, pinEntryProblems, type PinEntry } from './pinEntry';
import './cards.css';

/**
 * A new PIN, typed twice and masked: a member's 4-digit check-in PIN or the 6-digit host PIN.
 * The PIN itself is never shown again once saved.
 */
export function PinForm({ length, saveLabel, onSave, onCancel }: {
  length: number;
  saveLabel: string;
  onSave: (pin: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [entry, setEntry] = useState<PinEntry>(emptyPinEntry);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems = pinEntryProblems(entry, length);
  const shown = tried ? problems : { pin: null, confirm: null };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    setTried(true);
    if (problems.pin || problems.confirm) return;
    setSaving(true);
    void onSave(entry.pin).finally(() => { setSaving(false); });
  };
  const digitsInput = (field: keyof PinEntry) => ({
    type: 'password',
    inputMode: 'numeric' as const,
    autoComplete: 'off',
    maxLength: length,
    className: 'pin-input',
    value: entry[field],
    onChange: (event: { target: { value: string } }) => { setEntry({ ...entry, [field]: pinDigits(event.target.value, length) }); },
  });

  return (
    <form className="pin-form" onSubmit={submit} noValidate>
      <FormField label={t('cards.pinLength.newPin', { digits: length })} error={shown.pin && t('cards.pinLength.format', { digits: length })} required>
        {(props) => <input {...props} {...digitsInput('pin')} autoFocus />}
      </FormField>
      <FormField label={t('cards.confirmPin')} error={shown.confirm && t('cards.pinErrors.mismatch')} required>
        {(props) => <input {...props} {...digitsInput('confirm')} />}
      </FormField>
      <div className="pin-form-actions">
        <button type="button" onClick={onCancel}>{t('cards.cancel')}</button>
        <button type="submit" className="primary" disabled={saving}>{saveLabel}</button>
      </div>
    </form>
  );
}
