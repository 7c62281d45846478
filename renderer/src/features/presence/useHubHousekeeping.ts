import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { useDataContext } from '../../data/DataProvider';
import { useHubSettings, useTodaysCheckIns } from '../../data/liveQueries';
import { useAppStore } from '../../store/appStore';
import { startHousekeeping } from './housekeeping';

/**
 * The machine's background jobs, mounted once in App for every role: every machine erases
 * expired guests (so nothing lingers on a kiosk that sync has not reached yet; only the host
 * desk's erasure goes to the hub), and the host desk checks out whoever is still in at closing.
 */
export function useHubHousekeeping(role: DeviceRole | null): void {
  const context = useDataContext();
  const settings = useHubSettings();
  const events = useTodaysCheckIns();
  const notify = useAppStore((state) => state.notify);
  const { t } = useTranslation();

  const report = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // A passer-by at the kiosk cannot act on this; the host desk can.
    if (role === 'host') notify({ kind: 'error', text: t('presence.backgroundFailed', { message }) });
    else console.warn('Landhub background task failed', error);
  };
  // The timers read the latest values through a ref, so new data does not restart them.
  const latest = useRef({ settings, events, report });
  useEffect(() => { latest.current = { settings, events, report }; });

  const hostDesk = role === 'host';
  useEffect(() => {
    // StrictMode mounts twice in development: the cleanup stops the first set before it ever ran.
    return startHousekeeping({
      context,
      hostDesk,
      settings: () => latest.current.settings,
      todaysEvents: () => latest.current.events,
      onError: (error) => { latest.current.report(error); },
    });
  }, [context, hostDesk]);
}
