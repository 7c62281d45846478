import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Consent } from '@core/schemas';
import { useFormatting } from '../../app/formatting';

/**
 * Off by default; turning it on records the day the member agreed. The visible label says what
 * the switch does, never the state it is in, so ticking it can only mean "show it"; the state
 * ("Shown since 1 Dec 2026" / "Not shown") sits beside it and is its description.
 */
export function ConsentSwitch({ label, name = label, consent, onChange }: {
  /** What turning it on does, shown beside the switch, e.g. "Show on public screens". */
  label: string;
  /** The accessible name when one label serves many fields; it starts with `label`, e.g. "Show on public screens: Phone". */
  name?: string;
  consent: Consent | undefined;
  onChange: (makePublic: boolean) => void;
}) {
  const { t } = useTranslation();
  const { date } = useFormatting();
  const stateId = useId();
  const isPublic = consent?.public === true;
  const state = isPublic && consent.consentedAt ? t('editor.consentShownSince', { date: date(consent.consentedAt) }) : t('editor.consentNotShown');
  return (
    <label className="consent-switch" data-on={isPublic}>
      <input
        type="checkbox"
        role="switch"
        checked={isPublic}
        aria-label={name}
        aria-describedby={stateId}
        onChange={(event) => { onChange(event.target.checked); }}
      />
      <span className="consent-text">
        <span className="consent-label">{label}</span>
        <span className="consent-state" id={stateId}>{state}</span>
      </span>
    </label>
  );
}
