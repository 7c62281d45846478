import { useTranslation } from 'react-i18next';
import type { PublicEventToday } from '@core/bookings/publicEvents';
import { useFormatting } from '../../app/formatting';
import type { RoomBookingsToday } from './todaysEvents';

/** The start screen has room for a few lines: public events first, then when rooms are taken. */
const MAX_LINES_SHOWN = 4;

/** Today at the hub: the public events by their own words, and when the rooms are booked otherwise. */
export function TodaysEvents({ roomBookings, events }: { roomBookings: RoomBookingsToday; events: readonly PublicEventToday[] }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { count, upcoming } = roomBookings;
  const time = (slot: { startsAt: string; endsAt: string }) => t('kiosk.attract.eventTime', { start: format.kioskTime(slot.startsAt), end: format.kioskTime(slot.endsAt) });
  const shownEvents = events.slice(0, MAX_LINES_SHOWN);
  const shownSlots = upcoming.slice(0, Math.max(0, MAX_LINES_SHOWN - shownEvents.length));
  return (
    <section className="kiosk-events" aria-labelledby="kiosk-events-title">
      <h2 id="kiosk-events-title">{t('kiosk.attract.eventsTitle')}</h2>
      {shownEvents.length === 0 ? <p className="muted">{t('kiosk.attract.noPublicEvents')}</p> : (
        <ul aria-label={t('kiosk.attract.publicEventsList')} className="kiosk-public-events">
          {shownEvents.map((event) => (
            <li key={event.id}>
              <span className="kiosk-event-time">{time(event)}</span>
              <span className="kiosk-event-title">{event.title}</span>
              {event.roomName && <span className="kiosk-event-room">{event.roomName}</span>}
              {event.description && <span className="kiosk-event-description">{event.description}</span>}
            </li>
          ))}
        </ul>
      )}
      <p>{count === 0 ? t('kiosk.attract.noRoomBookings') : t('kiosk.attract.roomBookings', { count })}</p>
      {shownSlots.length > 0 && (
        <ul aria-label={t('kiosk.attract.roomBookingsList')}>
          {shownSlots.map((slot) => (
            <li key={slot.id}>
              <span className="kiosk-event-time">{time(slot)}</span>
              {slot.roomName && <span className="kiosk-event-room">{slot.roomName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
