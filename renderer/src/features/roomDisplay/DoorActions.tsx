import { isOccurrenceId } from '@core/bookings/bookingSeries';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookNowOption } from '@core/bookings/roomDoor';
import { useFormatting } from '../../app/formatting';
import { breachText } from '../bookings/breachText';
import type { RoomDoor } from './useRoomDoor';

/** A length that runs into the next meeting says so; one the hub's rules forbid points to the reason below the list. */
const unfitKey = (option: BookNowOption) => (option.breach?.code === 'bookingConflict' ? 'roomDisplay.bookNowNoRoom' : 'roomDisplay.bookNowNotAllowed');

/** What a person at the door can do: check in, end the meeting early (asked once more), or book the room now. */
export function DoorActions({ room }: { room: RoomDoor }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const { door, toConfirm, busy } = room;
  return (
    <section className="door-actions" aria-label={t('roomDisplay.bookNowTitle')}>
      {toConfirm && (
        <div className="door-check-in">
          <button type="button" className="primary door-big" disabled={busy} onClick={room.checkIn}>{t('roomDisplay.checkIn')}</button>
          <p>{room.releaseMinutes === null ? t('roomDisplay.checkInHelp') : t('roomDisplay.checkInHelpRelease', { minutes: room.releaseMinutes })}</p>
        </div>
      )}
      {/* A weekly booking's date is the hosts' to cancel: the door ends only single meetings. */}
      {door.current && !isOccurrenceId(door.current.id) && !confirmingEnd && (
        <button type="button" className="door-big" disabled={busy} onClick={() => { setConfirmingEnd(true); }}>{t('roomDisplay.endEarly')}</button>
      )}
      {door.current && !isOccurrenceId(door.current.id) && confirmingEnd && (
        <div className="door-confirm" role="group" aria-labelledby="door-end-question">
          <p id="door-end-question">{t('roomDisplay.endEarlyConfirm')}</p>
          <div className="door-confirm-buttons">
            <button type="button" className="danger door-big" disabled={busy} onClick={() => { setConfirmingEnd(false); room.endEarly(); }}>{t('roomDisplay.endEarlyYes')}</button>
            <button type="button" className="door-big" onClick={() => { setConfirmingEnd(false); }}>{t('roomDisplay.endEarlyNo')}</button>
          </div>
        </div>
      )}
      {door.bookNow.length > 0 && (
        <div className="door-book-now">
          <h2>{t('roomDisplay.bookNowTitle')}</h2>
          <ul>
            {door.bookNow.map((option) => (
              <li key={option.minutes}>
                <button type="button" className="door-big" disabled={busy || !option.fits} onClick={() => { room.bookNow(option.minutes); }}>
                  <span className="door-minutes">{t('roomDisplay.bookFor', { minutes: option.minutes })}</span>
                  <span className="door-until">{option.fits ? t('roomDisplay.bookUntil', { time: format.timeOfDay(option.endsAt) }) : t(unfitKey(option))}</span>
                </button>
              </li>
            ))}
          </ul>
          {door.bookNowBlockedBy && <p className="door-book-now-why">{breachText(t, format, door.bookNowBlockedBy)}</p>}
        </div>
      )}
    </section>
  );
}
