import { bookingCalendar } from '@core/calendar/bookingCalendar';
import type { Booking } from '@core/schemas';
import { zonedDateOf } from '@core/time/zonedTime';
import { useReportError } from '../../app/useActionFeedback';
import { useHubSettings } from '../../data/liveQueries';
import { downloadFile } from '../../app/downloadFile';

/**
 * One booking as an iCalendar file (RFC 5545) for the host to send on or import: the same
 * calendar code the hub's feeds use (core/calendar/bookingCalendar.ts), so the file and a
 * subscribed feed describe the booking alike (its UID, the hub's time zone).
 */
export function useBookingIcs(placeName: (resourceId: string) => string, whoOf: (booking: Booking) => string) {
  const settings = useHubSettings();
  const reportError = useReportError();
  return (booking: Booking) => {
    try {
      const summary = booking.publicEvent?.title ?? (booking.title || whoOf(booking));
      const text = bookingCalendar({ name: settings.name, timeZone: settings.timeZone, events: [{ booking, summary, location: placeName(booking.resourceId) }] });
      downloadFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), `landhub-booking-${zonedDateOf(new Date(booking.startsAt), settings.timeZone)}.ics`);
    } catch (error) {
      reportError(error);
    }
  };
}
