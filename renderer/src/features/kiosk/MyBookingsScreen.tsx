import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booking } from '@core/schemas';
import { zonedDateOf } from '@core/time/zonedTime';
import { useFormatting } from '../../app/formatting';
import { useDesks, useHubTimeZone, useRooms, useUpcomingBookingsOf, useZones } from '../../data/liveQueries';
import { deskLabel } from './deskLabel';

/** The kiosk's screen has room for this many; a member with more is told to ask a host. */
const MAX_SHOWN = 5;

/** "My bookings (3)" on the confirmation, for a member who showed a card or typed their PIN. */
export function MyBookingsButton({ memberId, onOpen }: { memberId: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const bookings = useUpcomingBookingsOf(memberId);
  if (!bookings || bookings.length === 0) return null;
  return <button type="button" className="kiosk-my-bookings-open" onClick={onOpen}>{t('kiosk.myBookings.open', { count: bookings.length })}</button>;
}

/** A member's coming bookings, each cancelled in two taps (cancel, then yes). */
export function MyBookingsScreen({ memberId, firstName, onCancel, onDone }: {
  memberId: string;
  firstName: string;
  onCancel: (bookingId: string) => Promise<boolean>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const bookings = useUpcomingBookingsOf(memberId);
  const [asking, setAsking] = useState<string | null>(null);
  const [said, setSaid] = useState<'cancelled' | 'gone' | null>(null);
  const shown = (bookings ?? []).slice(0, MAX_SHOWN);
  const cancel = async (id: string) => {
    setAsking(null);
    setSaid((await onCancel(id)) ? 'cancelled' : 'gone');
  };
  return (
    <div className="kiosk-screen kiosk-my-bookings">
      <h1>{t('kiosk.myBookings.title', { name: firstName })}</h1>
      <p role="status" className="kiosk-my-bookings-said">{said ? t(`kiosk.myBookings.${said}`) : ''}</p>
      {bookings && bookings.length === 0 && <p>{t('kiosk.myBookings.none')}</p>}
      {shown.length > 0 && (
        <ul aria-label={t('kiosk.myBookings.listLabel')}>
          {shown.map(({ booking, series }) => (
            <li key={booking.id}>
              <BookingWhereWhen booking={booking} weekly={series !== null} />
              {series ? <span className="muted kiosk-my-booking-weekly">{t('kiosk.myBookings.weeklyHelp')}</span> : asking === booking.id ? (
                <span className="kiosk-my-bookings-ask">
                  <span>{t('kiosk.myBookings.ask')}</span>
                  <button type="button" className="danger" onClick={() => { void cancel(booking.id); }}>{t('kiosk.myBookings.yes')}</button>
                  <button type="button" onClick={() => { setAsking(null); }}>{t('kiosk.myBookings.keep')}</button>
                </span>
              ) : (
                <button type="button" onClick={() => { setAsking(booking.id); setSaid(null); }}>{t('kiosk.myBookings.cancel')}</button>
              )}
            </li>
          ))}
        </ul>
      )}
      {bookings && bookings.length > MAX_SHOWN && <p className="muted">{t('kiosk.myBookings.more', { count: bookings.length - MAX_SHOWN })}</p>}
      <button type="button" className="primary kiosk-done" onClick={onDone}>{t('kiosk.confirm.done')}</button>
    </div>
  );
}

/** "Fjorden · Tue 8 Dec, 10:00–11:00" on the hub's clock. */
function BookingWhereWhen({ booking, weekly }: { booking: Booking; weekly: boolean }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const timeZone = useHubTimeZone();
  const rooms = useRooms();
  const desks = useDesks();
  const zones = useZones();
  const place = booking.resourceKind === 'room'
    ? rooms?.find((room) => room.id === booking.resourceId)?.name
    : deskLabel(booking.resourceId, desks ?? [], zones ?? [])?.desk;
  const when = t('kiosk.myBookings.when', {
    day: format.localDate(zonedDateOf(new Date(booking.startsAt), timeZone)), start: format.kioskTime(booking.startsAt), end: format.kioskTime(booking.endsAt),
  });
  return (
    <span className="kiosk-my-booking">
      <span className="kiosk-my-booking-place">{place ?? t(booking.resourceKind === 'room' ? 'kiosk.myBookings.aRoom' : 'kiosk.myBookings.aDesk')}</span>
      <span className="kiosk-my-booking-when">{weekly ? t('kiosk.myBookings.weeklyWhen', { when }) : when}</span>
    </span>
  );
}
