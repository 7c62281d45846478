import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { SettingsField } from './SettingsField';
import type { BookingRulesForm, DateRefusal } from './useBookingRulesForm';

/** Holidays: add a day, see them in date order in the reader's language, remove one or every day that has passed. */
export function ClosedDatesFieldset({ form }: { form: BookingRulesForm }) {
  const { t } = useTranslation();
  const { localDate } = useFormatting();
  const { closedDate, draft, pastDates, today } = form;
  const dayText = (date: LocalDate) => `${localDate(date)} ${date.slice(0, 4)}`;
  const refusalText = (refusal: DateRefusal | null) => {
    if (!refusal) return null;
    return refusal.kind === 'noDate' ? t('bookingRules.errors.noDate') : t(`bookingRules.errors.${refusal.kind}`, { date: dayText(refusal.date) });
  };
  // Enter in the date field adds the day, rather than saving the whole form.
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    closedDate.add();
  };
  return (
    <fieldset className="settings-group">
      <legend>{t('bookingRules.closedLegend')}</legend>
      <p className="field-help">{t('bookingRules.closedHelp')}</p>
      <div className="closed-date-add">
        <SettingsField label={t('bookingRules.closedAdd')} error={refusalText(closedDate.refusal)}>
          {(props) => <input {...props} type="date" min={today} value={closedDate.typed} onChange={(event) => { closedDate.type(event.target.value); }} onKeyDown={addOnEnter} />}
        </SettingsField>
        <button type="button" onClick={() => { closedDate.add(); }}>{t('bookingRules.closedAddButton')}</button>
      </div>
      {draft.closedDates.length === 0 ? <p className="muted">{t('bookingRules.closedNone')}</p> : (
        <ul className="closed-dates">
          {draft.closedDates.map((date) => (
            <li key={date}>
              <time dateTime={date}>{dayText(date)}</time>
              {date < today && <span className="closed-date-passed">{t('bookingRules.closedPassed')}</span>}
              <button type="button" className="danger-quiet" aria-label={t('bookingRules.closedRemoveDay', { date: dayText(date) })} onClick={() => { form.removeDate(date); }}>
                {t('bookingRules.closedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {pastDates.length > 0 && <button type="button" onClick={form.clearPast}>{t('bookingRules.clearPast', { count: pastDates.length })}</button>}
      {form.errors.closedDates && <p className="field-error">{t('bookingRules.errors.tooMany')}</p>}
    </fieldset>
  );
}
