import { useTranslation } from 'react-i18next';
import { kioskDisplayName } from '@core/kiosk/kioskNameSearch';
import { useHubSettings } from '../../data/liveQueries';
import { useAutoClose } from './useAutoClose';
import type { GuestWelcome } from './kioskFlow';
import { useFormatting } from '../../app/formatting';

/** Long enough to print a badge, short enough that the next visitor finds the start screen. */
const GUEST_WELCOME_MS = 20_000;

export function GuestWelcomeScreen({ welcome, onDone }: { welcome: GuestWelcome; onDone: () => void }) {
  const { t } = useTranslation();
  const { name: hubName } = useHubSettings();
  const format = useFormatting();
  useAutoClose(GUEST_WELCOME_MS, onDone);
  return (
    <div className="kiosk-screen kiosk-guest-welcome">
      <h1>{t('kiosk.guest.welcome', { name: kioskDisplayName(welcome.name).firstName })}</h1>
      <p className="kiosk-lead">{welcome.hostName ? t('kiosk.guest.hostTold', { host: welcome.hostName }) : t('kiosk.guest.receptionTold')}</p>
      <div className="kiosk-form-actions">
        <button type="button" onClick={() => { window.print(); }}>{t('kiosk.guest.printBadge')}</button>
        <button type="button" className="primary kiosk-big" onClick={onDone}>{t('kiosk.confirm.done')}</button>
      </div>
      {/* Hidden on screen; the print stylesheet shows only this. */}
      <div className="kiosk-badge" data-testid="guest-badge">
        <p className="kiosk-badge-kind">{t('kiosk.guest.badgeTitle')}</p>
        <p className="kiosk-badge-name">{welcome.name}</p>
        {welcome.company && <p className="kiosk-badge-company">{welcome.company}</p>}
        <p>{welcome.hostName ? t('kiosk.guest.badgeVisiting', { host: welcome.hostName }) : t('kiosk.guest.badgeReception')}</p>
        <p>{format.kioskDate(welcome.arrivedAt)}</p>
        <p className="kiosk-badge-hub">{hubName}</p>
      </div>
    </div>
  );
}
