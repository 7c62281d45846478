import { useTranslation } from 'react-i18next';
import type { BookingSeries } from '@core/schemas';
import { zonedDateOf } from '@core/time/zonedTime';
import { Dialog } from '../../app/Dialog';
import { useFormatting } from '../../app/formatting';
import { useHubTimeZone } from '../../data/liveQueries';
import type { PlacedBooking } from './useBookingTimeline';

/** One date of a weekly booking: what the series is, changing its days or times, cancelling this date or the rest of it (with undo); a date the hub released says so. */
export function SeriesOccurrenceDialog({ placed, series, placeName, onChange, onSkip, onEndFrom, onClose }: {
  placed: PlacedBooking;
  series: BookingSeries;
  placeName: string;
  /** Opens the change of the series' days or times, from this date on. */
  onChange: () => void;
  onSkip: () => void;
  onEndFrom: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatting();
  const timeZone = useHubTimeZone();
  const title = t('bookings.series.dialogTitle', { place: placeName });
  const date = zonedDateOf(new Date(placed.booking.startsAt), timeZone);
  const rule = t('bookings.series.rule', { days: format.list(series.weekdays.map((day) => format.weekday(day))), from: series.startTime, to: series.endTime });
  const released = placed.booking.status === 'released';
  const end = series.until ? t('bookings.series.ruleUntil', { date: format.localDate(series.until) }) : t('bookings.series.ruleCount', { count: series.count ?? 0 });
  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog booking-dialog">
      <h2>{title}</h2>
      <p className="series-who">{placed.who}</p>
      <p>{rule}, {end}.</p>
      <p><strong>{t('bookings.series.thisDate', { date: format.localDateLong(date) })}</strong></p>
      {released && <p className="booking-released">{t('bookings.series.releasedDate')}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={onChange}>{t('seriesEdit.open')}</button>
        <button type="button" className="danger-quiet" onClick={() => { onEndFrom(); onClose(); }}>{t('bookings.series.endFromHere')}</button>
        {!released && <button type="button" className="danger-quiet" onClick={() => { onSkip(); onClose(); }}>{t('bookings.series.skipDate')}</button>}
        <button type="button" className="primary" onClick={onClose}>{t('bookings.close')}</button>
      </div>
    </Dialog>
  );
}
