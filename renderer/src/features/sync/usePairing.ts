import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceRole } from '@core/deviceRole';
import { useSessionChoices } from '../../app/useSessionChoices';
import { useAppInfo, useSync } from '../../app/services';
import { PairingError, pairThisMachine } from '../../data/sync/pairing';
import { SyncError } from '../../data/sync/syncTypes';
import { useSyncStatus } from '../../data/sync/useSyncStatus';
import { useAppStore } from '../../store/appStore';
import { validatePairingDraft, type PairingDraft, type PairingField } from './pairingDraft';
import { isCaughtUp, pairingCodeFromSearch } from './syncFormat';

type Phase =
  | { name: 'form' }
  | { name: 'sending' }
  | { name: 'downloading'; role: DeviceRole; syncedBefore: string | null };

/** In browser mode the hub serves the app, so the page's own address is the hub's. */
function firstDraft(hubUrl: string | null, inElectron: boolean, nameGuess: string): PairingDraft {
  return {
    hubUrl: hubUrl ?? (inElectron ? '' : window.location.origin),
    code: pairingCodeFromSearch(window.location.search) ?? '',
    name: nameGuess,
  };
}

export type PairingPrefill = Partial<Pick<PairingDraft, 'hubUrl' | 'code'>>;

/** A pairing link must not pair again (or show a spent code) when the page is reloaded. */
function forgetPairingLink(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('pair')) return;
  url.searchParams.delete('pair');
  window.history.replaceState(window.history.state, '', url);
}

/**
 * The pairing form's state and steps: check the fields, pair with the hub, wait until the
 * hub's data is here, then switch to the role the hub gave this machine.
 */
export function usePairing(onDone?: () => void, prefill?: PairingPrefill) {
  const { t } = useTranslation();
  const sync = useSync();
  const status = useSyncStatus();
  const device = useAppStore((state) => state.device);
  const inElectron = useAppInfo()?.shell === 'electron';
  const { chooseRole } = useSessionChoices();
  const notify = useAppStore((state) => state.notify);
  // A machine opened from a pairing link is usually not the host desk; any other guess is its own role.
  const guessedRole: DeviceRole | null = device?.role ?? (pairingCodeFromSearch(window.location.search) ? null : 'host');
  const [draft, setDraft] = useState<PairingDraft>(() => ({
    ...firstDraft(status.hubUrl, inElectron, guessedRole ? t(`roles.${guessedRole}`) : ''),
    ...prefill,
  }));
  const [tried, setTried] = useState(false);
  const [phase, setPhase] = useState<Phase>({ name: 'form' });
  const [formError, setFormError] = useState<string | null>(null);
  const finished = useRef(false);
  const result = validatePairingDraft(draft);
  const fieldError = (field: PairingField): boolean => tried && !result.ok && result.errors[field] === true;

  const finish = (role: DeviceRole) => {
    if (finished.current) return;
    finished.current = true;
    forgetPairingLink();
    void chooseRole(role).then(() => {
      notify({ kind: 'success', text: t('sync.pairing.connected') });
      onDone?.();
    });
  };

  const caughtUp = phase.name === 'downloading' && isCaughtUp(status, phase.syncedBefore);
  useEffect(() => {
    if (caughtUp) finish(phase.role);
  });

  const submit = async (): Promise<boolean> => {
    setTried(true);
    setFormError(null);
    if (!result.ok) return false;
    const syncedBefore = status.lastSyncedAt;
    setPhase({ name: 'sending' });
    try {
      const { role } = await pairThisMachine(sync, result.input);
      setPhase({ name: 'downloading', role, syncedBefore });
      return true;
    } catch (error) {
      setPhase({ name: 'form' });
      if (error instanceof PairingError) setFormError(t(`machineRemoved.refusals.${error.code}`));
      else setFormError(error instanceof SyncError ? error.message : t('sync.pairing.errors.unknown', { message: error instanceof Error ? error.message : String(error) }));
      return false;
    }
  };

  return {
    draft,
    edit: (field: PairingField, value: string) => { setDraft((current) => ({ ...current, [field]: value })); },
    fieldError,
    formError,
    phase,
    inElectron,
    submit,
    /** A hub that stays away must not keep a paired machine on this screen. */
    continueNow: () => { if (phase.name === 'downloading') finish(phase.role); },
    status,
  };
}
