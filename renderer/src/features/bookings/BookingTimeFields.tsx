import { useTranslation } from 'react-i18next';
import { dayHours, deskPartSpan, type DeskPart } from '@core/bookings/bookingGrid';
import { bookingPolicyOf } from '@core/schemas';
import { useFormatting } from '../../app/formatting';
import { useHubSettings } from '../../data/liveQueries';
import { FormField } from '../members/FormField';
import { quarterHours, type BookingDraft, type BookingDraftErrors } from './bookingDraft';

const parts: readonly DeskPart[] = ['day', 'morning', 'afternoon'];

type TimeFieldProps = {
  draft: BookingDraft;
  errors: BookingDraftErrors;
  disabled: boolean;
  onChange: (patch: Partial<BookingDraft>) => void;
};

/** The day, and the times of a room booking or the part of the day of a desk booking, on the hub's clock. */
export function BookingTimeFields(props: TimeFieldProps) {
  const { t } = useTranslation();
  const { draft, errors, disabled, onChange } = props;
  return (
    <>
      <FormField label={t('bookings.fieldDate')} error={errors.date ? t(`bookings.errors.${errors.date}`) : null} required>
        {(field) => <input {...field} type="date" value={draft.date} disabled={disabled} onChange={(event) => { onChange({ date: event.target.value }); }} />}
      </FormField>
      <BookingHours {...props} />
    </>
  );
}

/** The times of a room booking, or the part of the day of a desk booking, on the booking's day. */
export function BookingHours({ draft, errors, disabled, onChange }: TimeFieldProps) {
  const { t } = useTranslation();
  const { timeOfDay } = useFormatting();
  const settings = useHubSettings();
  const { timeZone } = settings;
  const hours = dayHours(draft.date, bookingPolicyOf(settings));
  const error = (field: keyof BookingDraftErrors) => (errors[field] ? t(`bookings.errors.${errors[field]}`) : null);
  const partText = (part: DeskPart) => {
    const span = deskPartSpan(draft.date, part, hours, timeZone);
    return t(`bookings.part.${part}`, { from: timeOfDay(span.startsAt), to: timeOfDay(span.endsAt) });
  };
  return (
    <>
      {draft.resourceKind === 'room' ? (
        <div className="booking-form-row">
          <FormField label={t('bookings.fieldFrom')} error={null} required>
            {(props) => (
              <select {...props} value={draft.from} disabled={disabled} onChange={(event) => { onChange({ from: event.target.value }); }}>
                {quarterHours.slice(0, -1).map((time) => <option key={time} value={time}>{time}</option>)}
              </select>
            )}
          </FormField>
          <FormField label={t('bookings.fieldTo')} error={error('to')} required>
            {(props) => (
              <select {...props} value={draft.to} disabled={disabled} onChange={(event) => { onChange({ to: event.target.value }); }}>
                {quarterHours.slice(1).map((time) => <option key={time} value={time}>{time}</option>)}
              </select>
            )}
          </FormField>
        </div>
      ) : (
        <fieldset className="field" disabled={disabled}>
          <legend>{t('bookings.fieldPart')}</legend>
          {parts.map((part) => (
            <label key={part} className="radio-field">
              <input type="radio" name="booking-part" checked={draft.part === part} onChange={() => { onChange({ part }); }} />
              {partText(part)}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
