import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingSeriesFields } from '@core/bookings/bookingSeries';
import type { Booking } from '@core/schemas';
import { Dialog } from '../../app/Dialog';
import { FormField } from '../members/FormField';
import { MemberPicker } from '../members/MemberPicker';
import { BookingTimeFields } from './BookingTimeFields';
import { PublicEventFields } from './PublicEventFields';
import { SeriesFields } from './SeriesFields';
import { useSeriesDraft } from './useSeriesDraft';
import { validateBookingDraft, type BookingDraft, type BookingDraftErrors } from './bookingDraft';
import type { BookingFormResult } from './useBookingActions';
import { useBookingCheck } from './useBookingCheck';
import type { TimelineRow } from './useBookingTimeline';

export interface BookingDialogProps {
  /** The booking opened, or null for a new one. */
  booking: Booking | null;
  initial: BookingDraft;
  places: readonly TimelineRow[];
  /** Why the hub refused the opened booking, in the reader's words; null when it did not. */
  refusal: string | null;
  memberName: (memberId: string) => string | undefined;
  onSave: (draft: BookingDraft) => Promise<BookingFormResult>;
  /** Makes a weekly series of a new booking; true when it was made. */
  onCreateSeries: (fields: BookingSeriesFields) => Promise<boolean>;
  onCancelBooking: (booking: Booking) => Promise<boolean>;
  /** Downloads the opened booking as an .ics file. */
  onDownloadIcs: (booking: Booking) => void;
  onClose: () => void;
}

/** Books a desk or room, or changes or cancels a booking. Nothing typed is lost when a check fails. */
export function BookingDialog({ booking, initial, places, refusal, memberName, onSave, onCreateSeries, onCancelBooking, onDownloadIcs, onClose }: BookingDialogProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<BookingDraftErrors>({});
  const [refused, setRefused] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = useBookingCheck(booking?.id ?? null, draft);
  const series = useSeriesDraft(draft);
  // A series skips its taken dates: the first one being taken does not stop it.
  const repeating = booking === null && series.draft.repeat;
  const update = (patch: Partial<BookingDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    setRefused(null);
    // A field marked wrong is checked again as it changes, so its message goes once it is right.
    setErrors((shown) => Object.fromEntries(Object.entries(validateBookingDraft(next)).filter(([field]) => field in shown)));
  };
  const isDesk = draft.resourceKind === 'desk';
  const released = booking?.status === 'released';
  const placeName = places.find((place) => place.id === (booking?.resourceId ?? ''))?.label ?? '';
  const title = booking ? t('bookings.dialogEditTitle', { place: placeName }) : t(isDesk ? 'bookings.dialogNewDesk' : 'bookings.dialogNewRoom');
  const error = (field: keyof BookingDraftErrors) => (errors[field] ? t(`bookings.errors.${errors[field]}`) : null);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const found = validateBookingDraft(draft);
    setErrors(found);
    if (repeating) {
      const fields = series.check();
      if (Object.keys(found).length > 0 || !fields) return;
      setBusy(true);
      const made = await onCreateSeries(fields);
      setBusy(false);
      if (made) onClose();
      return;
    }
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await onSave(draft);
    setBusy(false);
    if (result.kind === 'refused') setRefused(result.reason);
    if (result.kind === 'saved') onClose();
  };
  const cancelIt = async () => {
    if (!booking) return;
    setBusy(true);
    const done = await onCancelBooking(booking);
    setBusy(false);
    if (done) onClose();
  };

  return (
    <Dialog title={title} onClose={onClose} className="editor-dialog booking-dialog">
      <h2>{title}</h2>
      {refusal && <p className="booking-refusal" role="alert"><strong>{t('bookings.refusedByHub')}</strong> {refusal} {t('bookings.refusedHelp')}</p>}
      {released && <p className="booking-released">{t('bookings.releasedHelp')}</p>}
      <form className="booking-form" noValidate onSubmit={(event) => { void submit(event); }}>
        {Object.keys(errors).length > 0 && <p className="form-error" role="alert">{t('bookings.fixErrors')}</p>}
        <FormField label={t(isDesk ? 'bookings.fieldDesk' : 'bookings.fieldRoom')} error={error('resourceId')} required>
          {(props) => (
            <select {...props} value={draft.resourceId} disabled={released} onChange={(event) => { update({ resourceId: event.target.value }); }}>
              {places.map((place) => <option key={place.id} value={place.id}>{place.detail ? `${place.label} (${place.detail})` : place.label}</option>)}
            </select>
          )}
        </FormField>
        <BookingTimeFields draft={draft} errors={errors} disabled={released} onChange={update} />
        <fieldset className="field" disabled={released}>
          <legend>{t('bookings.fieldWho')}</legend>
          <label className="radio-field"><input type="radio" name="booking-who" checked={draft.who === 'member'} onChange={() => { update({ who: 'member' }); }} />{t('bookings.whoMember')}</label>
          <label className="radio-field"><input type="radio" name="booking-who" checked={draft.who === 'group'} onChange={() => { update({ who: 'group' }); }} />{t('bookings.whoGroup')}</label>
        </fieldset>
        {draft.who === 'member' && !released && (
          <>
            <MemberPicker label={t('bookings.fieldMember')} memberId={draft.memberId} memberName={draft.memberId ? memberName(draft.memberId) : undefined} onChange={(memberId) => { update({ memberId }); }} />
            {error('memberId') && <p className="field-error">{error('memberId')}</p>}
          </>
        )}
        <FormField label={t(draft.who === 'group' ? 'bookings.fieldGroupName' : 'bookings.fieldPurpose')} error={error('title')} required={draft.who === 'group'}>
          {(props) => <input {...props} value={draft.title} maxLength={120} autoComplete="off" disabled={released} onChange={(event) => { update({ title: event.target.value }); }} />}
        </FormField>
        {!isDesk && <PublicEventFields draft={draft} errors={errors} disabled={released} onChange={update} />}
        {booking === null && <SeriesFields draft={series.draft} errors={series.errors} fields={series.fields} onChange={series.update} />}
        <div className="booking-check" role="status" hidden={repeating}>
          {(refused ?? check.conflict) && <p className="booking-check-conflict">{refused ?? check.conflict}</p>}
          {!refused && !check.conflict && check.memberRule && <p className="booking-check-note">{t('bookings.hostMayStepOutside', { reason: check.memberRule })}</p>}
        </div>
        <div className="dialog-actions">
          {booking && !released && <button type="button" className="danger-quiet" disabled={busy} onClick={() => { void cancelIt(); }}>{t(booking.status === 'rejected' ? 'bookings.remove' : 'bookings.cancelBooking')}</button>}
          {booking?.status === 'confirmed' && <button type="button" onClick={() => { onDownloadIcs(booking); }}>{t('bookings.downloadIcs')}</button>}
          <button type="button" onClick={onClose}>{t('bookings.close')}</button>
          {!released && <button type="submit" className="primary" disabled={busy || (!repeating && check.conflict !== null)}>{t(booking ? 'bookings.save' : 'bookings.book')}</button>}
        </div>
      </form>
    </Dialog>
  );
}
