import { useTranslation } from 'react-i18next';
import { lengthParts, roomLengthOptions, type BookingRulesDraft, type LimitField } from './bookingRulesDraft';
import { SettingsField } from './SettingsField';

/** How far ahead, how long a room, how many at once: the limits a member books within. */
export function BookingLimitsFieldset({ draft, errors, onChange }: {
  draft: BookingRulesDraft;
  errors: Partial<Record<LimitField, true>>;
  onChange: (field: LimitField, value: string) => void;
}) {
  const { t } = useTranslation();
  const errorOf = (field: LimitField) => (errors[field] ? t(`bookingRules.errors.${field}`) : null);
  const lengthText = (minutes: number) => {
    const parts = lengthParts(minutes);
    const hours = t('bookingRules.hours', { count: parts.hours });
    const rest = t('bookingRules.minutes', { count: parts.minutes });
    if (parts.hours === 0) return rest;
    return parts.minutes === 0 ? hours : t('bookingRules.hoursMinutes', { hours, minutes: rest });
  };
  return (
    <fieldset className="settings-group">
      <legend>{t('bookingRules.limitsLegend')}</legend>
      <SettingsField label={t('bookingRules.maxDaysAhead')} help={t('bookingRules.maxDaysAheadHelp')} error={errorOf('maxDaysAhead')} required>
        {(props) => (
          <span className="input-with-unit">
            <input {...props} className="short-input" type="number" min={0} max={730} step={1} value={draft.maxDaysAhead} onChange={(event) => { onChange('maxDaysAhead', event.target.value); }} />
            <span>{t('bookingRules.days')}</span>
          </span>
        )}
      </SettingsField>
      <SettingsField label={t('bookingRules.maxRoomMinutes')} error={errorOf('maxRoomMinutes')} required>
        {(props) => (
          <select {...props} className="length-select" value={draft.maxRoomMinutes} onChange={(event) => { onChange('maxRoomMinutes', event.target.value); }}>
            {roomLengthOptions(draft.maxRoomMinutes).map((minutes) => <option key={minutes} value={String(minutes)}>{lengthText(minutes)}</option>)}
          </select>
        )}
      </SettingsField>
      <SettingsField label={t('bookingRules.maxActivePerMember')} help={t('bookingRules.maxActivePerMemberHelp')} error={errorOf('maxActivePerMember')} required>
        {(props) => <input {...props} className="short-input" type="number" min={1} max={500} step={1} value={draft.maxActivePerMember} onChange={(event) => { onChange('maxActivePerMember', event.target.value); }} />}
      </SettingsField>
    </fieldset>
  );
}
