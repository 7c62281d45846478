import { useTranslation } from 'react-i18next';
import type { Booking } from '@core/schemas';
import { useDesks, useZones } from '../../data/liveQueries';
import { deskLabel } from './deskLabel';
import { useFormatting } from '../../app/formatting';
import { useRooms } from '../../data/liveQueries';

/** "Your desk today: D12, Quiet zone" or "Your room today: Fjord, 10:00–12:00". */
export function BookingLine({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const desks = useDesks();
  const zones = useZones();
  const rooms = useRooms();
  const format = useFormatting();
  if (booking.resourceKind === 'room') {
    const room = rooms?.find((candidate) => candidate.id === booking.resourceId);
    const times = { start: format.kioskTime(booking.startsAt), end: format.kioskTime(booking.endsAt) };
    return <p className="kiosk-booking">{room ? t('kiosk.confirm.yourRoom', { room: room.name, ...times }) : t('kiosk.confirm.yourRoomAt', times)}</p>;
  }
  const label = deskLabel(booking.resourceId, desks ?? [], zones ?? []);
  if (!label) return null;
  return (
    <p className="kiosk-booking">
      {label.zone ? t('kiosk.confirm.yourDeskInZone', { desk: label.desk, zone: label.zone }) : t('kiosk.confirm.yourDesk', { desk: label.desk })}
    </p>
  );
}
