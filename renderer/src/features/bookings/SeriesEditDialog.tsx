import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';
import type { BookingSeries } from '@core/schemas';
import type { LocalDate } from '@core/time/zonedTime';
import { Dialog } from '../../app/Dialog';
import { FormField } from '../members/FormField';
import { BookingHours } from './BookingTimeFields';
import { SeriesRuleFields } from './SeriesFields';
import { SeriesPlanPreview } from './SeriesPlanPreview';
import { useSeriesEdit } from './useSeriesEdit';

/** Changes a weekly booking's days, times or end from a day on; the coming dates are checked live before the host saves. */
export function SeriesEditDialog({ series, occurrence, placeName, onSave, onClose }: {
  series: BookingSeries;
  occurrence: LocalDate;
  placeName: string;
  /** Saves the change; true when it was saved (the dialog then closes). */
  onSave: (fields: BookingSeriesFields) => Promise<boolean>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const edit = useSeriesEdit(series, occurrence);
  const [saving, setSaving] = useState(false);
  const title = t('seriesEdit.title', { place: placeName });
  const save = async () => {
    const fields = edit.check();
    if (!fields) return;
    setSaving(true);
    const saved = await onSave(fields);
    setSaving(false);
    if (saved) onClose();
  };
  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog booking-dialog">
      <h2>{title}</h2>
      <p className="muted">{t('seriesEdit.intro')}</p>
      <form className="booking-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <FormField label={t('seriesEdit.fromLabel')} error={edit.errors.day ? t(`seriesEdit.${edit.errors.day}`) : null} required>
          {(props) => <input {...props} type="date" value={edit.booking.date} disabled={saving} onChange={(event) => { edit.changeBooking({ date: event.target.value }); }} />}
        </FormField>
        <BookingHours draft={edit.booking} errors={edit.errors.times} disabled={saving} onChange={edit.changeBooking} />
        <div className="booking-series">
          <SeriesRuleFields draft={edit.rule} errors={edit.errors.rule} onChange={edit.changeRule} />
          <SeriesPlanPreview plan={edit.plan} />
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>{t('seriesEdit.cancel')}</button>
          <button type="submit" className="primary" disabled={saving}>{t('seriesEdit.save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
