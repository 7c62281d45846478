import { useTranslation } from 'react-i18next';
import type { DoorState } from '@core/bookings/roomDoor';
import { useFormatting } from '../../app/formatting';
import { FreeIcon, InUseIcon, SoonIcon } from './DoorIcons';

const ICONS = { free: FreeIcon, inUse: InUseIcon, startingSoon: SoonIcon } as const;

/** The room's name and whether it is free, in words, shape and colour, large enough to read from the corridor. */
export function DoorStatus({ roomName, door, isToday }: { roomName: string; door: DoorState; isToday: (iso: string) => boolean }) {
  const { t } = useTranslation();
  const { timeOfDay } = useFormatting();
  const Icon = ICONS[door.state];
  // A meeting tomorrow at noon does not make the room "free until 12:00" today.
  const nextToday = door.next && isToday(door.next.startsAt) ? door.next : null;
  const detail = door.current
    ? t('roomDisplay.inUseUntil', { time: timeOfDay(door.current.endsAt) })
    : nextToday
      ? (door.state === 'startingSoon' ? t('roomDisplay.startsAt', { time: timeOfDay(nextToday.startsAt) }) : t('roomDisplay.freeUntil', { time: timeOfDay(nextToday.startsAt) }))
      : t('roomDisplay.freeAllDay');
  return (
    <section className="door-status" data-state={door.state} aria-labelledby="door-room-name">
      <h1 id="door-room-name" className="door-room-name">{roomName}</h1>
      <p className="door-state" role="status">
        <Icon />
        <span>{t(`roomDisplay.${door.state}`)}</span>
      </p>
      {door.current?.publicEvent && <p className="door-event-now">{door.current.publicEvent.title}</p>}
      <p className="door-detail">{detail}</p>
    </section>
  );
}
