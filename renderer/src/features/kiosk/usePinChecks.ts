import { useCallback, useEffect, useState } from 'react';
import type { Member } from '@core/schemas';
import { useHubSettings, useMembers } from '../../data/liveQueries';
import { hostPinMatches } from '../../data/hubSettingsRepo';
import { memberPinMatches } from '../../data/memberCardRepo';
import { clearHostPinLock, HOST_PIN_MAX_FAILURES, isHostPinLocked, readHostPinLock, recordHostPinFailure } from './hostPinLock';
import { MEMBER_PIN_TRIES } from './kioskRules';

/** A member's PIN before check-in by name: three tries, then the kiosk sends them to a host. */
export function useMemberPin(member: Pick<Member, 'id' | 'pinHash'>, onRight: () => void, onTooManyWrong: () => void) {
  const [wrong, setWrong] = useState(0);
  const [checking, setChecking] = useState(false);
  const tryPin = useCallback((pin: string) => {
    setChecking(true);
    void memberPinMatches(member, pin).then((right) => {
      setChecking(false);
      if (right) onRight();
      else if (wrong + 1 >= MEMBER_PIN_TRIES) onTooManyWrong();
      else setWrong(wrong + 1);
    });
  }, [member, wrong, onRight, onTooManyWrong]);
  return { wrong, triesLeft: MEMBER_PIN_TRIES - wrong, checking, tryPin };
}

/**
 * The host PIN on the kiosk, with a lock-out this machine remembers across reloads. With no
 * host PIN set, only a hub without members (the very first set-up) may pass.
 */
export function useHostPin(onRight: () => void) {
  const settings = useHubSettings();
  const members = useMembers();
  const [lock, setLock] = useState(() => readHostPinLock(localStorage, Date.now()));
  const [checking, setChecking] = useState(false);
  const locked = isHostPinLocked(lock, Date.now());

  useEffect(() => {
    if (lock.lockedUntil === null) return undefined;
    const timer = window.setTimeout(() => { setLock(readHostPinLock(localStorage, Date.now())); }, Math.max(0, lock.lockedUntil - Date.now()) + 50);
    return () => { window.clearTimeout(timer); };
  }, [lock.lockedUntil]);

  const tryPin = useCallback((pin: string) => {
    if (isHostPinLocked(readHostPinLock(localStorage, Date.now()), Date.now())) return;
    setChecking(true);
    void hostPinMatches(settings, pin).then((right) => {
      setChecking(false);
      if (right) {
        clearHostPinLock(localStorage);
        onRight();
      } else {
        setLock(recordHostPinFailure(localStorage, Date.now()));
      }
    });
  }, [settings, onRight]);

  return {
    noPinYet: settings.hostPinHash === null,
    firstSetup: settings.hostPinHash === null && members?.length === 0,
    locked,
    lockedUntil: lock.lockedUntil,
    failures: lock.failures,
    triesLeft: HOST_PIN_MAX_FAILURES - lock.failures,
    checking,
    tryPin,
  };
}
