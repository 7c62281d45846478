import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import type { RoomBookingsToday } from './todaysEvents';

const MAX_SLOTS_SHOWN = 4;

/** Today at the hub: no public events yet (bookings cannot be marked public), and when rooms are booked. */
export function TodaysEvents({ roomBookings }: { roomBookings: RoomBookingsToday }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { count, upcoming } = roomBookings;
  return (
    <section className="kiosk-events" aria-labelledby="kiosk-events-title">
      <h2 id="kiosk-events-title">{t('kiosk.attract.eventsTitle')}</h2>
      <p className="muted">{t('kiosk.attract.noPublicEvents')}</p>
      <p>{count === 0 ? t('kiosk.attract.noRoomBookings') : t('kiosk.attract.roomBookings', { count })}</p>
      {upcoming.length > 0 && (
        <ul aria-label={t('kiosk.attract.roomBookingsList')}>
          {upcoming.slice(0, MAX_SLOTS_SHOWN).map((slot) => (
            <li key={slot.id}>
              <span className="kiosk-event-time">{t('kiosk.attract.eventTime', { start: format.kioskTime(slot.startsAt), end: format.kioskTime(slot.endsAt) })}</span>
              {slot.roomName && <span className="kiosk-event-room">{slot.roomName}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
