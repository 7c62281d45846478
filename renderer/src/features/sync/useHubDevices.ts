import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { useSync } from '../../app/services';
import { createPairingCode, listHubDevices, revokeHubDevice } from '../../data/sync/hubDevices';
import { SyncError, type HubDevice } from '../../data/sync/syncTypes';
import { useAppStore } from '../../store/appStore';

const REFRESH_MS = 10_000;

/** The hub's plain words when it gave them; otherwise the general "something went wrong". */
function useErrorText() {
  const { t } = useTranslation();
  return (error: unknown) => (error instanceof SyncError ? error.message : t('errors.unknown', { message: error instanceof Error ? error.message : String(error) }));
}

/**
 * The machines paired with the hub, asked again every 10 seconds while the list is on screen
 * (and the window is visible), so "last seen" and waiting changes stay current.
 */
export function useHubDevices(enabled: boolean) {
  const sync = useSync();
  const errorText = useErrorText();
  const [devices, setDevices] = useState<HubDevice[] | null>(null);
  // Kept as caught, and put in words when shown, so a language switch rewords it too.
  const [error, setError] = useState<{ caught: unknown } | null>(null);

  const load = useCallback(async () => {
    try {
      setDevices(await listHubDevices(sync));
      setError(null);
    } catch (caught) {
      setError({ caught });
    }
  }, [sync]);

  useEffect(() => {
    if (!enabled) return undefined;
    void load();
    const timer = window.setInterval(() => { if (document.visibilityState === 'visible') void load(); }, REFRESH_MS);
    const onVisible = () => { if (document.visibilityState === 'visible') void load(); };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [enabled, load]);

  return { devices, error: error ? errorText(error.caught) : null, reload: load };
}

/** Removing a machine: its token stops working at once; the list shows it as removed. */
export function useRevokeDevice(reload: () => Promise<void>) {
  const { t } = useTranslation();
  const sync = useSync();
  const notify = useAppStore((state) => state.notify);
  const errorText = useErrorText();
  return async (device: HubDevice) => {
    try {
      await revokeHubDevice(sync, device.id);
      notify({ kind: 'success', text: t('sync.machines.removed', { name: device.name }) });
    } catch (error) {
      notify({ kind: 'error', text: errorText(error) });
    }
    await reload();
  };
}

/** A one-time code for a new machine of `role`; null until created. */
export function usePairingCode() {
  const sync = useSync();
  const errorText = useErrorText();
  const [code, setCode] = useState<{ code: string; expiresAt: string; role: DeviceRole; roomId: string | null } | null>(null);
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async (role: DeviceRole, roomId: string | null) => {
    setCreating(true);
    setError(null);
    try {
      setCode({ ...(await createPairingCode(sync, role, roomId)), role, roomId });
    } catch (caught) {
      setError(errorText(caught));
    } finally {
      setCreating(false);
    }
  };
  return { code, creating, error, create, reset: () => { setCode(null); } };
}
