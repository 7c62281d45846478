import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../../app/Dialog';
import type { ExportKind } from '../../../data/bookingExport';
import { useHubTimeZone } from '../../../data/liveQueries';
import { FormField } from '../../members/FormField';
import { useBookingExport, useThisMonth } from './useBookingExport';
import './bookingExport.css';

/** Bookings → Export CSV: a date range, bookings or occupancy, progress by the week and Cancel. */
export function BookingExportDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const zone = useHubTimeZone();
  const month = useThisMonth();
  const [from, setFrom] = useState<string>(month.from);
  const [to, setTo] = useState<string>(month.to);
  const [kind, setKind] = useState<ExportKind>('bookings');
  const { state, start, cancel } = useBookingExport();
  const running = state.kind === 'running';
  const progressId = useId();
  const title = t('bookingExport.title');
  const close = () => {
    if (running) cancel();
    onClose();
  };

  return (
    <Dialog title={title} onClose={close} className="editor-dialog booking-dialog booking-export-dialog">
      <h2>{title}</h2>
      <p className="muted">{t('bookingExport.intro', { zone })}</p>
      <form className="booking-form" noValidate onSubmit={(event) => { event.preventDefault(); void start(kind, from, to); }}>
        <div className="booking-export-range">
          <FormField label={t('bookingExport.from')} error={null} required>
            {(props) => <input {...props} type="date" value={from} disabled={running} onChange={(event) => { setFrom(event.target.value); }} />}
          </FormField>
          <FormField label={t('bookingExport.to')} error={null} required>
            {(props) => <input {...props} type="date" value={to} disabled={running} onChange={(event) => { setTo(event.target.value); }} />}
          </FormField>
        </div>
        <fieldset className="field" disabled={running}>
          <legend>{t('bookingExport.whatLegend')}</legend>
          <label className="radio-field"><input type="radio" name="booking-export-kind" checked={kind === 'bookings'} onChange={() => { setKind('bookings'); }} />{t('bookingExport.kindBookings')}</label>
          <label className="radio-field"><input type="radio" name="booking-export-kind" checked={kind === 'occupancy'} onChange={() => { setKind('occupancy'); }} />{t('bookingExport.kindOccupancy')}</label>
        </fieldset>
        {running && (
          <div className="booking-export-progress">
            <progress max={state.total} value={state.done} aria-label={t('bookingExport.progressLabel')} aria-describedby={progressId} />
            <p id={progressId} role="status">{t('bookingExport.progress', { done: Math.min(state.done + 1, state.total), total: state.total })}</p>
          </div>
        )}
        {state.kind === 'problem' && <p className="form-error" role="alert">{state.text}</p>}
        {state.kind === 'saved' && <p className="booking-export-saved" role="status">{t('bookingExport.done', { count: state.rows, file: state.file })}</p>}
        {state.kind === 'cancelled' && <p role="status">{t('bookingExport.cancelled')}</p>}
        <div className="dialog-actions">
          {running
            ? <button type="button" onClick={cancel}>{t('bookingExport.cancel')}</button>
            : <button type="button" onClick={close}>{t('bookingExport.close')}</button>}
          <button type="submit" className="primary" disabled={running}>{t('bookingExport.export')}</button>
        </div>
      </form>
    </Dialog>
  );
}
