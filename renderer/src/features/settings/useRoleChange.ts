import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { useSync } from '../../app/services';
import { hostPinStatus } from '../../data/hubSettingsRepo';
import { useHubSettings } from '../../data/liveQueries';
import { forgetHub } from '../../data/sync/pairing';
import { useAppStore } from '../../store/appStore';

/**
 * Changing the role of a paired machine: the host PIN first (checked by the hub when it can be
 * reached), then the machine disconnects and is paired again with a code for its new role, so
 * the role always stays the one the hub paired it as. A host desk without a host PIN may go on
 * (it is the host's own machine); a public screen may not.
 */
export type RoleChangePhase = 'idle' | 'needsHostPin' | 'pin' | 'confirm';

export function useRoleChange(role: DeviceRole, hubUrl: string | null, onDisconnected: (hubUrl: string | null) => void) {
  const { t } = useTranslation();
  const sync = useSync();
  const settings = useHubSettings();
  const notify = useAppStore((state) => state.notify);
  const [phase, setPhase] = useState<RoleChangePhase>('idle');
  const pinSet = hostPinStatus(settings) === 'set';

  const disconnect = async () => {
    await forgetHub(sync);
    notify({ kind: 'info', text: t('cards.roleLock.disconnected') });
    onDisconnected(hubUrl);
  };

  return {
    phase,
    start: () => {
      // A wall or room display holds no host PIN verifier (the hub sends it none): the hub checks the PIN.
      if (pinSet || role === 'wall' || role === 'room') setPhase('pin');
      else setPhase(role === 'host' ? 'confirm' : 'needsHostPin');
    },
    /** The host PIN was right: nothing is left to ask but the disconnect itself. */
    pinRight: () => { setPhase('confirm'); },
    disconnect: () => { void disconnect(); },
    cancel: () => { setPhase('idle'); },
  };
}
