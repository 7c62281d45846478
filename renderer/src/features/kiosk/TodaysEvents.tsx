import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataContext } from '../../app/services';
import { useTodaysBookings } from '../../data/liveQueries';
import { useRooms } from '../../data/liveQueries';
import { todaysEvents } from './todaysEvents';
import { useFormatting } from '../../app/formatting';

/** Today's events: title, time and room only, never who booked them. */
export function TodaysEvents() {
  const { t } = useTranslation();
  const { now } = useDataContext();
  const bookings = useTodaysBookings();
  const rooms = useRooms();
  const format = useFormatting();
  const events = useMemo(() => todaysEvents(bookings ?? [], rooms ?? [], now()), [bookings, rooms, now]);
  return (
    <section className="kiosk-events" aria-labelledby="kiosk-events-title">
      <h2 id="kiosk-events-title">{t('kiosk.attract.eventsTitle')}</h2>
      {events.length === 0 ? (
        <p className="muted">{t('kiosk.attract.noEvents')}</p>
      ) : (
        <ul>
          {events.slice(0, 6).map((event) => (
            <li key={event.id}>
              <span className="kiosk-event-time">{t('kiosk.attract.eventTime', { start: format.kioskTime(event.startsAt), end: format.kioskTime(event.endsAt) })}</span>
              <span className="kiosk-event-title">{event.title}</span>
              {event.roomName && <span className="kiosk-event-room">{event.roomName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
