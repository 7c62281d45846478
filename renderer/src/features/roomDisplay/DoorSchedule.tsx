import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import type { RoomDoor } from './useRoomDoor';

/** The meetings still to come today: times, and a public event's title; the door never says who booked or why. */
export function DoorSchedule({ room }: { room: RoomDoor }) {
  const { t } = useTranslation();
  const { timeOfDay } = useFormatting();
  const today = room.door.upcoming.filter((booking) => room.isToday(booking.startsAt));
  return (
    <section className="door-schedule" aria-labelledby="door-schedule-title">
      <h2 id="door-schedule-title">{t('roomDisplay.nextTitle')}</h2>
      {today.length === 0 ? <p className="muted">{t('roomDisplay.nothingLater')}</p> : (
        <ul>
          {today.map((booking) => (
            <li key={booking.id}>
              <span className="door-times">{t('roomDisplay.meeting', { from: timeOfDay(booking.startsAt), until: timeOfDay(booking.endsAt) })}</span>
              {booking.publicEvent && <span className="door-event-title">{booking.publicEvent.title}</span>}
              {room.waitingIds.has(booking.id) && <span className="door-waiting">{t('roomDisplay.waiting')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
