import { useId, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayDraft, DayError, Weekday } from './bookingRulesDraft';

const weekdayKeys = { 1: 'monday', 2: 'tuesday', 3: 'wednesday', 4: 'thursday', 5: 'friday', 6: 'saturday', 7: 'sunday' } as const;

/** The week, Monday first: each day open or closed, with its hours by the quarter hour. */
export function OpeningHoursFieldset({ days, errors, onChange }: {
  days: readonly DayDraft[];
  errors: Partial<Record<Weekday, DayError>>;
  onChange: (weekday: Weekday, patch: Partial<DayDraft>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const opensId = `${id}-opens`;
  const closesId = `${id}-closes`;
  return (
    <fieldset className="settings-group booking-week" aria-describedby={`${id}-help`}>
      <legend>{t('bookingRules.weekLegend')}</legend>
      <p className="field-help" id={`${id}-help`}>{t('bookingRules.weekHelp')}</p>
      <div className="booking-week-days">
        <div className="booking-week-grid">
          <div className="booking-week-head" aria-hidden="true">
            <span />
            <span id={opensId}>{t('bookingRules.opens')}</span>
            <span id={closesId}>{t('bookingRules.closes')}</span>
          </div>
          {days.map((day) => (
            <DayRow key={day.weekday} day={day} error={errors[day.weekday] ?? null} headIds={{ opens: opensId, closes: closesId }} onChange={onChange} />
          ))}
        </div>
      </div>
      {days.every((day) => !day.open) && <p className="settings-note">{t('bookingRules.allClosed')}</p>}
    </fieldset>
  );
}

/** One weekday: its name is the open/closed box, and each time is named by its column and the day ("Opens Monday"). */
function DayRow({ day, error, headIds, onChange }: {
  day: DayDraft;
  error: DayError | null;
  headIds: { opens: string; closes: string };
  onChange: (weekday: Weekday, patch: Partial<DayDraft>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const nameId = `${id}-name`;
  const errorId = `${id}-error`;
  const dayName = t(`bookingRules.weekday.${weekdayKeys[day.weekday]}`);
  const timeProps = (which: 'opens' | 'closes') => ({
    type: 'time',
    step: 900,
    className: 'booking-time',
    value: day[which],
    'aria-labelledby': `${headIds[which]} ${nameId}`,
    'aria-invalid': error === 'notATime' || (error === 'closesBeforeOpens' && which === 'closes'),
    'aria-describedby': error ? errorId : undefined,
    onChange: (event: ChangeEvent<HTMLInputElement>) => { onChange(day.weekday, { [which]: event.target.value }); },
  });
  return (
    <div className={`booking-day${day.open ? '' : ' booking-day-shut'}${error ? ' field-invalid' : ''}`} role="group" aria-labelledby={nameId}>
      <label className="check-field">
        <input type="checkbox" checked={day.open} onChange={(event) => { onChange(day.weekday, { open: event.target.checked }); }} />
        <span id={nameId}>{dayName}</span>
      </label>
      {day.open ? (
        <>
          <input {...timeProps('opens')} />
          <input {...timeProps('closes')} />
        </>
      ) : <span className="booking-day-closed muted">{t('bookingRules.closedDay')}</span>}
      {error && (
        <p className="field-error booking-day-error" id={errorId}>
          {error === 'notATime' ? t('bookingRules.errors.notATime') : t('bookingRules.errors.closesBeforeOpens', { day: dayName, opens: day.opens })}
        </p>
      )}
    </div>
  );
}
