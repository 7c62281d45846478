import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useHubSettings } from '../../data/liveQueries';
import { KioskClock } from './KioskClock';
import { ArriveIcon, GuestIcon, LeaveIcon } from './KioskIcons';
import type { KioskDirection } from './kioskFlow';
import { TodaysEvents } from './TodaysEvents';
import { useHostGesture } from './useHostGesture';
import { useTodayAtHub } from './useTodayAtHub';

export function HubLogo({ onHostGesture }: { onHostGesture: () => void }) {
  const { t } = useTranslation();
  const { name } = useHubSettings();
  const gesture = useHostGesture(onHostGesture);
  return (
    <button type="button" className="kiosk-logo" aria-label={t('kiosk.attract.logo', { hub: name })} {...gesture}>
      <span className="brand-mark" aria-hidden="true" />
    </button>
  );
}

/** How many are in, never who: a passer-by learns nothing about anyone. */
function InToday({ inNow, cameToday }: { inNow: number; cameToday: number }) {
  const { t } = useTranslation();
  const text = () => {
    if (inNow > 0) return t('kiosk.attract.inToday', { count: inNow });
    return cameToday > 0 ? t('kiosk.attract.nobodyInNow', { count: cameToday }) : t('kiosk.attract.nobodyIn');
  };
  return <p className="kiosk-in-today">{text()}</p>;
}

export function AttractScreen({ onStart, onGuest, onHostGesture }: {
  onStart: (direction: KioskDirection) => void;
  onGuest: () => void;
  onHostGesture: () => void;
}) {
  const { t } = useTranslation();
  const { name } = useHubSettings();
  const { counts, roomBookings, events } = useTodayAtHub();
  return (
    <div className="kiosk-attract">
      <header className="kiosk-top">
        <HubLogo onHostGesture={onHostGesture} />
        <h1 className="kiosk-hub-name">{name}</h1>
        <KioskClock />
      </header>
      <p className="kiosk-welcome">{t('kiosk.attract.welcome')}</p>
      <div className="kiosk-actions" role="group" aria-label={t('kiosk.attract.actions')}>
        <button type="button" className="primary kiosk-big" onClick={() => { onStart('in'); }}><ArriveIcon />{t('kiosk.attract.checkIn')}</button>
        <button type="button" className="kiosk-big" onClick={() => { onStart('out'); }}><LeaveIcon />{t('kiosk.attract.checkOut')}</button>
        <button type="button" className="kiosk-big" onClick={onGuest}><GuestIcon />{t('kiosk.attract.guest')}</button>
      </div>
      <div className="kiosk-info">
        {counts && <InToday {...counts} />}
        {roomBookings && events && <TodaysEvents roomBookings={roomBookings} events={events} />}
      </div>
      <LanguageSwitch />
    </div>
  );
}
