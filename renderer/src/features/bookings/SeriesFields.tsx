import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';
import { useFormatting } from '../../app/formatting';
import { useMembersByIds, useSeriesPlan } from '../../data/liveQueries';
import type { SeriesConflict } from '../../data/seriesRepo';
import { FormField } from '../members/FormField';
import { bookingWho, heldByText } from './breachText';
import type { SeriesDraft, SeriesDraftErrors } from './seriesDraft';

const WEEK = [1, 2, 3, 4, 5, 6, 7] as const;
const TAKEN_SHOWN = 4;

/** "Repeat every week" on a new booking: the days, the end, and which dates are taken, before the host confirms. */
export function SeriesFields({ draft, errors, fields, onChange }: {
  draft: SeriesDraft;
  errors: SeriesDraftErrors;
  /** The series as typed, when it is whole; its plan is shown live. */
  fields: BookingSeriesFields | null;
  onChange: (patch: Partial<SeriesDraft>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const error = (field: keyof SeriesDraftErrors) => (errors[field] ? t(`bookings.seriesErrors.${errors[field]}`) : null);
  const toggleDay = (day: number) => { onChange({ weekdays: draft.weekdays.includes(day) ? draft.weekdays.filter((found) => found !== day) : [...draft.weekdays, day] }); };
  const weekdaysErrorId = useId();
  return (
    <div className="booking-series">
      <label className="check-field">
        <input type="checkbox" checked={draft.repeat} onChange={(event) => { onChange({ repeat: event.target.checked }); }} />
        {t('bookings.series.repeat')}
      </label>
      {draft.repeat && (
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
          <SeriesPlanPreview fields={fields} />
        </>
      )}
    </div>
  );
}

function SeriesPlanPreview({ fields }: { fields: BookingSeriesFields | null }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const plan = useSeriesPlan(fields);
  const holderIds = (plan?.conflicts ?? []).flatMap(({ holder }) => {
    const memberId = holder.kind === 'booking' ? holder.booking.memberId : holder.series.memberId;
    return memberId ? [memberId] : [];
  });
  const holders = useMembersByIds(holderIds);
  const whoOf = (holder: { memberId: string | null; title: string }) => bookingWho(t, holder, (id) => holders?.find((member) => member.id === id)?.name);
  if (!plan) return <p className="booking-series-plan" role="status" />;
  const held = (conflict: SeriesConflict) => {
    const holder = conflict.holder.kind === 'booking' ? conflict.holder.booking : { ...conflict.holder.series, startsAt: conflict.occurrence.startsAt, endsAt: conflict.occurrence.endsAt };
    return t('bookings.series.takenBy', { day: format.localDate(conflict.occurrence.date), held: heldByText(t, format, holder, whoOf(holder)) });
  };
  return (
    <div className="booking-series-plan" role="status">
      <p>
        {t('bookings.series.planCount', { count: plan.dates })}{' '}
        {plan.bookable.length === 0 ? t('bookings.series.planNoneFree') : plan.conflicts.length === 0 ? t('bookings.series.planAllFree') : t('bookings.series.planTaken', { count: plan.conflicts.length })}
      </p>
      {plan.conflicts.length > 0 && plan.bookable.length > 0 && (
        <ul>
          {plan.conflicts.slice(0, TAKEN_SHOWN).map((conflict) => <li key={conflict.occurrence.date}>{held(conflict)}</li>)}
          {plan.conflicts.length > TAKEN_SHOWN && <li>{t('bookings.series.moreTaken', { count: plan.conflicts.length - TAKEN_SHOWN })}</li>}
        </ul>
      )}
    </div>
  );
}
