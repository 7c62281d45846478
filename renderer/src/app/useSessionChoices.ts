import { useCallback } from 'react';
import type { DeviceRole } from '@core/deviceRole';
import type { UiLanguage } from '@core/languages';
import { useAppStore } from '../store/appStore';
import { useBridge } from './services';

/** A person picks this machine's role or language: the shell keeps it, the store shows it. */
export function useSessionChoices() {
  const bridge = useBridge();
  const deviceChanged = useAppStore((state) => state.deviceChanged);
  const roleChosen = useAppStore((state) => state.roleChosen);
  const chooseRole = useCallback(async (role: DeviceRole) => {
    roleChosen(await bridge.invoke('device:setRole', role));
  }, [bridge, roleChosen]);
  const chooseLanguage = useCallback(async (language: UiLanguage) => {
    deviceChanged(await bridge.invoke('device:setLanguage', language));
  }, [bridge, deviceChanged]);
  return { chooseRole, chooseLanguage };
}
