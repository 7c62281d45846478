import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';
import { useFormatting } from '../../app/formatting';
import { useSeriesPlan } from '../../data/liveQueries';
import { FormField } from '../members/FormField';
import type { SeriesDraft, SeriesDraftErrors } from './seriesDraft';
import { SeriesPlanPreview } from './SeriesPlanPreview';

const WEEK = [1, 2, 3, 4, 5, 6, 7] as const;

/** "Repeat every week" on a new booking: the days, the end, and which dates are taken, before the host confirms. */
export function SeriesFields({ draft, errors, fields, onChange }: {
  draft: SeriesDraft;
  errors: SeriesDraftErrors;
  /** The series as typed, when it is whole; its plan is shown live. */
  fields: BookingSeriesFields | null;
  onChange: (patch: Partial<SeriesDraft>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="booking-series">
      <label className="check-field">
        <input type="checkbox" checked={draft.repeat} onChange={(event) => { onChange({ repeat: event.target.checked }); }} />
        {t('bookings.series.repeat')}
      </label>
      {draft.repeat && (
        <>
          <SeriesRuleFields draft={draft} errors={errors} onChange={onChange} />
          <NewSeriesPlan fields={fields} />
        </>
      )}
    </div>
  );
}

function NewSeriesPlan({ fields }: { fields: BookingSeriesFields | null }) {
  return <SeriesPlanPreview plan={useSeriesPlan(fields)} />;
}

/** A series' weekdays and its end (a last day or a number of times), for a new series and a changed one. */
export function SeriesRuleFields({ draft, errors, onChange }: {
  draft: SeriesDraft;
  errors: SeriesDraftErrors;
  onChange: (patch: Partial<SeriesDraft>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const error = (field: keyof SeriesDraftErrors) => (errors[field] ? t(`bookings.seriesErrors.${errors[field]}`) : null);
  const toggleDay = (day: number) => { onChange({ weekdays: draft.weekdays.includes(day) ? draft.weekdays.filter((found) => found !== day) : [...draft.weekdays, day] }); };
  const weekdaysErrorId = useId();
  return (
    <>
      {error('to') && <p className="field-error">{error('to')}</p>}
      <fieldset className="field series-weekdays" aria-describedby={error('weekdays') ? weekdaysErrorId : undefined}>
        <legend>{t('bookings.series.weekdays')}</legend>
        {WEEK.map((day) => (
          <label key={day} className="check-field">
            <input type="checkbox" checked={draft.weekdays.includes(day)} onChange={() => { toggleDay(day); }} />
            {format.weekday(day)}
          </label>
        ))}
        {error('weekdays') && <p className="field-error" id={weekdaysErrorId}>{error('weekdays')}</p>}
      </fieldset>
      <fieldset className="field series-end">
        <legend>{t('bookings.series.ends')}</legend>
        <div className="series-end-choice">
          <label className="radio-field"><input type="radio" name="series-ends" checked={draft.endsBy === 'date'} onChange={() => { onChange({ endsBy: 'date' }); }} />{t('bookings.series.endsOn')}</label>
          {draft.endsBy === 'date' && (
            <FormField label={t('bookings.series.untilLabel')} error={error('until')}>
              {(props) => <input {...props} type="date" value={draft.until} onChange={(event) => { onChange({ until: event.target.value }); }} />}
            </FormField>
          )}
        </div>
        <div className="series-end-choice">
          <label className="radio-field"><input type="radio" name="series-ends" checked={draft.endsBy === 'count'} onChange={() => { onChange({ endsBy: 'count' }); }} />{t('bookings.series.endsAfter')}</label>
          {draft.endsBy === 'count' && (
            <FormField label={t('bookings.series.countLabel')} error={error('count')}>
              {(props) => <input {...props} inputMode="numeric" className="narrow-input" value={draft.count} onChange={(event) => { onChange({ count: event.target.value }); }} />}
            </FormField>
          )}
        </div>
      </fieldset>
    </>
  );
}

