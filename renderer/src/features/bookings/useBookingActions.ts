import { useTranslation } from 'react-i18next';
import type { BookingBreach } from '@core/bookings/bookingPolicy';
import type { Booking } from '@core/schemas';
import { zonedDateOf } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useDataContext } from '../../app/services';
import { useReportError } from '../../app/useActionFeedback';
import { cancelBooking, restoreBooking, saveHostBooking, type BookingSaveOutcome, type HostBookingFields } from '../../data/bookingRepo';
import { useHubSettings } from '../../data/liveQueries';
import { useAppStore } from '../../store/appStore';
import { breachText, heldByText } from './breachText';

/** What a booking form hears back: saved (close it), refused for a reason to show by the form, or failed (a notice said why). */
export type BookingFormResult = { kind: 'saved' } | { kind: 'refused'; reason: string } | { kind: 'failed' };

/**
 * Booking, moving and cancelling at the host desk, each told as a notice in plain words;
 * cancelling offers undo. `placeName` names a desk or room the way the timeline does.
 */
export function useBookingActions(placeName: (resourceId: string) => string, whoOf: (booking: Booking) => string) {
  const context = useDataContext();
  const notify = useAppStore((state) => state.notify);
  const reportError = useReportError();
  const { t } = useTranslation();
  const format = useFormatting();
  const { timeZone } = useHubSettings();

  const when = (booking: Pick<Booking, 'startsAt' | 'endsAt'>) => t('bookings.when', {
    day: format.localDate(zonedDateOf(new Date(booking.startsAt), timeZone)), from: format.timeOfDay(booking.startsAt), to: format.timeOfDay(booking.endsAt),
  });

  const reasonOf = (outcome: Extract<BookingSaveOutcome, { kind: 'breach' }>): string => {
    const { breach, holder } = outcome;
    if (breach.code === 'bookingConflict' && holder) return heldByText(t, format, holder, whoOf(holder));
    return breachText(t, format, breach);
  };

  const save = async (id: string | null, fields: HostBookingFields): Promise<BookingFormResult> => {
    try {
      const outcome = await saveHostBooking(context, id, fields);
      if (outcome.kind === 'breach') return { kind: 'refused', reason: reasonOf(outcome) };
      if (outcome.kind === 'gone') {
        notify({ kind: 'error', text: t('bookings.gone') });
        return { kind: 'failed' };
      }
      const text = t(id === null ? 'bookings.booked' : 'bookings.changed', { place: placeName(fields.resourceId), when: when(outcome.booking) });
      notify({ kind: 'success', text });
      return { kind: 'saved' };
    } catch (error) {
      reportError(error);
      return { kind: 'failed' };
    }
  };

  const restore = async (booking: Booking) => {
    try {
      const outcome = await restoreBooking(context, booking.id);
      if (outcome.kind === 'breach') notify({ kind: 'attention', text: t('bookings.restoreTaken', { reason: reasonOf(outcome) }) });
      else if (outcome.kind === 'gone') notify({ kind: 'error', text: t('bookings.gone') });
      else notify({ kind: 'success', text: t('bookings.restored', { place: placeName(booking.resourceId), when: when(booking) }) });
    } catch (error) {
      reportError(error);
    }
  };

  const cancel = async (booking: Booking): Promise<boolean> => {
    try {
      const outcome = await cancelBooking(context, booking.id);
      if (outcome.kind === 'gone') {
        notify({ kind: 'error', text: t('bookings.gone') });
        return false;
      }
      // A refused booking held nothing: clearing it away needs no undo.
      const undo = booking.status === 'confirmed' ? { undo: () => { void restore(booking); } } : {};
      notify({ kind: 'success', text: t('bookings.cancelled', { place: placeName(booking.resourceId), when: when(booking) }), ...undo });
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  /** A move by drag: refused moves say why in a notice, and the block goes back where it was. */
  const move = async (booking: Booking, fields: HostBookingFields) => {
    const result = await save(booking.id, fields);
    if (result.kind === 'refused') notify({ kind: 'attention', text: t('bookings.moveRefused', { reason: result.reason }) });
  };

  return { save, cancel, move, reasonOf: (breach: BookingBreach) => breachText(t, format, breach) };
}
