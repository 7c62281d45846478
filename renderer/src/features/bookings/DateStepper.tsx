import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { addLocalDays, type LocalDate } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import type { TimelineView } from './useBookingTimeline';

/** The day (rooms) or week (desks) the timeline shows: a step back, today, a step on, or any date. */
export function DateStepper({ view, date, firstDay, today, onChange }: {
  view: TimelineView;
  date: LocalDate;
  firstDay: LocalDate;
  today: LocalDate;
  onChange: (date: LocalDate) => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const inputId = useId();
  const step = view === 'rooms' ? 1 : 7;
  const heading = view === 'rooms'
    ? format.localDateLong(date)
    : t('bookings.weekOf', { from: format.localDate(firstDay), to: format.localDate(addLocalDays(firstDay, 6)) });
  const showsToday = view === 'rooms' ? date === today : today >= firstDay && today < addLocalDays(firstDay, 7);
  return (
    <div className="date-stepper">
      <h2 className="date-stepper-heading" aria-live="polite">{heading}{showsToday && <span className="date-stepper-today"> · {t(view === 'rooms' ? 'bookings.today' : 'bookings.thisWeek')}</span>}</h2>
      <div className="date-stepper-controls">
        <button type="button" onClick={() => { onChange(addLocalDays(date, -step)); }}>
          <span aria-hidden="true">‹ </span>{t(view === 'rooms' ? 'bookings.previousDay' : 'bookings.previousWeek')}
        </button>
        <button type="button" disabled={showsToday} onClick={() => { onChange(today); }}>{t(view === 'rooms' ? 'bookings.goToday' : 'bookings.goThisWeek')}</button>
        <button type="button" onClick={() => { onChange(addLocalDays(date, step)); }}>
          {t(view === 'rooms' ? 'bookings.nextDay' : 'bookings.nextWeek')}<span aria-hidden="true"> ›</span>
        </button>
        <label htmlFor={inputId} className="visually-hidden">{t('bookings.pickDate')}</label>
        <input id={inputId} type="date" value={date} onChange={(event) => { if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onChange(event.target.value); }} />
      </div>
    </div>
  );
}
