import { useTranslation } from 'react-i18next';
import type { Consent } from '@core/schemas';
import { useFormatting } from '../../app/formatting';

/** Private by default; turning it on records the day the member agreed. */
export function ConsentSwitch({ label, consent, onChange }: {
  /** The switch's full accessible name, e.g. "Show “Company” on the kiosk and wall display". */
  label: string;
  consent: Consent | undefined;
  onChange: (makePublic: boolean) => void;
}) {
  const { t } = useTranslation();
  const { date } = useFormatting();
  const isPublic = consent?.public === true;
  return (
    <label className="consent-switch">
      <input
        type="checkbox"
        role="switch"
        checked={isPublic}
        aria-label={label}
        onChange={(event) => { onChange(event.target.checked); }}
      />
      <span className="consent-state">
        {isPublic && consent.consentedAt ? t('editor.consentPublicSince', { date: date(consent.consentedAt) }) : t('editor.consentPrivate')}
      </span>
    </label>
  );
}
