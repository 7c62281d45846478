import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../app/LanguageSwitch';
import { useHubSettings, useMembersInToday } from '../../data/liveQueries';
import { KioskClock } from './KioskClock';
import type { KioskDirection } from './kioskFlow';
import { TodaysEvents } from './TodaysEvents';
import { useHostGesture } from './useHostGesture';

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
function InToday() {
  const { t } = useTranslation();
  const inToday = useMembersInToday();
  if (!inToday) return null;
  return <p className="kiosk-in-today">{inToday.size === 0 ? t('kiosk.attract.nobodyIn') : t('kiosk.attract.inToday', { count: inToday.size })}</p>;
}

export function AttractScreen({ onStart, onGuest, onHostGesture }: {
  onStart: (direction: KioskDirection) => void;
  onGuest: () => void;
  onHostGesture: () => void;
}) {
  const { t } = useTranslation();
  const { name } = useHubSettings();
  return (
    <div className="kiosk-attract">
      <header className="kiosk-top">
        <HubLogo onHostGesture={onHostGesture} />
        <h1 className="kiosk-hub-name">{name}</h1>
        <KioskClock />
      </header>
      <p className="kiosk-welcome">{t('kiosk.attract.welcome')}</p>
      <div className="kiosk-actions" role="group" aria-label={t('kiosk.attract.actions')}>
        <button type="button" className="primary kiosk-big" onClick={() => { onStart('in'); }}>{t('kiosk.attract.checkIn')}</button>
        <button type="button" className="kiosk-big" onClick={() => { onStart('out'); }}>{t('kiosk.attract.checkOut')}</button>
        <button type="button" className="kiosk-big" onClick={onGuest}>{t('kiosk.attract.guest')}</button>
      </div>
      <div className="kiosk-info">
        <InToday />
        <TodaysEvents />
      </div>
      <LanguageSwitch />
    </div>
  );
}
