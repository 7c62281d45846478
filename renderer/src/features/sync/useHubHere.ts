import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HubStatus } from '@core/ipcContract';
import { useBridge } from '../../app/services';
import { useAppStore } from '../../store/appStore';
import { errorMessage, hubHereView } from './desktopHub';

/** Often enough that a hub that stopped, or a first host code that got used, shows soon. */
export const HUB_STATUS_POLL_MS = 5_000;

/**
 * "This machine runs the hub": the saved choice (the session's device config), what the hub
 * is doing now (polled from the shell while the screen is visible), and flipping the choice.
 */
export function useHubHere() {
  const { t } = useTranslation();
  const bridge = useBridge();
  const deviceChanged = useAppStore((state) => state.deviceChanged);
  const runsHub = useAppStore((state) => state.device?.runsHub === true);
  const [status, setStatus] = useState<HubStatus | null>(null);
  const [switchingTo, setSwitchingTo] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A poll answered after the switch began describes the hub as it was before: drop it.
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const asked = generation.current;
    try {
      const next = await bridge.invoke('hub:status');
      if (asked !== generation.current) return;
      setStatus(next);
      setError(null);
    } catch (caught) {
      if (asked === generation.current) setError(t('sync.hubHere.statusFailed', { message: errorMessage(caught) }));
    }
  }, [bridge, t]);

  useEffect(() => {
    const pollIfVisible = () => { if (document.visibilityState === 'visible') void refresh(); };
    pollIfVisible();
    const timer = window.setInterval(pollIfVisible, HUB_STATUS_POLL_MS);
    document.addEventListener('visibilitychange', pollIfVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', pollIfVisible);
    };
  }, [refresh]);

  const setRunsHub = async (on: boolean) => {
    if (switchingTo !== null) return;
    generation.current += 1;
    setSwitchingTo(on);
    setError(null);
    try {
      setStatus(await bridge.invoke('hub:runHere', on));
      // The shell saved the choice; the session's copy follows, so every screen agrees.
      deviceChanged(await bridge.invoke('device:getConfig'));
    } catch (caught) {
      setError(t('sync.hubHere.switchFailed', { message: errorMessage(caught) }));
    } finally {
      generation.current += 1;
      setSwitchingTo(null);
    }
  };

  return {
    /** What the switch shows: the host's new choice while the shell carries it out. */
    checked: switchingTo ?? runsHub,
    busy: switchingTo !== null,
    view: hubHereView(status, runsHub, switchingTo),
    /** The loopback address this machine's own app pairs with, once the hub runs. */
    ownUrl: status?.running ? status.url : null,
    error,
    setRunsHub,
  };
}
