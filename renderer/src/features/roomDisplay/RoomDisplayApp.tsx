import { useTranslation } from 'react-i18next';
import { useFormatting } from '../../app/formatting';
import { breachText } from '../bookings/breachText';
import { SyncIndicator } from '../sync/SyncIndicator';
import { DoorActions } from './DoorActions';
import { DoorSchedule } from './DoorSchedule';
import { DoorStatus } from './DoorStatus';
import { useRoomDoor, type RoomDoor } from './useRoomDoor';
import './roomDisplay.css';

/** The door's own booking the hub did not keep, and why: another door was first, or a rule of the hub's. */
function DoorRefused({ room }: { room: RoomDoor }) {
  const { t } = useTranslation();
  const format = useFormatting();
  const { refused, refusedBecause } = room;
  if (!refused) return null;
  const times = { from: format.timeOfDay(refused.startsAt), until: format.timeOfDay(refused.endsAt) };
  const text = refusedBecause && refusedBecause.code !== 'bookingConflict'
    ? t('roomDisplay.refusedWhy', { ...times, reason: breachText(t, format, refusedBecause) })
    : t('roomDisplay.refused', times);
  return <p role="alert" className="door-refused">{text}</p>;
}

function DoorConnection({ room }: { room: RoomDoor }) {
  const { t } = useTranslation();
  const { timeOfDay } = useFormatting();
  const text = room.online ? t('roomDisplay.online') : room.offlineSince ? t('roomDisplay.offlineSince', { time: timeOfDay(room.offlineSince) }) : t('roomDisplay.offline');
  return <p className="door-connection" data-online={room.online}>{text}</p>;
}

/**
 * The display beside a meeting room's door: one full screen, no header, no member directory.
 * It works from what it last synced when the hub is away, and never shows who booked or why.
 */
export function RoomDisplayApp() {
  const { t } = useTranslation();
  const room = useRoomDoor();
  if (room.room === undefined) return <main id="main" className="door" aria-busy="true" />;
  if (room.room === null) {
    return (
      <main id="main" className="door door-unlinked" tabIndex={-1}>
        <h1>{t('roomDisplay.noRoomTitle')}</h1>
        <p>{t('roomDisplay.noRoomHelp')}</p>
        <SyncIndicator role="room" placement="corner" />
      </main>
    );
  }
  const { current } = room.door;
  return (
    <main id="main" className="door" tabIndex={-1} data-state={room.door.state}>
      <DoorStatus roomName={room.room.name} door={room.door} isToday={room.isToday} />
      <div className="door-side">
        <DoorRefused room={room} />
        {room.notice && <p role="status" className="door-notice">{t(`roomDisplay.notices.${room.notice}`)}</p>}
        {current && room.waitingIds.has(current.id) && <p className="door-waiting">{t('roomDisplay.waiting')}</p>}
        <DoorActions room={room} />
        <DoorSchedule room={room} />
      </div>
      <DoorConnection room={room} />
    </main>
  );
}
