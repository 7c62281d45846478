import { useTranslation } from 'react-i18next';
import { BookingLimitsFieldset } from './BookingLimitsFieldset';
import { ClosedDatesFieldset } from './ClosedDatesFieldset';
import { OpeningHoursFieldset } from './OpeningHoursFieldset';
import { useBookingRulesForm } from './useBookingRulesForm';
import { useSettingsFormSubmit } from './useSettingsFormSubmit';
import './settings.css';

/** Settings → Booking rules: the hub's booking policy, which members at the door are held to. */
export function BookingRulesForm() {
  const { t } = useTranslation();
  const form = useBookingRulesForm();
  const { formRef, submit } = useSettingsFormSubmit(form.save);
  return (
    <form ref={formRef} className="card booking-rules-form" aria-labelledby="booking-rules-title" onSubmit={submit} noValidate>
      <h2 id="booking-rules-title">{t('bookingRules.title')}</h2>
      <p className="field-help">{t('bookingRules.intro')}</p>
      <OpeningHoursFieldset days={form.draft.days} errors={form.errors.days} onChange={form.setDay} />
      <ClosedDatesFieldset form={form} />
      <BookingLimitsFieldset draft={form.draft} errors={form.errors.limits} onChange={form.setLimit} />
      {form.errors.unexplained && <p className="form-error" role="alert">{t('bookingRules.errors.unexplained')}</p>}
      <div className="booking-rules-actions">
        <button type="submit" className="primary" disabled={form.busy || !form.changed}>{t('bookingRules.save')}</button>
        <button type="button" disabled={form.busy || form.atDefaults} onClick={() => { void form.reset(); }}>{t('bookingRules.reset')}</button>
      </div>
    </form>
  );
}
